import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblem, type ApiClient, type Query } from '../../../app/api-client.ts';
import { useApi } from '../../../app/api-context.ts';
import { fieldReasonKey } from './field-reasons.ts';

/**
 * The app's API client, with the steering API's field reasons put into the reader's language
 * before a form maps them to its fields (web/ui/form-errors.ts shows a reason as it comes).
 */
export function useSteeringClient(): ApiClient {
  const api = useApi();
  const { t } = useTranslation();
  return useMemo(() => {
    const translate = (error: unknown): never => {
      if (!(error instanceof ApiProblem) || error.invalidParams.length === 0) throw error;
      throw new ApiProblem(error.status, {
        ...error.problem,
        invalidParams: error.invalidParams.map((param) => {
          const key = fieldReasonKey(param.reason);
          return key
            ? { ...param, reason: t(`steering.fieldProblems.${key}` as 'steering.fieldProblems.required') }
            : param;
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
  }, [api, t]);
}
