import multipart from '@fastify/multipart';
import type { FastifyError } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as z from 'zod';
import {
  PictureChangeSchema,
  PicturePageSchema,
  PictureParams,
  PictureQuerySchema,
  PictureSchema,
  PictureUploadSchema,
} from '../../../contracts/pictures.ts';
import { requireCaller } from '../../http/auth.ts';
import { sendProblem } from '../../http/problem.ts';
import { picturesAccess as access } from './pictures.policy.ts';
import type { PicturesService } from './pictures.service.ts';

const tags = ['Pictures'];
const NoContent = z.null().describe('No content');

/** What the multipart reader refuses before the service sees the upload, said in Dutch. */
function multipartProblem(
  error: FastifyError,
  maxBytes: number,
): { status: number; code: string; detail: string } | undefined {
  const megabytes = (maxBytes / 1_048_576).toLocaleString('nl-NL', { maximumFractionDigits: 1 });
  switch (error.code) {
    case 'FST_REQ_FILE_TOO_LARGE':
      return {
        status: 413,
        code: 'too-large',
        detail: `Deze foto is te groot. Een foto mag hoogstens ${megabytes} MB zijn.`,
      };
    case 'FST_FILES_LIMIT':
    case 'FST_PARTS_LIMIT':
    case 'FST_FIELDS_LIMIT':
      return {
        status: 413,
        code: 'too-many-parts',
        detail: 'Stuur één foto tegelijk, met alleen de velden van het formulier.',
      };
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
      return { status: 415, code: 'not-multipart', detail: 'Stuur de foto als multipart/form-data.' };
  }
  return undefined;
}

export const picturesRoutes =
  (pictures: PicturesService, settings: { maxBytes: number }): FastifyPluginAsyncZod =>
  async (app) => {
    // Only these routes read multipart bodies: one file, a few short fields, at most maxBytes.
    await app.register(multipart, {
      attachFieldsToBody: 'keyValues',
      throwFileSizeLimit: true,
      limits: { fileSize: settings.maxBytes, files: 1, fields: 3, parts: 4, fieldSize: 4_096, headerPairs: 100 },
    });
    app.setErrorHandler((error: FastifyError, request, reply) => {
      const problem = multipartProblem(error, settings.maxBytes);
      if (!problem) throw error;
      return sendProblem(reply, request, problem.status, problem.detail, problem.code, [
        { name: 'body.file', reason: problem.detail, code: problem.code },
      ]);
    });

    app.get('/pictures', {
      config: { access: access.list },
      schema: {
        tags,
        operationId: 'listPictures',
        summary: 'The pictures of an initiative and its updates, or of the proposals of a budget round, oldest first',
        querystring: PictureQuerySchema,
        response: { 200: PicturePageSchema },
      },
      handler: async (request) => pictures.list(request.caller, request.query),
    });

    app.post('/pictures', {
      config: { access: access.upload, writeLimit: 'content' },
      schema: {
        tags,
        operationId: 'uploadPicture',
        summary: 'Add a picture, with its alt text, to an initiative, an update or a budget proposal',
        description:
          'A multipart/form-data body with one file (JPEG, PNG or WebP, decided by its content; at most the configured size). ' +
          'The server turns it upright, stores it 400 and 1200 pixels wide as WebP and JPEG, and keeps none of its metadata (EXIF, GPS location). ' +
          'Organisers of the initiative, the author of the proposal, and staff for its area may add pictures.',
        consumes: ['multipart/form-data'],
        body: PictureUploadSchema,
        response: { 201: PictureSchema },
      },
      handler: async (request, reply) =>
        reply.code(201).send(await pictures.upload(requireCaller(request.caller), request.body)),
    });

    app.patch('/pictures/:pictureId', {
      config: { access: access.change },
      schema: {
        tags,
        operationId: 'changePicture',
        summary: 'Change the alt text of a picture',
        description:
          'Those who may add pictures to its subject: the initiative’s organisers and its moderators, the proposal’s author and the round’s budget officers.',
        params: PictureParams,
        body: PictureChangeSchema,
        response: { 200: PictureSchema },
      },
      handler: async (request) =>
        pictures.changeAltText(requireCaller(request.caller), request.params.pictureId, request.body.altText),
    });

    app.delete('/pictures/:pictureId', {
      config: { access: access.remove },
      schema: {
        tags,
        operationId: 'removePicture',
        summary: 'Remove a picture and its files',
        description:
          'Those who may add pictures to its subject: the initiative’s organisers and its moderators, the proposal’s author and the round’s budget officers. Staff removals are audit-logged.',
        params: PictureParams,
        response: { 204: NoContent },
      },
      handler: async (request, reply) => {
        await pictures.remove(requireCaller(request.caller), request.params.pictureId);
        return reply.code(204).send(null);
      },
    });
  };

/** The files, outside the versioned API: a file never changes, so browsers and proxies keep it for a year. */
export const pictureFilesRoutes =
  (pictures: PicturesService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get('/media/pictures/:pictureId/:fileName', {
      config: { access: access.file },
      schema: { hide: true, params: z.strictObject({ pictureId: z.string().max(64), fileName: z.string().max(20) }) },
      handler: async (request, reply) => {
        const file = await pictures.file(request.params.pictureId, request.params.fileName);
        if (!file) return sendProblem(reply, request, 404, 'Deze foto bestaat niet (meer).', 'not-found');
        return reply
          .header('Cache-Control', 'public, max-age=31536000, immutable')
          .header('Content-Disposition', 'inline')
          .type(file.contentType)
          .send(file.bytes);
      },
    });
  };
