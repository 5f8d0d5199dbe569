import * as z from 'zod';
import { IdSchema, PageQuerySchema, pageOf, TimestampSchema } from './common.ts';

/** What a picture can belong to: an initiative, one of its updates, or a budget proposal. */
export const pictureSubjectTypes = ['initiative', 'initiative-update', 'budget-proposal'] as const;
export const PictureSubjectTypeSchema = z.enum(pictureSubjectTypes).meta({ id: 'PictureSubjectType' });
export type PictureSubjectType = z.infer<typeof PictureSubjectTypeSchema>;

/** The page a subject is shown on: its initiative, or the budget round of a proposal. */
export const pictureParentTypes = ['initiative', 'budget-round'] as const;
export type PictureParentType = (typeof pictureParentTypes)[number];

/** The widths every picture is stored in (never wider than uploaded), each as WebP and as JPEG. */
export const PICTURE_WIDTHS = [400, 1200] as const;
export const PICTURE_FORMATS = ['webp', 'jpeg'] as const;
export type PictureFormat = (typeof PICTURE_FORMATS)[number];

/** The types accepted, decided by the file's content (its first bytes), not its name. */
export const PICTURE_MEDIA_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;

export const ALT_TEXT_MAX = 300;
export const PICTURES_PER_SUBJECT_MAX = 12;

export const AltTextSchema = z
  .string()
  .trim()
  .min(3)
  .max(ALT_TEXT_MAX)
  .describe('What the picture shows, for people who cannot see it (alt text); required');

/** The form fields of an upload (multipart/form-data); `file` is the picture itself. */
export const PictureUploadSchema = z
  .strictObject({
    subjectType: PictureSubjectTypeSchema,
    subjectId: IdSchema,
    altText: AltTextSchema,
    file: z
      .custom<Buffer>((value) => Buffer.isBuffer(value), { message: 'Choose a picture file' })
      .meta({ type: 'string', format: 'binary', description: 'The picture: JPEG, PNG or WebP' }),
  })
  .meta({ id: 'PictureUpload' });

export const PictureChangeSchema = z.strictObject({ altText: AltTextSchema }).meta({ id: 'PictureChange' });

export const PictureParams = z.strictObject({ pictureId: IdSchema });

export const PictureQuerySchema = PageQuerySchema.extend({
  initiativeId: IdSchema.optional().describe('Pictures of this initiative and of its updates'),
  budgetRoundId: IdSchema.optional().describe('Pictures of the proposals of this budget round'),
});

export const PictureFileSchema = z
  .object({
    width: z.number().int().describe('Width in pixels'),
    url: z.string().describe('Where the file is served (long cached: the file never changes)'),
  })
  .meta({ id: 'PictureFile' });

export const PictureSchema = z
  .object({
    id: z.string(),
    subjectType: PictureSubjectTypeSchema,
    subjectId: z.string(),
    altText: z.string(),
    width: z.number().int(),
    height: z.number().int(),
    /** One list per format, narrowest first: a `srcset` each. */
    files: z.object({ webp: z.array(PictureFileSchema), jpeg: z.array(PictureFileSchema) }),
    mayChange: z.boolean().describe('Whether the caller may change the alt text or remove the picture'),
    createdAt: TimestampSchema,
  })
  .meta({ id: 'Picture' });
export type Picture = z.infer<typeof PictureSchema>;
export const PicturePageSchema = pageOf(PictureSchema).meta({ id: 'PicturePage' });
