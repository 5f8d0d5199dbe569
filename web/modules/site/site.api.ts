import type {
  SiteIdentity,
  SiteIdentityUpdate,
  SitePage,
  SitePageSlug,
  SitePageUpdate,
} from '../../../contracts/site.ts';
import type { ApiClient } from '../../app/api-client.ts';

export const siteApi = {
  identity: (api: ApiClient) => api.get<SiteIdentity>('/site'),
  updateIdentity: (api: ApiClient, body: SiteIdentityUpdate) => api.put<SiteIdentity>('/site', body),
  setDesignTokens: (api: ApiClient, tokens: Record<string, unknown>) =>
    api.put<{ identity: SiteIdentity; skipped: Array<{ name: string; reason: string }> }>('/site/design-tokens', {
      tokens,
    }),
  clearDesignTokens: (api: ApiClient) => api.delete<SiteIdentity>('/site/design-tokens'),
  page: (api: ApiClient, slug: SitePageSlug) => api.get<SitePage>(`/site/pages/${slug}`),
  updatePage: (api: ApiClient, slug: SitePageSlug, body: SitePageUpdate) =>
    api.put<SitePage>(`/site/pages/${slug}`, body),
};
