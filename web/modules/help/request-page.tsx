import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { HelpContact, HelpRequest } from '../../../contracts/help.ts';
import { useApi } from '../../app/api-context.ts';
import { ApiProblem } from '../../app/api-client.ts';
import { hasRole, useSession } from '../../app/session-context.ts';
import { formatDate } from '../../lib/format.ts';
import { Alert } from '../../ui/alert.tsx';
import { ConfirmButton } from '../../ui/confirm.tsx';
import { Page } from '../../ui/page.tsx';
import { CloseForm } from './close-form.tsx';
import { Facts } from './facts.tsx';
import { helpApi } from './help.api.ts';
import { helpPaths } from './help.paths.ts';
import { kindText, statusText, urgencyText, whenText } from './help-texts.ts';
import { ProposalsSection } from './proposals-section.tsx';
import { SafetySection } from './safety-section.tsx';

/** One request: its public face; for those who may, the contact, the proposals and closing. */
export function RequestPage() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const { me } = useSession();
  const { requestId = '' } = useParams();
  const [request, setRequest] = useState<HelpRequest | null>(null);
  const [contact, setContact] = useState<HelpContact | null>(null);
  const [failed, setFailed] = useState(false);

  const load = useCallback(async () => {
    let loaded: HelpRequest;
    try {
      loaded = await helpApi.request(api, requestId);
      setRequest(loaded);
    } catch {
      setFailed(true);
      return;
    }
    // The server says who may see the contact; ask for it only then (no 403 in the console).
    setContact(
      loaded.maySeeContact
        ? await helpApi
            .contact(api, requestId)
            .catch((e: unknown) => (e instanceof ApiProblem ? null : Promise.reject(e)))
        : null,
    );
  }, [api, requestId]);
  useEffect(() => {
    void load();
  }, [load]);

  if (failed) return <Page title={t('help.notFound')} crumbs={[{ to: helpPaths.home, label: t('help.title') }]} />;
  if (!request) return <p className="utrecht-paragraph">{t('app.loading')}</p>;
  const manages = request.mine || hasRole(me, 'professional');
  const open = request.status === 'open' || request.status === 'invited' || request.status === 'matched';

  return (
    <Page title={request.title} crumbs={[{ to: helpPaths.home, label: t('help.title') }]}>
      <Facts
        rows={[
          [t('help.form.kind'), kindText(t, request.kind)],
          [t('help.when'), whenText(t, request, (d) => formatDate(d, i18n.language))],
          [t('help.form.urgency'), urgencyText(t, request.urgency)],
          [t('help.statusLabel'), statusText(t, request.status), 'request-status'],
          ...(request.helped
            ? [[t('help.helpedLabel'), t(`help.helped.${request.helped}` as 'help.helped.yes')] as [string, string]]
            : []),
        ]}
      />
      {request.description && <p className="utrecht-paragraph">{request.description}</p>}
      {request.vulnerable && <Alert type="info">{t('help.vulnerableNote')}</Alert>}

      {contact && (
        <section className="ws-section" aria-labelledby="help-contact">
          <h2 className="utrecht-heading-2" id="help-contact">
            {t('help.contactTitle')}
          </h2>
          <Facts
            rows={[
              [t('help.contactName'), contact.name],
              [t('help.form.address'), contact.address ?? t('common.none')],
              [t('help.form.phone'), contact.phone ?? t('common.none')],
              [t('help.contactPerson'), contact.contactName],
            ]}
          />
        </section>
      )}
      {request.helpingMe && !contact && <Alert type="info">{t('help.contactLater')}</Alert>}

      {request.mine && request.helperId && <SafetySection requestId={request.id} otherAccountId={request.helperId} />}
      {request.helpingMe && contact && contact.contactAccountId !== me?.id && (
        <SafetySection requestId={request.id} otherAccountId={contact.contactAccountId} />
      )}
      {manages && request.status === 'open' && (
        <ProposalsSection requestId={request.id} onInvited={() => void load()} />
      )}
      {manages && request.status === 'invited' && <Alert type="info">{t('help.waitingForAnswer')}</Alert>}
      {manages && request.status === 'matched' && <CloseForm request={request} onClosed={() => void load()} />}
      {manages && open && (
        <ConfirmButton
          label={t('help.cancel')}
          variant="subtle"
          title={t('confirm.helpCancel.title')}
          confirmLabel={t('confirm.helpCancel.yes')}
          onConfirm={() => helpApi.cancel(api, request.id).then(load)}
        >
          <p className="utrecht-paragraph">{t('confirm.helpCancel.text')}</p>
        </ConfirmButton>
      )}
    </Page>
  );
}
