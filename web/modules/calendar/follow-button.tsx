import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../app/api-context.ts';
import { useSession } from '../../app/session-context.ts';
import { Button } from '../../ui/button.tsx';
import { TextLink } from '../../ui/links.tsx';
import { calendarApi, type FollowSubjectType } from './calendar.api.ts';
import { calendarPaths } from './calendar.paths.ts';

/**
 * "Volgen" for a logged-in resident: the news of an initiative or a budget round on "Wat ik volg"
 * and in their notifications. Nothing for a visitor who is not logged in.
 */
export function FollowButton({
  subjectType,
  subjectId,
  title,
}: {
  subjectType: FollowSubjectType;
  subjectId: string;
  title: string;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const { me } = useSession();
  const [following, setFollowing] = useState<boolean | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');

  useEffect(() => {
    if (!me) return;
    let current = true;
    calendarApi
      .follows(api, undefined, { subjectType, subjectId })
      .then((page) => current && setFollowing(page.items.length > 0))
      .catch(() => current && setFollowing(null));
    return () => {
      current = false;
    };
  }, [api, me, subjectType, subjectId]);

  if (!me || following === null) return null;

  const toggle = async () => {
    setBusy(true);
    try {
      if (following) await calendarApi.unfollow(api, subjectType, subjectId);
      else await calendarApi.follow(api, subjectType, subjectId);
      setMessage(following ? t('calendar.follow.stopped', { title }) : t('calendar.follow.started', { title }));
      setFollowing(!following);
    } catch {
      setMessage(t('calendar.follow.failed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="ws-follow">
      <Button variant="secondary" busy={busy} onClick={() => void toggle()}>
        {following ? t('calendar.follow.unfollow') : t('calendar.follow.follow')}
        <span className="ws-visually-hidden">: {title}</span>
      </Button>
      <p className="utrecht-paragraph ws-follow__hint" role="status">
        {message || (following ? t('calendar.follow.youFollow') : t(`calendar.follow.why.${subjectType}`))}{' '}
        {following && <TextLink to={calendarPaths.following}>{t('calendar.follow.seeNews')}</TextLink>}
      </p>
    </div>
  );
}
