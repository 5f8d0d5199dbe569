import {
  PICTURES_PER_SUBJECT_MAX,
  type Picture,
  type PictureFormat,
  type PictureSubjectType,
} from '../../../contracts/pictures.ts';
import type { Clock, IdGenerator } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import type { Caller } from '../../http/auth.ts';
import { decodeCursor, toPage } from '../../http/pagination.ts';
import { badRequest, conflict, forbidden, ProblemError } from '../../http/problem.ts';
import type { AuditWriter } from '../audit/audit.service.ts';
import { renderDemoPicture } from './demo-pictures.ts';
import { ImageRejected, processPicture, variantWidths } from './image-processing.ts';
import type { PictureSubjects } from './picture-subjects.ts';
import { CONTENT_TYPES, fileName, parseFileName, type PictureStore } from './picture-store.ts';
import { pictureRight, type PictureRight, type SubjectRights } from './pictures.policy.ts';
import { createPicturesRepository } from './pictures.repository.ts';
import type { PicturesTable } from './pictures.tables.ts';

export interface PicturesSettings {
  /** Where the disk store keeps the files (PICTURES_DIR). */
  directory: string;
  /** The largest upload accepted, in bytes (PICTURE_MAX_BYTES). */
  maxBytes: number;
}

export interface PicturesDeps {
  db: Db;
  clock: Clock;
  ids: IdGenerator;
  audit: AuditWriter;
  store: PictureStore;
  subjects: PictureSubjects;
}

export const MEDIA_PREFIX = '/media/pictures';

const REJECTIONS: Record<ImageRejected['reason'], string> = {
  'not-an-image':
    'Dit bestand is geen foto die we kunnen gebruiken. Kies een JPEG-, PNG- of WebP-bestand (de naam van het bestand telt niet, alleen wat erin zit).',
  unreadable: 'Deze foto is beschadigd of onvolledig. Kies een andere foto.',
  'too-many-pixels':
    'Deze foto heeft te veel beeldpunten. Maak hem kleiner (bijvoorbeeld 4000 bij 3000) en probeer het opnieuw.',
};

function fileProblem(status: number, code: string, detail: string): ProblemError {
  return new ProblemError(status, detail, code, [{ name: 'body.file', reason: detail, code }]);
}

export function presentPicture(row: PicturesTable, mayChange: boolean): Picture {
  const filesOf = (format: PictureFormat) =>
    variantWidths(row.width).map((width) => ({
      width,
      url: `${MEDIA_PREFIX}/${row.id}/${fileName({ width, format })}`,
    }));
  return {
    id: row.id,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    altText: row.alt_text,
    width: row.width,
    height: row.height,
    files: { webp: filesOf('webp'), jpeg: filesOf('jpeg') },
    mayChange,
    createdAt: row.created_at,
  };
}

/** Upload, list, change and remove pictures; serve their files; clear away removed ones. */
export function createPicturesService(deps: PicturesDeps) {
  const { db, clock, ids, store, subjects } = deps;
  const repo = createPicturesRepository(db);

  async function requireRight(caller: Caller, type: PictureSubjectType, id: string) {
    const facts = await subjects.facts(type, id);
    if (!facts || !facts.visible) throw missing('Wat je een foto wilt geven, bestaat niet (meer).');
    const right = pictureRight(caller, facts.rights);
    if (!right) throw forbidden(rightsMessage(type));
    return { facts, right };
  }

  async function auditStaff(trx: Db, caller: Caller, right: PictureRight, action: string, row: PicturesTable) {
    if (right?.kind !== 'staff') return;
    await deps.audit(trx, {
      actorId: caller.accountId,
      action,
      subjectType: 'picture',
      subjectId: row.id,
      after: { subjectType: row.subject_type, subjectId: row.subject_id, altText: row.alt_text },
      authority: right.authority,
    });
  }

  async function loadOwned(caller: Caller, pictureId: string) {
    const row = await repo.find(pictureId);
    if (!row) throw missing('Deze foto bestaat niet (meer).');
    const { right } = await requireRight(caller, row.subject_type, row.subject_id);
    return { row, right };
  }

  return {
    async upload(
      caller: Caller,
      input: { subjectType: PictureSubjectType; subjectId: string; altText: string; file: Buffer },
    ): Promise<Picture> {
      const { facts, right } = await requireRight(caller, input.subjectType, input.subjectId);
      if ((await repo.countFor(input.subjectType, input.subjectId)) >= PICTURES_PER_SUBJECT_MAX)
        throw conflict(
          `Er staan al ${PICTURES_PER_SUBJECT_MAX} foto's bij. Haal er eerst een weg.`,
          'too-many-pictures',
        );
      const processed = await processPicture(input.file).catch((error: unknown) => {
        if (error instanceof ImageRejected)
          throw fileProblem(error.reason === 'not-an-image' ? 415 : 422, error.reason, REJECTIONS[error.reason]);
        throw error;
      });
      const at = clock.now().toISOString();
      const row: PicturesTable = {
        id: ids(),
        subject_type: input.subjectType,
        subject_id: input.subjectId,
        parent_type: facts.parentType,
        parent_id: facts.parentId,
        alt_text: input.altText,
        width: processed.width,
        height: processed.height,
        uploaded_by: caller.accountId,
        demo_recipe: null,
        created_at: at,
        updated_at: at,
        removed_at: null,
      };
      // Files first: a row never points at files that are not there. If the row fails, they go again.
      for (const variant of processed.variants) await store.put({ pictureId: row.id, ...variant }, variant.bytes);
      try {
        await db.transaction().execute(async (trx) => {
          await createPicturesRepository(trx).insert(row);
          await auditStaff(trx, caller, right, 'picture.uploaded', row);
        });
      } catch (error) {
        await store.removeAll(row.id);
        throw error;
      }
      return presentPicture(row, true);
    },

    async list(
      caller: Caller | null,
      query: {
        initiativeId?: string | undefined;
        budgetRoundId?: string | undefined;
        limit: number;
        cursor?: string | undefined;
      },
    ) {
      if ((query.initiativeId === undefined) === (query.budgetRoundId === undefined))
        throw badRequest('Geef precies één van initiativeId en budgetRoundId.', [
          {
            name: 'query.initiativeId',
            reason: 'Give exactly one of initiativeId and budgetRoundId',
            code: 'required',
          },
        ]);
      const after = decodeCursor(query.cursor);
      if (query.initiativeId !== undefined) {
        const facts = await subjects.initiative(query.initiativeId);
        if (!facts || !facts.visible) throw missing('Dit initiatief bestaat niet (meer).');
        const rows = await repo.listForParent('initiative', query.initiativeId, query.limit, after);
        const mayChange = pictureRight(caller, facts.rights) !== undefined;
        const updates = rows.filter((row) => row.subject_type === 'initiative-update').map((row) => row.subject_id);
        // Pictures of an update hidden by moderation are left out, as the update is.
        const hidden = await subjects.hiddenUpdates(updates);
        const page = toPage(rows, query.limit, keyOf, (row) => row);
        return {
          items: page.items
            .filter((row) => !(row.subject_type === 'initiative-update' && hidden.has(row.subject_id)))
            .map((row) => presentPicture(row, mayChange)),
          nextCursor: page.nextCursor,
        };
      }
      const roundId = query.budgetRoundId!;
      const round = await subjects.budgetRound(roundId);
      if (!round.visible) throw missing('Deze ronde van het buurtbudget bestaat niet.');
      const rows = await repo.listForParent('budget-round', roundId, query.limit, after);
      const authors = await subjects.proposalAuthors(rows.map((row) => row.subject_id));
      const page = toPage(rows, query.limit, keyOf, (row) => row);
      const rightsOf = (row: PicturesTable): SubjectRights => ({
        ...round.rights,
        managerIds: [authors.get(row.subject_id) ?? ''].filter(Boolean),
      });
      return {
        // Pictures of a withdrawn proposal are not shown.
        items: page.items
          .filter((row) => authors.has(row.subject_id))
          .map((row) => presentPicture(row, pictureRight(caller, rightsOf(row)) !== undefined)),
        nextCursor: page.nextCursor,
      };
    },

    async changeAltText(caller: Caller, pictureId: string, altText: string): Promise<Picture> {
      const { row, right } = await loadOwned(caller, pictureId);
      const changed = { ...row, alt_text: altText, updated_at: clock.now().toISOString() };
      await db.transaction().execute(async (trx) => {
        await createPicturesRepository(trx).changeAltText(row.id, altText, changed.updated_at);
        await auditStaff(trx, caller, right, 'picture.alt-text-changed', changed);
      });
      return presentPicture(changed, true);
    },

    async remove(caller: Caller, pictureId: string): Promise<void> {
      const { row, right } = await loadOwned(caller, pictureId);
      await db.transaction().execute(async (trx) => {
        await createPicturesRepository(trx).markRemoved([row.id], clock.now().toISOString());
        await auditStaff(trx, caller, right, 'picture.removed', row);
      });
      await clearRemoved([row.id]);
    },

    /** One file of a picture that is not removed; the demo's pictures are drawn the first time. */
    async file(pictureId: string, name: string): Promise<{ bytes: Buffer; contentType: string } | undefined> {
      const wanted = parseFileName(name);
      if (!wanted || !/^[A-Za-z0-9_-]{1,64}$/.test(pictureId)) return undefined;
      const row = await repo.find(pictureId);
      if (!row || !variantWidths(row.width).includes(wanted.width)) return undefined;
      const key = { pictureId, ...wanted };
      let bytes = await store.get(key);
      if (!bytes && row.demo_recipe !== null) {
        const processed = await processPicture(await renderDemoPicture(row.demo_recipe, row.alt_text));
        for (const variant of processed.variants) await store.put({ pictureId, ...variant }, variant.bytes);
        bytes = await store.get(key);
      }
      return bytes ? { bytes, contentType: CONTENT_TYPES[wanted.format] } : undefined;
    },

    /** The `picture-files` job: the files of removed pictures go, then their rows. */
    async sweepRemoved(): Promise<void> {
      await clearRemoved((await repo.removed(100)).map((row) => row.id));
    },
  };

  async function clearRemoved(pictureIds: readonly string[]): Promise<void> {
    for (const id of pictureIds) {
      await store.removeAll(id);
      await repo.deleteRow(id);
    }
  }
}

const missing = (detail: string) => new ProblemError(404, detail, 'not-found');

const keyOf = (row: PicturesTable) => ({ sort: row.created_at, id: row.id });

function rightsMessage(type: PictureSubjectType): string {
  if (type === 'budget-proposal')
    return 'Alleen wie dit voorstel heeft ingediend, of een ambtenaar voor deze ronde, kan hier foto’s bij zetten of weghalen.';
  return 'Alleen de organisatoren van dit initiatief, of een ambtenaar voor deze buurt, kunnen hier foto’s bij zetten of weghalen.';
}

export type PicturesService = ReturnType<typeof createPicturesService>;
