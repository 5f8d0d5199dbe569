import type { AreasPort } from '../areas/areas.port.ts';
import type { BudgetingPort } from '../budgeting/budgeting.port.ts';
import type { InitiativesPort } from '../initiatives/initiatives.port.ts';
import { DEFAULT_DESCRIPTION } from './site-defaults.ts';

/** What a page's link preview says; the site's name and image are added by the caller. */
export interface PagePreview {
  title: string;
  description: string;
  type: 'website' | 'article';
}

export interface SharePreviewDeps {
  initiatives: Pick<InitiativesPort, 'publicInitiative'>;
  budgeting: Pick<BudgetingPort, 'roundsByIds'>;
  areas: Pick<AreasPort, 'lineage' | 'refs'>;
}

type Describe = (params: string[], siteName: string) => Promise<PagePreview | undefined>;

const fixed =
  (title: string, description: string): Describe =>
  async () => ({ title, description, type: 'website' });

/**
 * The public pages of the web app (their Dutch paths, as in web/modules/<domain>/<domain>.paths.ts)
 * and what a link to each says. Crawlers run no JavaScript, so the server words them. Only what the
 * public may see: a hidden initiative or an unknown id gets the site's own preview.
 */
function routes(deps: SharePreviewDeps): Array<[RegExp, Describe]> {
  const areaName = async (idOrCode: string) => (await deps.areas.lineage(idOrCode))?.area.name;
  const areaNames = async (ids: readonly string[]) =>
    [...(await deps.areas.refs(ids.slice(0, 3))).values()].map((area) => area.name).join(', ');
  return [
    // Fixed pages first: `/initiatieven/kaart` is no initiative.
    [
      /^\/initiatieven$/,
      fixed('Initiatieven', 'Initiatieven van bewoners in de buurt: doe mee, steun ze of begin er zelf een.'),
    ],
    [/^\/initiatieven\/kaart$/, fixed('Initiatieven op de kaart', 'Waar bewoners iets samen doen, op de kaart.')],
    [
      /^\/initiatieven\/hulp-gezocht$/,
      fixed('Hulp gezocht', 'Wat initiatieven nodig hebben: handen, spullen of geld.'),
    ],
    [/^\/buurtbudget$/, fixed('Buurtbudget', 'Bewoners beslissen samen waar het geld van hun buurt naartoe gaat.')],
    [/^\/gemeenschapskracht$/, fixed('Gemeenschapskracht', 'Hoe actief bewoners in elke buurt zijn, in cijfers.')],
    [
      /^\/gemeenschapskracht\/kaart$/,
      fixed('Gemeenschapskracht op de kaart', 'Hoe actief bewoners in elke buurt zijn, op de kaart.'),
    ],
    [/^\/kaart$/, fixed('Buurten op de kaart', 'Alle wijken en buurten van de gemeente.')],
    [/^\/hulp$/, fixed('Burenhulp', 'Vraag of bied hulp aan buren, en ruil tijd met de tijdbank.')],
    [
      /^\/privacyverklaring$/,
      fixed('Privacyverklaring', 'Welke gegevens dit platform gebruikt, waarvoor, en wat uw rechten zijn.'),
    ],
    [
      /^\/toegankelijkheidsverklaring$/,
      fixed('Toegankelijkheidsverklaring', 'Hoe de gemeente zorgt dat iedereen dit platform kan gebruiken.'),
    ],
    [/^\/contact$/, fixed('Contact', 'Hoe u de gemeente bereikt met een vraag over dit platform of uw buurt.')],
    [
      /^\/initiatieven\/([^/]+)$/,
      async ([id], siteName) => {
        const initiative = await deps.initiatives.publicInitiative(id!);
        if (!initiative) return undefined;
        const where = await areaNames(initiative.areaIds);
        return {
          title: initiative.title,
          description: where
            ? `Een initiatief van bewoners in ${where}. Doe mee of steun het op ${siteName}.`
            : `Een initiatief van bewoners. Doe mee of steun het op ${siteName}.`,
          type: 'article',
        };
      },
    ],
    [
      /^\/buurtbudget\/([^/]+)(?:\/uitslag)?$/,
      async ([id]) => {
        const [round] = await deps.budgeting.roundsByIds([id!]);
        if (!round) return undefined;
        const where = await areaNames(round.areaIds);
        return {
          title: round.title,
          description: `Buurtbudget${where ? ` voor ${where}` : ''}: bewoners dienen voorstellen in en stemmen over wat er met het geld gebeurt.`,
          type: 'article',
        };
      },
    ],
    [
      /^\/gebieden\/([^/]+)$/,
      async ([code], siteName) => {
        const name = await areaName(code!);
        return name
          ? {
              title: name,
              description: `Initiatieven, hulp en buurtbudget in ${name}, op ${siteName}.`,
              type: 'website',
            }
          : undefined;
      },
    ],
    [
      /^\/gemeenschapskracht\/([^/]+?)(?:\/netwerk)?$/,
      async ([code]) => {
        const name = await areaName(code!);
        return name
          ? {
              title: `Gemeenschapskracht in ${name}`,
              description: `Hoe actief bewoners in ${name} zijn: initiatieven, hulp en meedoen, in cijfers.`,
              type: 'website',
            }
          : undefined;
      },
    ],
  ];
}

/** The preview of the page at this path (without query), or the site's own for any other page. */
export function createSharePreviews(deps: SharePreviewDeps) {
  const table = routes(deps);
  return async (path: string, siteName: string): Promise<PagePreview> => {
    for (const [pattern, describe] of table) {
      const match = pattern.exec(path);
      if (!match) continue;
      let params: string[];
      try {
        params = match.slice(1).map((part) => decodeURIComponent(part));
      } catch {
        break; // a malformed escape: no page of ours
      }
      const preview = await describe(params, siteName);
      if (preview) return preview;
    }
    return { title: siteName, description: DEFAULT_DESCRIPTION, type: 'website' };
  };
}
