import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as z from 'zod';
import {
  AreaCalendarParams,
  CalendarPageSchema,
  CalendarQuerySchema,
  FollowPageSchema,
  FollowParams,
  FollowQuerySchema,
  FollowSchema,
  InitiativeCalendarParams,
  NewsPageSchema,
  NewsQuerySchema,
} from '../../../contracts/calendar.ts';
import { requireCaller } from '../../http/auth.ts';
import { calendarAccess as access } from './calendar.policy.ts';
import type { CalendarService, Feed } from './calendar.service.ts';
import type { FollowsService } from './follows.service.ts';

const tags = ['Calendar'];

const FEED_RESPONSE = {
  200: z.string().describe('An iCalendar feed (text/calendar, RFC 5545), times in Europe/Amsterdam'),
};
const FEED_DESCRIPTION =
  'Subscribe to it in a calendar app (webcal:// or https://). Covers the past 30 days and the next 12 months; each event keeps its UID, and a cancelled activity stays in the feed with STATUS:CANCELLED.';

export interface CalendarRoutesDeps {
  calendar: CalendarService;
  follows: FollowsService;
}

/** The neighbourhood calendar, the iCal feeds, following and "Wat ik volg". */
export const calendarRoutes =
  ({ calendar, follows }: CalendarRoutesDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const sendFeed = (feed: Feed, reply: { header(name: string, value: string): unknown }) => {
      reply.header('Content-Type', 'text/calendar; charset=utf-8');
      reply.header('Content-Disposition', `inline; filename="${feed.fileName}"`);
      reply.header('Cache-Control', 'public, max-age=300');
      return feed.body;
    };

    app.get('/areas/:areaId/calendar', {
      config: { access: access.areaCalendar },
      schema: {
        tags,
        operationId: 'getAreaCalendar',
        summary: "What happens in an area between two dates: initiatives' activities and needs, budget round dates",
        description:
          'Soonest first. An area includes everything inside it; the rounds of the district and the municipality it lies in are on it too.',
        security: [],
        params: AreaCalendarParams,
        querystring: CalendarQuerySchema,
        response: { 200: CalendarPageSchema },
      },
      handler: async (request) => calendar.areaCalendar(request.params.areaId, request.query),
    });

    app.get('/areas/:areaId/calendar.ics', {
      config: { access: access.areaFeed },
      schema: {
        tags,
        operationId: 'getAreaCalendarFeed',
        summary: "An area's calendar as an iCal feed",
        description: FEED_DESCRIPTION,
        security: [],
        params: AreaCalendarParams,
        response: FEED_RESPONSE,
      },
      handler: async (request, reply) => sendFeed(await calendar.areaFeed(request.params.areaId), reply),
    });

    app.get('/initiatives/:initiativeId/calendar.ics', {
      config: { access: access.initiativeFeed },
      schema: {
        tags,
        operationId: 'getInitiativeCalendarFeed',
        summary: "An initiative's activities and dated needs as an iCal feed",
        description: FEED_DESCRIPTION,
        security: [],
        params: InitiativeCalendarParams,
        response: FEED_RESPONSE,
      },
      handler: async (request, reply) => sendFeed(await calendar.initiativeFeed(request.params.initiativeId), reply),
    });

    app.get('/follows', {
      config: { access: access.follows },
      schema: {
        tags,
        operationId: 'listFollows',
        summary: 'The initiatives and budget rounds I follow, most recently followed first',
        description: 'With `subjectType` and `subjectId`: whether I follow that one (a list of one, or empty).',
        querystring: FollowQuerySchema,
        response: { 200: FollowPageSchema },
      },
      handler: async (request) => follows.list(requireCaller(request.caller), request.query),
    });

    app.put('/follows/:subjectType/:subjectId', {
      config: { access: access.follow },
      schema: {
        tags,
        operationId: 'follow',
        summary: 'Follow an initiative or a budget round: its news on "Wat ik volg" and as notifications',
        params: FollowParams,
        response: { 200: FollowSchema },
      },
      handler: async (request) =>
        follows.follow(requireCaller(request.caller), request.params.subjectType, request.params.subjectId),
    });

    app.delete('/follows/:subjectType/:subjectId', {
      config: { access: access.unfollow },
      schema: {
        tags,
        operationId: 'unfollow',
        summary: 'Stop following an initiative or a budget round',
        params: FollowParams,
        response: { 204: z.null().describe('Not followed (any more)') },
      },
      handler: async (request, reply) => {
        await follows.unfollow(requireCaller(request.caller), request.params.subjectType, request.params.subjectId);
        return reply.code(204).send(null);
      },
    });

    app.get('/followed-news', {
      config: { access: access.news },
      schema: {
        tags,
        operationId: 'listFollowedNews',
        summary:
          'News of what I follow, newest first: updates and new activities of initiatives, budget rounds entering a phase',
        querystring: NewsQuerySchema,
        response: { 200: NewsPageSchema },
      },
      handler: async (request) => follows.news(requireCaller(request.caller), request.query),
    });
  };
