import type { Selectable } from 'kysely';
import type { AreaKind } from '../../../contracts/areas.ts';
import type {
  AreaDashboard,
  Figure,
  FigureRow,
  IndexWeights,
  IndicatorId,
  MonitorMap,
  MonitorSettings,
  Network,
  SurveyFigure,
  SurveyRow,
  SurveyTopic,
} from '../../../contracts/monitor.ts';
import { indicatorIds, IndexWeightsSchema } from '../../../contracts/monitor.ts';
import type { Role } from '../../../contracts/roles.ts';
import type { Clock } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import type { Caller } from '../../http/auth.ts';
import { decodeCursor, encodeCursor } from '../../http/pagination.ts';
import { badRequest, forbidden, notFound } from '../../http/problem.ts';
import { authorityForAll } from '../../http/scope.ts';
import { addCalendarDays } from '../../platform/dutch-time.ts';
import type { ActivityPort } from '../activity/activity.port.ts';
import type { AreasPort } from '../areas/areas.port.ts';
import type { AreaNodeRef } from '../areas/areas.service.ts';
import type { AuditWriter } from '../audit/audit.service.ts';
import type { InitiativesPort } from '../initiatives/initiatives.port.ts';
import {
  applyIndexWeights,
  catalogue,
  communityIndex,
  defaultIndexSettings,
  presentStored,
  type IndexSettings,
} from './indicators.ts';
import { createMonitorRepository } from './monitor.repository.ts';
import type { MonitorValuesTable } from './monitor.tables.ts';
import type { Picture } from './network.ts';

/** Reading the monitor's figures (all public), and the two things staff change: index weights and survey figures. */

export interface MonitorServiceDeps {
  db: Db;
  clock: Clock;
  audit: AuditWriter;
  activity: Pick<ActivityPort, 'recent'>;
  areas: Pick<AreasPort, 'hierarchy' | 'map' | 'lineage'>;
  initiatives: Pick<InitiativesPort, 'initiativeTitles' | 'organisationNames'>;
  windowDays: number;
  minResidents: number;
}

export const WEIGHTS = 'index_weights';
export const LATEST = 'latest_as_of';
/** How far back a neighbourhood's recent activity goes. */
export const RECENT_DAYS = 30;
export const SURVEY_IMPORTERS: readonly Role[] = ['administrator', 'civil_servant'];

const ANY_CODE = /^(GM\d{4}|WK\d{6}|BU\d{8})$/;

export function createMonitorService(deps: MonitorServiceDeps) {
  const repo = createMonitorRepository(deps.db);
  const k = deps.minResidents;

  async function indexSettings(): Promise<IndexSettings> {
    const stored = await repo.state(WEIGHTS);
    const parsed = stored ? IndexWeightsSchema.safeParse(JSON.parse(stored)) : null;
    return applyIndexWeights(defaultIndexSettings(), parsed?.success ? parsed.data : null);
  }

  async function tree() {
    const nodes = await deps.areas.hierarchy();
    const byId = new Map(nodes.map((n) => [n.id, n]));
    const byCode = new Map(nodes.map((n) => [n.code, n]));
    const childrenOf = new Map<string | null, AreaNodeRef[]>();
    for (const node of nodes) childrenOf.set(node.parentId, [...(childrenOf.get(node.parentId) ?? []), node]);
    const find = (idOrCode: string) => (ANY_CODE.test(idOrCode) ? byCode.get(idOrCode) : byId.get(idOrCode));
    const mustFind = (idOrCode: string) => {
      const node = find(idOrCode);
      if (!node) throw notFound('The area');
      return node;
    };
    const subtree = (id: string): AreaNodeRef[] => {
      const node = byId.get(id);
      return node ? [node, ...(childrenOf.get(id) ?? []).flatMap((child) => subtree(child.id))] : [];
    };
    return { nodes, byId, byCode, childrenOf, find, mustFind, subtree };
  }

  const presentRow = (row: Selectable<MonitorValuesTable>, population: number | null): Figure =>
    presentStored(row, population, k);

  const inCatalogueOrder = (figures: Figure[]) =>
    [...figures].sort((a, b) => indicatorIds.indexOf(a.indicator) - indicatorIds.indexOf(b.indicator));

  const presentSurvey = (row: {
    topic: SurveyTopic;
    period: string;
    value: number;
    unit: 'score' | 'percent';
    respondents: number;
    source: string;
  }): SurveyFigure => {
    const suppressed = Number(row.respondents) < k;
    return {
      topic: row.topic,
      period: row.period,
      value: suppressed ? null : Number(row.value),
      unit: row.unit,
      respondents: Number(row.respondents),
      source: row.source,
      suppressed,
    };
  };

  /** Keyset over (area code, indicator) for the open-data list. */
  const positionOf = (code: string, indicator: string) => ({ sort: code, id: indicator });

  return {
    async settings(): Promise<MonitorSettings> {
      return { windowDays: deps.windowDays, minResidents: k, indicators: catalogue(await indexSettings()) };
    },

    async changeWeights(caller: Caller, weights: IndexWeights): Promise<MonitorSettings> {
      const authority = authorityForAll(caller, ['administrator'], [[]]);
      if (!authority) throw forbidden('Only an administrator for the whole municipality may change the index weights.');
      const before = catalogue(await indexSettings());
      const at = deps.clock.now().toISOString();
      const merged = applyIndexWeights(await indexSettings(), weights);
      const stored: IndexWeights = { indicators: indicatorIds.map((id) => ({ id, ...merged[id] })) };
      await deps.db.transaction().execute(async (trx) => {
        await repo.setState(WEIGHTS, JSON.stringify(stored), at, trx);
        await deps.audit(trx, {
          actorId: caller.accountId,
          action: 'monitor.weights-changed',
          subjectType: 'monitor',
          subjectId: 'index',
          before: before.map(({ id, weight, target }) => ({ id, weight, target })),
          after: stored.indicators,
          authority,
        });
      });
      return this.settings();
    },

    async dashboard(idOrCode: string): Promise<AreaDashboard> {
      const areas = await tree();
      const area = areas.mustFind(idOrCode);
      const [rows, latest, settings, survey] = await Promise.all([
        repo.valuesOfArea(area.id),
        repo.state(LATEST),
        indexSettings(),
        repo.surveyOfArea(area.id),
      ]);
      const byDate = new Map<string, Figure[]>();
      for (const row of rows)
        byDate.set(row.as_of, [...(byDate.get(row.as_of) ?? []), presentRow(row, area.population)]);
      const asOf = latest && byDate.has(latest) ? latest : ([...byDate.keys()].sort().at(-1) ?? null);
      const figures = inCatalogueOrder(asOf ? (byDate.get(asOf) ?? []) : []);
      return {
        area: {
          id: area.id,
          kind: area.kind,
          code: area.code,
          name: area.name,
          parentId: area.parentId,
          population: area.population,
        },
        asOf,
        windowDays: deps.windowDays,
        minResidents: k,
        figures,
        index: communityIndex(figures, settings),
        trend: [...byDate.entries()]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([date, list]) => ({
            asOf: date,
            index: communityIndex(list, settings).value,
            figures: inCatalogueOrder(list),
          })),
        survey: survey.map(presentSurvey),
      };
    },

    async figures(query: {
      indicator?: IndicatorId;
      level?: AreaKind;
      parentId?: string;
      limit: number;
      cursor?: string;
    }): Promise<{ items: FigureRow[]; nextCursor: string | null }> {
      const areas = await tree();
      const latest = await repo.state(LATEST);
      const parent = query.parentId ? areas.mustFind(query.parentId) : undefined;
      const after = decodeCursor(query.cursor);
      const candidates = (parent ? (areas.childrenOf.get(parent.id) ?? []) : areas.nodes)
        .filter((a) => !query.level || a.kind === query.level)
        .sort((a, b) => a.code.localeCompare(b.code))
        .filter((a) => !after || a.code >= String(after.sort));
      if (!latest) return { items: [], nextCursor: null };
      const items: FigureRow[] = [];
      const indicators = query.indicator ? [query.indicator] : indicatorIds;
      // Enough areas for one page (and one row more, to know whether there is a next page).
      const perArea = indicators.length;
      const needed = candidates.slice(0, Math.ceil((query.limit + 1) / perArea) + 1);
      const values = await repo.valuesAt(
        latest,
        needed.map((a) => a.id),
        query.indicator,
      );
      const byArea = new Map<string, Map<string, Selectable<MonitorValuesTable>>>();
      for (const row of values) byArea.set(row.area_id, (byArea.get(row.area_id) ?? new Map()).set(row.indicator, row));
      for (const area of needed) {
        for (const indicator of indicators) {
          if (
            after &&
            area.code === String(after.sort) &&
            indicatorIds.indexOf(indicator) <= indicatorIds.indexOf(after.id as IndicatorId)
          )
            continue;
          const row = byArea.get(area.id)?.get(indicator);
          if (!row) continue;
          const figure = presentRow(row, area.population);
          items.push({
            areaId: area.id,
            areaCode: area.code,
            areaName: area.name,
            level: area.kind,
            population: area.population,
            asOf: latest,
            windowDays: deps.windowDays,
            ...figure,
          });
        }
      }
      const page = items.slice(0, query.limit);
      const last = page.at(-1);
      return {
        items: page,
        nextCursor: items.length > query.limit && last ? encodeCursor(positionOf(last.areaCode, last.indicator)) : null,
      };
    },

    async map(query: {
      indicator: IndicatorId;
      parentId?: string;
      limit: number;
      cursor?: string;
    }): Promise<MonitorMap> {
      const areas = await tree();
      const root = query.parentId ? areas.mustFind(query.parentId) : areas.nodes.find((a) => a.kind === 'municipality');
      const latest = await repo.state(LATEST);
      if (!root) return { type: 'FeatureCollection', asOf: latest, features: [], nextCursor: null };
      const after = decodeCursor(query.cursor);
      const features = (await deps.areas.map(root.id)).features
        .filter((f) => !after || f.properties.code > String(after.sort))
        .slice(0, query.limit + 1);
      const page = features.slice(0, query.limit);
      const [values, settings] = await Promise.all([
        latest
          ? repo.valuesAt(
              latest,
              page.map((f) => f.id),
            )
          : Promise.resolve([]),
        indexSettings(),
      ]);
      const figuresOf = new Map<string, Figure[]>();
      for (const row of values) {
        const population = areas.byId.get(row.area_id)?.population ?? null;
        figuresOf.set(row.area_id, [...(figuresOf.get(row.area_id) ?? []), presentRow(row, population)]);
      }
      const last = page.at(-1);
      return {
        type: 'FeatureCollection',
        asOf: latest,
        features: page.map((feature) => {
          const figures = figuresOf.get(feature.id) ?? [];
          const figure = figures.find((f) => f.indicator === query.indicator);
          return {
            type: 'Feature' as const,
            id: feature.id,
            geometry: feature.geometry,
            properties: {
              code: feature.properties.code,
              name: feature.properties.name,
              parentId: feature.properties.parentId,
              population: feature.properties.population,
              indicator: query.indicator,
              value: figure?.value ?? null,
              suppressed: figure?.suppressed ?? false,
              index: figures.length > 0 ? communityIndex(figures, settings).value : null,
            },
          };
        }),
        nextCursor:
          features.length > query.limit && last ? encodeCursor({ sort: last.properties.code, id: last.id }) : null,
      };
    },

    async network(idOrCode: string): Promise<Network> {
      const areas = await tree();
      const area = areas.mustFind(idOrCode);
      const row = await repo.network(area.id);
      if (!row) return { asOf: null, nodes: [], edges: [], hiddenGroups: 0 };
      const stored = JSON.parse(row.network_json) as Picture;
      // Resident groups and ties of fewer residents than the minimum are left out entirely.
      const hidden = stored.nodes.filter((n) => n.kind === 'residents' && n.size < k);
      const shown = stored.nodes.filter((n) => !(n.kind === 'residents' && n.size < k));
      const shownIds = new Set(shown.map((n) => n.id));
      const edges = stored.edges.filter((e) => shownIds.has(e.source) && shownIds.has(e.target) && e.weight >= k);
      const connected = new Set(edges.flatMap((e) => [e.source, e.target]));
      const nodes = shown.filter((n) => n.kind === 'residents' || connected.has(n.id));
      const [titles, names] = await Promise.all([
        deps.initiatives.initiativeTitles(nodes.filter((n) => n.kind === 'initiative').map((n) => n.ref)),
        deps.initiatives.organisationNames(nodes.filter((n) => n.kind === 'organisation').map((n) => n.ref)),
      ]);
      const labelled = nodes
        .map((n) => ({
          id: n.id,
          kind: n.kind,
          label:
            n.kind === 'residents'
              ? (areas.byId.get(n.ref)?.name ?? '')
              : n.kind === 'initiative'
                ? (titles.get(n.ref) ?? '')
                : n.kind === 'organisation'
                  ? (names.get(n.ref) ?? '')
                  : (areas.nodes.find((a) => a.kind === 'municipality')?.name ?? ''),
          size: n.size,
          areaId: n.areaId,
        }))
        .filter((n) => n.label !== '');
      const kept = new Set(labelled.map((n) => n.id));
      return {
        asOf: row.as_of,
        nodes: labelled,
        edges: edges.filter((e) => kept.has(e.source) && kept.has(e.target)),
        hiddenGroups: hidden.length,
      };
    },

    async recent(idOrCode: string, limit: number, cursor?: string) {
      const areas = await tree();
      const area = areas.mustFind(idOrCode);
      const ids = areas.subtree(area.id).map((a) => a.id);
      const since = addCalendarDays(deps.clock.now(), -RECENT_DAYS).toISOString();
      const rows = await deps.activity.recent(ids, since, limit, decodeCursor(cursor));
      const page = rows.slice(0, limit);
      const last = page.at(-1);
      return {
        items: page.map((row) => ({
          verb: row.verb,
          occurredOn: row.occurredAt.slice(0, 10),
          subjectType: row.subjectType,
          subjectId: row.subjectId,
        })),
        nextCursor: rows.length > limit && last ? encodeCursor({ sort: last.occurredAt, id: last.id }) : null,
      };
    },

    async survey(query: { topic?: SurveyTopic; parentId?: string; limit: number; cursor?: string }): Promise<{
      items: SurveyRow[];
      nextCursor: string | null;
    }> {
      const areas = await tree();
      const parent = query.parentId ? areas.mustFind(query.parentId) : undefined;
      const after = decodeCursor(query.cursor);
      const candidates = (parent ? (areas.childrenOf.get(parent.id) ?? []) : areas.nodes)
        .sort((a, b) => a.code.localeCompare(b.code))
        .filter((a) => !after || a.code >= String(after.sort));
      const rows: SurveyRow[] = [];
      // Survey rows per area are few (topics × periods): read areas in slices until the page is full.
      for (let i = 0; i < candidates.length && rows.length <= query.limit; i += 50) {
        const slice = candidates.slice(i, i + 50);
        const found = await repo.surveyOf(
          slice.map((a) => a.id),
          query.topic,
        );
        for (const area of slice) {
          for (const row of found.filter((r) => r.area_id === area.id)) {
            const key = `${row.topic}|${row.period}`;
            if (after && area.code === String(after.sort) && key <= after.id) continue;
            rows.push({ ...presentSurvey(row), areaId: area.id, areaCode: area.code, areaName: area.name });
          }
        }
      }
      const page = rows.slice(0, query.limit);
      const last = page.at(-1);
      return {
        items: page,
        nextCursor:
          rows.length > query.limit && last
            ? encodeCursor({ sort: last.areaCode, id: `${last.topic}|${last.period}` })
            : null,
      };
    },

    /** All or nothing: every line is checked, and every area must be in the caller's scope. */
    async importSurvey(caller: Caller, input: { source: string; csv: string }) {
      // csv-parse loads with the first import, not at start-up.
      const { parseSurveyCsv } = await import('./survey.ts');
      const parsed = parseSurveyCsv(input.csv);
      if ('problems' in parsed) throw badRequest('The survey file has lines that cannot be imported.', parsed.problems);
      const areas = await tree();
      const unknown = parsed.lines.filter((line) => !areas.byCode.has(line.areaCode));
      if (unknown.length > 0)
        throw badRequest(
          'The survey file names areas this municipality does not have.',
          unknown.slice(0, 50).map((line) => ({
            name: `body.csv.line${line.line}`,
            reason: `Unknown area code ${line.areaCode}`,
            code: 'unknownArea',
            params: { line: line.line, areaCode: line.areaCode },
          })),
        );
      const lineages = await Promise.all(
        [...new Set(parsed.lines.map((l) => l.areaCode))].map(
          async (code) => (await deps.areas.lineage(code))?.ids ?? [],
        ),
      );
      const authority = authorityForAll(caller, SURVEY_IMPORTERS, lineages);
      if (!authority) throw forbidden('The survey file names areas outside the areas you work for.');
      const at = deps.clock.now().toISOString();
      const rows = parsed.lines.map((line) => ({
        area_id: areas.byCode.get(line.areaCode)!.id,
        topic: line.topic,
        period: line.period,
        value: line.value,
        unit: line.unit,
        respondents: line.respondents,
        source: input.source,
        imported_at: at,
        imported_by: caller.accountId,
      }));
      return deps.db.transaction().execute(async (trx) => {
        const replaced = await repo.upsertSurvey(trx, rows);
        await deps.audit(trx, {
          actorId: caller.accountId,
          action: 'monitor.survey-imported',
          subjectType: 'monitor',
          subjectId: 'survey',
          areaId: authority.areaId,
          after: { source: input.source, lines: rows.length, replaced },
          authority,
        });
        return { imported: rows.length, replaced };
      });
    },
  };
}
export type MonitorService = ReturnType<typeof createMonitorService>;
