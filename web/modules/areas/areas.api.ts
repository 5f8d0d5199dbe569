import type { Area, AreaKind, AreaMap, AreaSummary, MapSettings } from '../../../contracts/areas.ts';
import type { CodeBatch, Verification } from '../../../contracts/verification.ts';
import type { Me } from '../../../contracts/accounts.ts';
import { API_BASE, ApiProblem, NetworkError, type ApiClient } from '../../app/api-client.ts';
import type { PageOf } from '../../lib/use-paged-list.ts';

const enc = encodeURIComponent;

export const areasApi = {
  list: (api: ApiClient, query: { kind?: AreaKind; parentId?: string; q?: string }, cursor?: string, limit = 100) =>
    api.get<PageOf<AreaSummary>>('/areas', { ...query, limit, cursor }),
  area: (api: ApiClient, idOrCode: string) => api.get<Area>(`/areas/${enc(idOrCode)}`),
  children: (api: ApiClient, idOrCode: string, cursor?: string) =>
    api.get<PageOf<AreaSummary>>(`/areas/${enc(idOrCode)}/children`, { limit: 100, cursor }),
  map: (api: ApiClient, idOrCode: string) => api.get<AreaMap>(`/areas/${enc(idOrCode)}/map`),
  mapSettings: (api: ApiClient) => api.get<MapSettings>('/map-settings'),
  setHome: (api: ApiClient, homeAreaId: string | null) => api.patch<Me>('/me', { homeAreaId }),
  myVerifications: (api: ApiClient, cursor?: string) =>
    api.get<PageOf<Verification>>('/me/verifications', { limit: 20, cursor }),
  redeem: (api: ApiClient, code: string) => api.post<Verification>('/me/verifications', { code }),
  verifyInPerson: (api: ApiClient, areaIdOrCode: string, body: { email: string; note?: string }) =>
    api.post<Verification>(`/areas/${enc(areaIdOrCode)}/verifications`, body),
  batches: (api: ApiClient, areaIdOrCode: string, cursor?: string) =>
    api.get<PageOf<CodeBatch>>(`/areas/${enc(areaIdOrCode)}/verification-code-batches`, { limit: 20, cursor }),

  /** Every page of a list (areas are bounded: a few hundred neighbourhoods at most). */
  async all(api: ApiClient, query: { kind?: AreaKind; parentId?: string }): Promise<AreaSummary[]> {
    const items: AreaSummary[] = [];
    let cursor: string | undefined;
    do {
      const page = await areasApi.list(api, query, cursor);
      items.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor && items.length < 5_000);
    return items;
  },

  /**
   * New letter codes as the CSV file for the mail merge. The codes exist only in this answer, so
   * it is asked for as CSV directly (the API client speaks JSON).
   */
  async codeBatchCsv(
    csrfToken: string,
    areaIdOrCode: string,
    body: { count: number; validDays: number },
  ): Promise<{ blob: Blob; fileName: string }> {
    let response: Response;
    try {
      response = await fetch(`${API_BASE}/areas/${enc(areaIdOrCode)}/verification-code-batches`, {
        method: 'POST',
        credentials: 'same-origin',
        headers: {
          Accept: 'text/csv, application/problem+json',
          'Content-Type': 'application/json',
          'X-CSRF-Token': csrfToken,
        },
        body: JSON.stringify(body),
      });
    } catch (error) {
      throw new NetworkError(error instanceof Error ? error.message : String(error));
    }
    if (!response.ok) {
      const problem = await response.json().catch(() => null);
      throw new ApiProblem(
        response.status,
        problem ?? {
          type: 'about:blank',
          title: response.statusText,
          status: response.status,
          detail: response.statusText,
        },
      );
    }
    const fileName =
      /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? 'brievencodes.csv';
    return { blob: await response.blob(), fileName };
  },
};
