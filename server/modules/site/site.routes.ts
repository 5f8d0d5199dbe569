import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as z from 'zod';
import {
  DesignTokensUpdateSchema,
  SiteIdentitySchema,
  SiteIdentityUpdateSchema,
  SitePageParams,
  SitePageSchema,
  SitePageUpdateSchema,
} from '../../../contracts/site.ts';
import { requireCaller } from '../../http/auth.ts';
import { siteAccess as access } from './site.policy.ts';
import type { SiteService } from './site.service.ts';

const DesignTokensResultSchema = z
  .object({
    identity: SiteIdentitySchema,
    skipped: z
      .array(z.object({ name: z.string(), reason: z.string() }))
      .describe('Tokens left out, by their path in the file: values that are no plain CSS value'),
  })
  .meta({ id: 'DesignTokensResult' });

export const siteRoutes =
  ({ site }: { site: SiteService }): FastifyPluginAsyncZod =>
  async (app) => {
    app.get('/site', {
      config: { access: access.readIdentity },
      schema: {
        tags: ['Site'],
        operationId: 'getSiteIdentity',
        summary: 'The municipality’s name, colours and logo, as the site shows them',
        response: { 200: SiteIdentitySchema },
      },
      handler: async (_request, reply) => {
        reply.header('Cache-Control', 'no-cache');
        return site.identity();
      },
    });

    app.put('/site', {
      config: { access: access.changeIdentity },
      schema: {
        tags: ['Site'],
        operationId: 'updateSiteIdentity',
        summary: 'Change the municipality’s name, colours and logo',
        description:
          'Administrators for the whole municipality. Colours are refused (422 `contrast-too-low`) when white text on the brand colour, black text on the accent colour or links on the white page fall below WCAG AA (4.5:1).',
        body: SiteIdentityUpdateSchema,
        response: { 200: SiteIdentitySchema },
      },
      handler: async (request) => site.updateIdentity(requireCaller(request.caller), request.body),
    });

    app.put('/site/design-tokens', {
      config: { access: access.changeIdentity },
      schema: {
        tags: ['Site'],
        operationId: 'setSiteDesignTokens',
        summary: 'Use a NL Design System tokens file for the site’s look',
        description:
          'Every token becomes a CSS custom property in /site/theme.css, replacing the tokens set before. Pairs of text on a background below WCAG AA (4.5:1) are refused (422 `contrast-too-low`). Administrators for the whole municipality.',
        body: DesignTokensUpdateSchema,
        response: { 200: DesignTokensResultSchema },
      },
      handler: async (request) => site.setDesignTokens(requireCaller(request.caller), request.body.tokens),
    });

    app.delete('/site/design-tokens', {
      config: { access: access.changeIdentity },
      schema: {
        tags: ['Site'],
        operationId: 'clearSiteDesignTokens',
        summary: 'Stop using a tokens file; the name, colours and logo stay',
        response: { 200: SiteIdentitySchema },
      },
      handler: async (request) => site.clearDesignTokens(requireCaller(request.caller)),
    });

    app.get('/site/pages/:slug', {
      config: { access: access.readPage },
      schema: {
        tags: ['Site'],
        operationId: 'getSitePage',
        summary: 'A footer page: the privacy statement, the accessibility statement or contact',
        params: SitePageParams,
        response: { 200: SitePageSchema },
      },
      handler: async (request, reply) => {
        reply.header('Cache-Control', 'no-cache');
        return site.page(request.params.slug);
      },
    });

    app.put('/site/pages/:slug', {
      config: { access: access.changePage },
      schema: {
        tags: ['Site'],
        operationId: 'updateSitePage',
        summary: 'Change the text of a footer page',
        description:
          'Plain text: paragraphs separated by an empty line, `## ` for a heading, `- ` for a list item and `[text](https://…)` for a link; HTML is shown as text. Administrators for the whole municipality.',
        params: SitePageParams,
        body: SitePageUpdateSchema,
        response: { 200: SitePageSchema },
      },
      handler: async (request) => site.updatePage(requireCaller(request.caller), request.params.slug, request.body),
    });
  };
