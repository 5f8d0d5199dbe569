import type { ParseKeys } from 'i18next';
import type { AlertType } from '../ui/alert.tsx';

/** A message for the next page, passed as router state: `navigate(to, { state: notice(...) })`. */
export interface NoticeState {
  notice?: ParseKeys;
  noticeType?: AlertType;
}

export function notice(key: ParseKeys, type: AlertType = 'ok'): NoticeState {
  return { notice: key, noticeType: type };
}
