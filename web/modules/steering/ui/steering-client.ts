import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblem, type ApiClient, type Query } from '../../../app/api-client.ts';
import { useApi } from '../../../app/api-context.ts';
import { fieldProblemText } from './field-problem-text.ts';

/**
 * The app's API client, with each field a steering service refused worded from its code and
 * parameters in the reader's language before a form maps it to its field; the code stays, so the
 * app's own wording of codes (`fieldProblem.<code>`) applies where it takes precedence. No English
 * sentence of the server reaches a Dutch reader.
 */
export function useSteeringClient(): ApiClient {
  const api = useApi();
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  return useMemo(() => {
    const translate = (error: unknown): never => {
      if (!(error instanceof ApiProblem) || error.invalidParams.length === 0) throw error;
      throw new ApiProblem(error.status, {
        ...error.problem,
        invalidParams: error.invalidParams.map((param) => {
          const text = fieldProblemText(param, t, locale);
          return text === null ? param : { ...param, reason: text };
        }),
      });
    };
    const client: ApiClient = {
      ...api,
      get: <T>(path: string, query?: Query) => api.get<T>(path, query).catch(translate),
      post: <T>(path: string, body?: unknown) => api.post<T>(path, body).catch(translate),
      put: <T>(path: string, body?: unknown) => api.put<T>(path, body).catch(translate),
      patch: <T>(path: string, body?: unknown) => api.patch<T>(path, body).catch(translate),
      delete: <T>(path: string, body?: unknown) => api.delete<T>(path, body).catch(translate),
    };
    return client;
  }, [api, t, locale]);
}
