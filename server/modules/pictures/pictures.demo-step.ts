import type { GeneratorStep } from '../../platform/demo/generator.ts';
import { DEMO_SCENES, demoRecipe, type DemoScene } from './demo-pictures.ts';
import type { PicturesTable } from './pictures.tables.ts';

const ALT_TEXTS: Record<DemoScene, string> = {
  garden: 'Tekening van een buurtmoestuin: zes bakken met bloeiende planten onder een blauwe lucht.',
  street: 'Tekening van een straat met vijf huizen met puntdaken in verschillende kleuren.',
  park: 'Tekening van een park met een rij bomen op het gras.',
  playground: 'Tekening van een speeltuin met een schommel en een glijbaan.',
};

/** How many initiatives, updates and proposals get a demo picture. */
const INITIATIVES = 12;
const UPDATES = 8;
const PROPOSALS = 10;

/**
 * A few pictures for the demo: rows only, each with a recipe; the pictures module draws the files
 * (with sharp) the first time they are asked for, so no image is kept in git or made up front.
 */
export const picturesDemoStep: GeneratorStep = {
  name: 'pictures',
  async run(context) {
    const random = context.random('pictures');
    const ids = context.ids('pictures');
    const rows: PicturesTable[] = [];
    const add = (
      subject: Pick<PicturesTable, 'subject_type' | 'subject_id' | 'parent_type' | 'parent_id'>,
      createdAt: string,
    ) => {
      const scene = random.pick(DEMO_SCENES);
      rows.push({
        id: ids(),
        ...subject,
        alt_text: ALT_TEXTS[scene],
        width: 1200,
        height: 800,
        uploaded_by: null,
        demo_recipe: demoRecipe(scene, random.int(0, 360)),
        created_at: createdAt,
        updated_at: createdAt,
        removed_at: null,
      });
    };
    const initiatives = await context.db
      .selectFrom('initiatives')
      .select(['id', 'created_at'])
      .where('hidden_at', 'is', null)
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .limit(INITIATIVES)
      .execute();
    for (const initiative of initiatives)
      add(
        { subject_type: 'initiative', subject_id: initiative.id, parent_type: 'initiative', parent_id: initiative.id },
        initiative.created_at,
      );
    const updates = await context.db
      .selectFrom('initiative_updates')
      .select(['id', 'initiative_id', 'created_at'])
      .where('hidden_at', 'is', null)
      .where('initiative_id', 'in', initiatives.map((i) => i.id).concat(['']))
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .limit(UPDATES)
      .execute();
    for (const update of updates)
      add(
        {
          subject_type: 'initiative-update',
          subject_id: update.id,
          parent_type: 'initiative',
          parent_id: update.initiative_id,
        },
        update.created_at,
      );
    const proposals = await context.db
      .selectFrom('budget_proposals')
      .select(['id', 'round_id', 'created_at'])
      .where('status', '!=', 'withdrawn')
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .limit(PROPOSALS)
      .execute();
    for (const proposal of proposals)
      add(
        {
          subject_type: 'budget-proposal',
          subject_id: proposal.id,
          parent_type: 'budget-round',
          parent_id: proposal.round_id,
        },
        proposal.created_at,
      );
    await context.insert('pictures', rows);
  },
};
