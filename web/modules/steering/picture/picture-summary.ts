import type { TFunction } from 'i18next';
import type { SteeringPicture } from '../../../../contracts/steering.ts';
import { calendarDate, percent } from '../steering-format.ts';
import { biggestShift, shareOf } from '../force-field.ts';

const intlLocale = (locale: string) => (locale === 'en' ? 'en-GB' : 'nl-NL');

/** The picture in two or three sentences: who carries what now, and what moved most since the start of the series. */
export function pictureSummary(t: TFunction, locale: string, picture: SteeringPicture): string {
  const now = picture.now;
  if (now.tasks === 0) return t('steering.picture.noTasks', { area: picture.area.name });
  const parts = now.providers.map((p) =>
    t('steering.picture.summaryPart', {
      who: t(`steering.picture.who.${p.provider}` as 'steering.picture.who.market'),
      tasks: percent(p.taskShare, locale),
      budget: percent(p.budgetShare, locale),
    }),
  );
  const list = new Intl.ListFormat(intlLocale(locale), { type: 'conjunction' }).format(parts);
  const sentences = [
    t('steering.picture.summaryNow', {
      area: picture.area.name,
      date: calendarDate(now.date, locale),
      count: now.tasks,
      list,
    }),
  ];
  const shift = biggestShift(picture, 'budget');
  if (shift)
    sentences.push(
      t(shift.to > shift.from ? 'steering.picture.shiftUp' : 'steering.picture.shiftDown', {
        since: calendarDate(shift.since, locale),
        who: t(`steering.picture.who.${shift.provider}` as 'steering.picture.who.market'),
        from: percent(shift.from, locale),
        to: percent(shift.to, locale),
      }),
    );
  const community = shareOf(now, 'community', 'budget') + shareOf(now, 'co_production', 'budget');
  sentences.push(t('steering.picture.communitySide', { share: percent(community, locale) }));
  return sentences.join(' ');
}
