import type { PictureParentType, PictureSubjectType } from '../../../contracts/pictures.ts';

/** One picture: what it belongs to, its alt text and its size; its files are in the picture store. */
export interface PicturesTable {
  id: string;
  subject_type: PictureSubjectType;
  subject_id: string;
  /** The initiative or budget round the subject belongs to (an initiative's own pictures: itself). */
  parent_type: PictureParentType;
  parent_id: string;
  alt_text: string;
  /** Of the picture as uploaded, after turning it upright. */
  width: number;
  height: number;
  /** Null for the demo's generated pictures. */
  uploaded_by: string | null;
  /** The demo's pictures are drawn when first asked for, from this recipe (demo-pictures.ts). */
  demo_recipe: string | null;
  created_at: string;
  updated_at: string;
  /** Set when removed; the row goes once its files are gone (the `picture-files` job). */
  removed_at: string | null;
}

export interface PicturesTables {
  pictures: PicturesTable;
}
