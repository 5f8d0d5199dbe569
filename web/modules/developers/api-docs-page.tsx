import type { OpenAPIV3 } from 'openapi-types';
import './developers.css';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../contracts/roles.ts';
import { useApi } from '../../app/api-context.ts';
import { Alert } from '../../ui/alert.tsx';
import { Page } from '../../ui/page.tsx';
import { useLoad } from '../areas/use-load.ts';
import { operationsByTag, type FieldView, type OperationView } from './openapi-view.ts';

const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-');

/**
 * The API reference, drawn from the OpenAPI document in the app's own accessible components (a
 * generated reference UI failed axe and needed inline scripts the Content-Security-Policy forbids).
 * The operations' own texts are the document's, in English, as developers expect.
 */
export function ApiDocsPage() {
  const { t } = useTranslation();
  const api = useApi();
  const loaded = useLoad(() => api.get<OpenAPIV3.Document>('/openapi.json'), 'openapi');
  const tags = loaded.data ? operationsByTag(loaded.data) : [];

  return (
    <Page title={t('apiDocs.title')} lead={t('apiDocs.lead')}>
      <ul className="utrecht-unordered-list">
        <li>{t('apiDocs.base')}</li>
        <li>
          {t('apiDocs.document')}{' '}
          <a className="utrecht-link" href="/api/v1/openapi.json">
            /api/v1/openapi.json
          </a>
        </li>
        <li>{t('apiDocs.auth')}</li>
        <li>{t('apiDocs.errors')}</li>
        <li>{t('apiDocs.paging')}</li>
      </ul>
      {loaded.loading && (
        <p className="utrecht-paragraph" role="status">
          {t('app.loading')}
        </p>
      )}
      {loaded.error !== null && <Alert type="error">{t('apiDocs.failed')}</Alert>}
      {tags.length > 0 && (
        <nav aria-labelledby="api-docs-contents">
          <h2 className="utrecht-heading-2" id="api-docs-contents">
            {t('apiDocs.contents')}
          </h2>
          <ul className="utrecht-unordered-list">
            {tags.map((tag) => (
              <li key={tag.name}>
                <a className="utrecht-link" href={`#${slug(tag.name)}`}>
                  {tag.name}
                </a>{' '}
                ({t('apiDocs.operationCount', { count: tag.operations.length })})
              </li>
            ))}
          </ul>
        </nav>
      )}
      {tags.map((tag) => (
        <section key={tag.name} aria-labelledby={slug(tag.name)}>
          <h2 className="utrecht-heading-2" id={slug(tag.name)}>
            {tag.name}
          </h2>
          {tag.description && <p className="utrecht-paragraph">{tag.description}</p>}
          {tag.operations.map((operation) => (
            <Operation key={operation.id} operation={operation} />
          ))}
        </section>
      ))}
    </Page>
  );
}

function Operation({ operation }: { operation: OperationView }) {
  const { t } = useTranslation();
  return (
    <details className="ws-api-operation" id={operation.id}>
      <summary className="ws-api-operation__summary">
        <code className="utrecht-code ws-api-operation__method">{operation.method}</code>{' '}
        <code className="utrecht-code">{operation.path}</code> <span>{operation.summary}</span>
      </summary>
      {operation.description && <p className="utrecht-paragraph">{operation.description}</p>}
      <p className="utrecht-paragraph">
        <strong>{t('apiDocs.access')}</strong> <AccessText access={operation.access} />
      </p>
      {operation.parameters.length > 0 && (
        <Fields
          caption={t('apiDocs.parameters')}
          fields={operation.parameters.map((p) => ({ ...p, name: `${p.name} (${p.in})` }))}
        />
      )}
      {operation.body && (
        <Fields caption={t('apiDocs.body', { schema: operation.body.schema })} fields={operation.body.fields} />
      )}
      <div className="ws-table-scroll">
        <table className="utrecht-table">
          <caption className="utrecht-table__caption">{t('apiDocs.responses')}</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th className="utrecht-table__header-cell" scope="col">
                {t('apiDocs.status')}
              </th>
              <th className="utrecht-table__header-cell" scope="col">
                {t('apiDocs.description')}
              </th>
              <th className="utrecht-table__header-cell" scope="col">
                {t('apiDocs.schema')}
              </th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {operation.responses.map((response) => (
              <tr className="utrecht-table__row" key={response.status}>
                <td className="utrecht-table__cell">{response.status}</td>
                <td className="utrecht-table__cell">{response.description}</td>
                <td className="utrecht-table__cell">
                  <code className="utrecht-code">{response.schema}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

function AccessText({ access }: { access: OperationView['access'] }) {
  const { t } = useTranslation();
  if (access === null) return <>{t('apiDocs.accessUnknown')}</>;
  if (access === 'public') return <>{t('apiDocs.accessPublic')}</>;
  if (access === 'authenticated') return <>{t('apiDocs.accessAuthenticated')}</>;
  return <>{t('apiDocs.accessRoles', { roles: access.map((role) => t(`roles.${role as Role}`)).join(', ') })}</>;
}

function Fields({ caption, fields }: { caption: string; fields: FieldView[] }) {
  const { t } = useTranslation();
  return (
    <div className="ws-table-scroll">
      <table className="utrecht-table">
        <caption className="utrecht-table__caption">{caption}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th className="utrecht-table__header-cell" scope="col">
              {t('apiDocs.name')}
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              {t('apiDocs.type')}
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              {t('apiDocs.required')}
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              {t('apiDocs.description')}
            </th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {fields.map((field) => (
            <tr className="utrecht-table__row" key={field.name}>
              <th className="utrecht-table__header-cell" scope="row">
                <code className="utrecht-code">{field.name}</code>
              </th>
              <td className="utrecht-table__cell">{field.type}</td>
              <td className="utrecht-table__cell">{field.required ? t('apiDocs.yes') : t('apiDocs.no')}</td>
              <td className="utrecht-table__cell">{field.description}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
