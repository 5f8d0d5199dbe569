import type { FastifyRequest } from 'fastify';
import { renderIndexHtml } from './html-head.ts';
import type { createSharePreviews } from './share-previews.ts';
import type { SiteService } from './site.service.ts';

export interface SitePageDeps {
  site: Pick<SiteService, 'state' | 'present'>;
  previews: ReturnType<typeof createSharePreviews>;
  /** PUBLIC_URL: where the site lives; without it, the request's own host. */
  publicUrl: string | undefined;
}

/**
 * index.html for a page of the web app: the identity (name, logo, stylesheet) and the page's share
 * preview. Crawlers run no JavaScript, so this is what a link preview shows.
 */
export function createSitePage(deps: SitePageDeps) {
  return async (indexHtml: string, request: FastifyRequest): Promise<string> => {
    const state = await deps.site.state();
    const identity = deps.site.present(state);
    const path = request.url.split('?')[0] ?? '/';
    const preview = await deps.previews(path, state.name);
    const origin = deps.publicUrl?.replace(/\/+$/, '') ?? `${request.protocol}://${request.host}`;
    return renderIndexHtml(indexHtml, {
      ...preview,
      siteName: state.name,
      url: deps.publicUrl ? `${origin}${path}` : undefined,
      image: `${origin}/site/share-image.png?v=${state.hasLogo ? state.version : 0}`,
      imageAlt: `Logo van ${state.name}`,
      themeHref: identity.themeUrl,
      identity,
      logoSrc: identity.logoUrl,
    });
  };
}
