import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as z from 'zod';
import { sendProblem } from '../../http/problem.ts';
import { renderShareImage } from './share-image.ts';
import { siteAccess as access } from './site.policy.ts';
import type { SiteService } from './site.service.ts';

const VersionQuery = z.object({ v: z.string().max(20).optional() });
const YEAR = 'public, max-age=31536000, immutable';

/**
 * What every page loads besides the app: the identity's stylesheet, its logo and the preview image.
 * Their URLs carry the identity's version (`?v=`), so a browser keeps them until the identity changes;
 * without the current version they are revalidated every time.
 */
export const siteAssetRoutes =
  ({ site }: { site: Pick<SiteService, 'themeCss' | 'logo'> }): FastifyPluginAsyncZod =>
  async (app) => {
    let shareImage: { version: number; png: Buffer } | undefined;
    const caching = (requested: string | undefined, version: number) =>
      requested === String(version) ? YEAR : 'no-cache';

    app.get('/site/theme.css', {
      config: { access: access.assets },
      schema: { hide: true, querystring: VersionQuery },
      handler: async (request, reply) => {
        const { css, version } = await site.themeCss();
        return reply
          .type('text/css; charset=utf-8')
          .header('Cache-Control', caching(request.query.v, version))
          .send(css);
      },
    });

    app.get('/site/logo', {
      config: { access: access.assets },
      schema: { hide: true, querystring: VersionQuery },
      handler: async (request, reply) => {
        const logo = await site.logo();
        if (!logo) return sendProblem(reply, request, 404, 'No logo was uploaded.', 'not-found');
        return (
          reply
            .type(logo.mediaType)
            .header('Cache-Control', caching(request.query.v, logo.version))
            // Opened on its own, an SVG is a document: it may run nothing and load nothing.
            .header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; sandbox")
            .send(logo.bytes)
        );
      },
    });

    app.get('/site/share-image.png', {
      config: { access: access.assets },
      schema: { hide: true, querystring: VersionQuery },
      handler: async (request, reply) => {
        const logo = await site.logo();
        const version = logo?.version ?? 0;
        if (shareImage?.version !== version) shareImage = { version, png: await renderShareImage(logo?.bytes) };
        return reply.type('image/png').header('Cache-Control', caching(request.query.v, version)).send(shareImage.png);
      },
    });
  };
