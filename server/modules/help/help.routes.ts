import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as z from 'zod';
import {
  ClosingSchema,
  HelpContactSchema,
  HelpRequestPageSchema,
  HelpRequestQuerySchema,
  HelpRequestSchema,
  InvitationAnswerSchema,
  InvitationIdParams,
  InvitationPageSchema,
  InvitationQuerySchema,
  InvitationSchema,
  NewHelpRequestSchema,
  NewInvitationSchema,
  NewOfferSchema,
  OfferIdParams,
  OfferPageSchema,
  OfferQuerySchema,
  OfferSchema,
  ProposalListSchema,
  RequestIdParams,
} from '../../../contracts/help.ts';
import { requireCaller } from '../../http/auth.ts';

import { helpAccess as access } from './help.policy.ts';
import type { MatchingService } from './matching/matching.service.ts';
import type { OffersService } from './offers/offers.service.ts';
import type { RequestsService } from './requests/requests.service.ts';

export interface HelpRoutesDeps {
  requests: RequestsService;
  matching: MatchingService;
  offers: OffersService;
}

const NoContent = z.null().describe('No content');
const tags = ['Neighbourhood help'];

/** Requests, matching and offers. Each handler: declared access → one service call (which applies the policy). */
export const helpRoutes =
  (deps: HelpRoutesDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const { requests, matching, offers } = deps;

    app.post('/help-requests', {
      config: { access: access.postRequest, writeLimit: 'content' },
      schema: {
        tags,
        operationId: 'postHelpRequest',
        summary: 'Ask for help (or, as a professional, ask on behalf of a resident who is not online)',
        body: NewHelpRequestSchema,
        response: { 201: HelpRequestSchema },
      },
      handler: async (request, reply) =>
        reply.code(201).send(await requests.post(requireCaller(request.caller), request.body)),
    });
    app.get('/help-requests', {
      config: { access: access.listRequests },
      schema: {
        tags,
        operationId: 'listHelpRequests',
        summary: 'Help requests, newest first (never an address or a name)',
        querystring: HelpRequestQuerySchema,
        response: { 200: HelpRequestPageSchema },
      },
      handler: async (request) => {
        const { limit, cursor, ...filter } = request.query;
        return requests.list(requireCaller(request.caller), filter, limit, cursor);
      },
    });
    app.get('/help-requests/:requestId', {
      config: { access: access.getRequest },
      schema: {
        tags,
        operationId: 'getHelpRequest',
        summary: 'One help request (its public face)',
        params: RequestIdParams,
        response: { 200: HelpRequestSchema },
      },
      handler: async (request) => requests.get(requireCaller(request.caller), request.params.requestId),
    });
    app.get('/help-requests/:requestId/contact', {
      config: { access: access.getContact },
      schema: {
        tags,
        operationId: 'getHelpRequestContact',
        summary:
          'Exact address and contact: only for the accepted helper, a guardian, the asking side and the neighbourhood team',
        params: RequestIdParams,
        response: { 200: HelpContactSchema },
      },
      handler: async (request) => requests.contact(requireCaller(request.caller), request.params.requestId),
    });
    app.post('/help-requests/:requestId/cancellation', {
      config: { access: access.changeRequest },
      schema: {
        tags,
        operationId: 'cancelHelpRequest',
        summary: 'Cancel a request (the asking side or the team)',
        params: RequestIdParams,
        body: z.strictObject({}),
        response: { 200: HelpRequestSchema },
      },
      handler: async (request) => requests.cancel(requireCaller(request.caller), request.params.requestId),
    });
    app.post('/help-requests/:requestId/closing', {
      config: { access: access.changeRequest },
      schema: {
        tags,
        operationId: 'closeHelpRequest',
        summary: 'Close a request: were you actually helped? Books the hours in the time bank',
        params: RequestIdParams,
        body: ClosingSchema,
        response: { 200: HelpRequestSchema },
      },
      handler: async (request) => requests.close(requireCaller(request.caller), request.params.requestId, request.body),
    });

    app.get('/help-requests/:requestId/proposals', {
      config: { access: access.proposals },
      schema: {
        tags,
        operationId: 'proposeHelpers',
        summary: 'Helpers ranked for this request, each with the reasons why',
        params: RequestIdParams,
        response: { 200: ProposalListSchema },
      },
      handler: async (request) => matching.proposals(requireCaller(request.caller), request.params.requestId),
    });
    app.post('/help-requests/:requestId/invitations', {
      config: { access: access.invite },
      schema: {
        tags,
        operationId: 'inviteHelper',
        summary: 'Invite one proposed helper',
        params: RequestIdParams,
        body: NewInvitationSchema,
        response: { 201: InvitationSchema },
      },
      handler: async (request, reply) =>
        reply
          .code(201)
          .send(await matching.invite(requireCaller(request.caller), request.params.requestId, request.body.helperId)),
    });
    app.get('/help-invitations', {
      config: { access: access.myInvitations },
      schema: {
        tags,
        operationId: 'listMyInvitations',
        summary: 'Invitations to me as a helper, newest first',
        querystring: InvitationQuerySchema,
        response: { 200: InvitationPageSchema },
      },
      handler: async (request) =>
        matching.myInvitations(
          requireCaller(request.caller),
          request.query.status,
          request.query.limit,
          request.query.cursor,
        ),
    });
    app.post('/help-invitations/:invitationId/answer', {
      config: { access: access.answerInvitation },
      schema: {
        tags,
        operationId: 'answerInvitation',
        summary: 'Accept or decline an invitation (the invited helper only)',
        params: InvitationIdParams,
        body: InvitationAnswerSchema,
        response: { 200: InvitationSchema },
      },
      handler: async (request) =>
        matching.answer(requireCaller(request.caller), request.params.invitationId, request.body.answer),
    });
    app.delete('/help-invitations/:invitationId', {
      config: { access: access.invite },
      schema: {
        tags,
        operationId: 'withdrawInvitation',
        summary: 'Withdraw an unanswered invitation (the asking side or the team)',
        params: InvitationIdParams,
        response: { 204: NoContent },
      },
      handler: async (request, reply) => {
        await matching.withdraw(requireCaller(request.caller), request.params.invitationId);
        return reply.code(204).send(null);
      },
    });

    app.post('/help-offers', {
      config: { access: access.offers, writeLimit: 'content' },
      schema: {
        tags,
        operationId: 'offerHelp',
        summary: 'Offer help: what, where, when and how often',
        body: NewOfferSchema,
        response: { 201: OfferSchema },
      },
      handler: async (request, reply) =>
        reply.code(201).send(await offers.create(requireCaller(request.caller), request.body)),
    });
    app.get('/help-offers', {
      config: { access: access.offers },
      schema: {
        tags,
        operationId: 'listHelpOffers',
        summary: 'Active offers (or all of mine), newest first',
        querystring: OfferQuerySchema,
        response: { 200: OfferPageSchema },
      },
      handler: async (request) => {
        const { limit, cursor, ...filter } = request.query;
        return offers.list(requireCaller(request.caller), filter, limit, cursor);
      },
    });
    app.get('/help-offers/:offerId', {
      config: { access: access.offers },
      schema: {
        tags,
        operationId: 'getHelpOffer',
        summary: 'One offer',
        params: OfferIdParams,
        response: { 200: OfferSchema },
      },
      handler: async (request) => offers.get(request.params.offerId),
    });
    app.put('/help-offers/:offerId', {
      config: { access: access.offers },
      schema: {
        tags,
        operationId: 'updateHelpOffer',
        summary: 'Change my offer',
        params: OfferIdParams,
        body: NewOfferSchema,
        response: { 200: OfferSchema },
      },
      handler: async (request) => offers.update(requireCaller(request.caller), request.params.offerId, request.body),
    });
    app.delete('/help-offers/:offerId', {
      config: { access: access.offers },
      schema: {
        tags,
        operationId: 'deleteHelpOffer',
        summary: 'Withdraw my offer',
        params: OfferIdParams,
        response: { 204: NoContent },
      },
      handler: async (request, reply) => {
        await offers.remove(requireCaller(request.caller), request.params.offerId);
        return reply.code(204).send(null);
      },
    });
  };
