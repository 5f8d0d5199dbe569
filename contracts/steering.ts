import * as z from 'zod';
import { AreaRefSchema } from './areas.ts';
import { IdSchema, PageQuerySchema, TimestampSchema, pageOf } from './common.ts';
import { QueryBoolean } from './initiatives.ts';
import { titleText } from './text.ts';

/**
 * Layered steering (docs/steering.md): the register of public tasks, the explained steering advice
 * for every task and every initiative that carries public work, the municipality's published
 * decisions with their instruments, grants, milestones, incidents, residents' responses, the Right to
 * Challenge and the 3.0 → 4.0 picture. Everything except incidents and the worklist is public.
 */

// ——— Shared vocabularies ———

/** Four modes, escalating: faciliteren → kaderstellen → dwingen → overnemen (DESIGN.md, "The steering model"). */
export const steeringLayers = ['facilitate', 'frameworks', 'compel', 'take_over'] as const;
export const SteeringLayerSchema = z
  .enum(steeringLayers)
  .describe('facilitate (faciliteren), frameworks (kaderstellen), compel (dwingen), take_over (overnemen)')
  .meta({ id: 'SteeringLayer' });
export type SteeringLayer = z.infer<typeof SteeringLayerSchema>;

export const taskRisks = ['low', 'medium', 'high', 'critical'] as const;
export const TaskRiskSchema = z
  .enum(taskRisks)
  .describe('The public risk when the task fails')
  .meta({ id: 'PublicTaskRisk' });
export type TaskRisk = z.infer<typeof TaskRiskSchema>;

export const providerKinds = ['municipality', 'community', 'market', 'co_production'] as const;
export const ProviderKindSchema = z
  .enum(providerKinds)
  .describe('Who carries the task: the municipality, the community (an initiative), the market, or co-production')
  .meta({ id: 'PublicTaskProviderKind' });
export type ProviderKind = z.infer<typeof ProviderKindSchema>;

export const taskDomains = [
  'care_and_wellbeing',
  'safety',
  'green_and_public_space',
  'energy_and_climate',
  'culture',
  'youth',
  'sport',
  'work_and_economy',
  'mobility',
  'waste',
  'permits_and_enforcement',
  'public_services',
] as const;
export const TaskDomainSchema = z.enum(taskDomains).meta({ id: 'PublicTaskDomain' });
export type TaskDomain = z.infer<typeof TaskDomainSchema>;

export const subjectTypes = ['task', 'initiative'] as const;
export const SubjectTypeSchema = z
  .enum(subjectTypes)
  .describe('What is steered: a public task, or an initiative that carries public work')
  .meta({ id: 'SteeringSubjectType' });
export type SubjectType = z.infer<typeof SubjectTypeSchema>;

/** A calendar date in Amsterdam. */
export const DateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'A date as YYYY-MM-DD')
  .refine(
    (value) =>
      !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value),
    'Not a real date',
  )
  .describe('Date (YYYY-MM-DD)');

/** Euro cents; budgets up to € 10 billion. */
export const CentsSchema = z.number().int().min(0).max(1_000_000_000_000).describe('Euro cents');

const Text = (min: number, max: number) => z.string().trim().min(min, `At least ${min} characters`).max(max);
const TaskTitle = titleText({ min: 3, max: 140, tooShort: 'At least 3 characters' });

export const SubjectRefSchema = z
  .object({
    type: SubjectTypeSchema,
    id: z.string(),
    title: z.string().describe('The task title or the initiative title (empty when the initiative is hidden)'),
    area: AreaRefSchema.nullable(),
  })
  .meta({ id: 'SteeringSubjectRef' });
export type SubjectRef = z.infer<typeof SubjectRefSchema>;

export const NamedRefSchema = z.object({ id: z.string(), name: z.string() }).meta({ id: 'SteeringNamedRef' });

/** open, due soon, overdue — or done (answered, decided, received). */
export const DeadlineStateSchema = z
  .enum(['open', 'due_soon', 'overdue', 'done'])
  .meta({ id: 'SteeringDeadlineState' });
export type DeadlineState = z.infer<typeof DeadlineStateSchema>;

// ——— Field problems: why the server refused a field, as a code the web app words ———

/**
 * The steering services' reasons for refusing a field that the contract alone cannot check (a date
 * against today, a recipient that does not exist, a cost above the budget). Each `invalidParams`
 * entry they give carries `code` and, where a number or a word belongs in the sentence, `params`;
 * `reason` says the same in English for developers. Checks of the contract itself (lengths,
 * required fields) are the shared validation's, which the web app runs before sending.
 */
export const steeringFieldProblems = [
  'today_or_earlier',
  'today_or_later',
  'after_today',
  'review_too_far',
  'no_area',
  'no_initiative',
  'no_organisation',
  'initiative_required',
  'initiative_not_for_provider',
  'organisation_not_for_municipality',
  'exclusive_stays',
  'recipient_missing',
  'deviation_required',
  'at_most_remaining',
  'at_most_paid',
  'report_not_overdue',
  'used_as_agreed',
  'cost_above_budget',
  'not_partner',
] as const;
export const SteeringFieldProblemCodeSchema = z.enum(steeringFieldProblems).meta({ id: 'SteeringFieldProblemCode' });
export type SteeringFieldProblemCode = z.infer<typeof SteeringFieldProblemCodeSchema>;

export const SteeringFieldProblemSchema = z
  .object({
    name: z.string().describe('The field, e.g. body.reviewDate'),
    reason: z.string().describe('In English, for developers'),
    code: SteeringFieldProblemCodeSchema,
    params: z
      .record(z.string(), z.union([z.string(), z.number()]))
      .optional()
      .describe('cents (an amount), years, layer (a SteeringLayer), provider (a PublicTaskProviderKind)'),
  })
  .meta({ id: 'SteeringFieldProblem' });
export type SteeringFieldProblem = z.infer<typeof SteeringFieldProblemSchema>;

// ——— Public tasks ———

export const TaskProviderSchema = z
  .object({
    kind: ProviderKindSchema,
    initiative: NamedRefSchema.nullable().describe('The initiative that delivers it (community, co-production)'),
    organisation: NamedRefSchema.nullable().describe('The organisation that delivers it, or the legal entity'),
  })
  .meta({ id: 'PublicTaskProvider' });

export const PublicTaskSchema = z
  .object({
    id: z.string(),
    area: AreaRefSchema,
    title: z.string(),
    domain: TaskDomainSchema,
    description: z.string(),
    legalBasis: z.string().nullable().describe('The law or regulation, e.g. "Wmo 2015, art. 2.3.1"'),
    statutory: z.boolean().describe('A statutory duty (wettelijke taak): raises the risk by one step in the advice'),
    exclusive: z
      .boolean()
      .describe('An exclusive government task (permits, enforcement): never handed over or challenged'),
    risk: TaskRiskSchema,
    yearlyBudgetCents: CentsSchema,
    provider: TaskProviderSchema,
    department: z.string(),
    advice: z
      .object({ layer: SteeringLayerSchema, pendingLayer: SteeringLayerSchema.nullable() })
      .nullable()
      .describe('The current advice (null before the first computation)'),
    decision: z
      .object({ id: z.string(), layer: SteeringLayerSchema, reviewDate: DateSchema })
      .nullable()
      .describe('The decision in force'),
    openChallenges: z.number().int().describe('Challenges submitted and not yet decided'),
    createdAt: TimestampSchema,
    updatedAt: TimestampSchema,
  })
  .meta({ id: 'PublicTask' });
export type PublicTask = z.infer<typeof PublicTaskSchema>;
export const PublicTaskPageSchema = pageOf(PublicTaskSchema).meta({ id: 'PublicTaskPage' });

export const PublicTaskQuerySchema = PageQuerySchema.extend({
  areaId: IdSchema.optional().describe('Only tasks of this area and the areas inside it'),
  provider: ProviderKindSchema.optional(),
  domain: TaskDomainSchema.optional(),
  challengeable: QueryBoolean.optional().describe('true: only tasks that may be challenged (not exclusive)'),
});

export const PublicTaskParams = z.strictObject({ taskId: IdSchema });

const taskFields = {
  title: TaskTitle,
  domain: TaskDomainSchema,
  description: Text(10, 5000),
  legalBasis: Text(2, 300).nullable().optional(),
  statutory: z.boolean(),
  exclusive: z.boolean(),
  risk: TaskRiskSchema,
  yearlyBudgetCents: CentsSchema,
  department: Text(2, 120),
};

export const CreatePublicTaskSchema = z
  .strictObject({
    areaId: IdSchema.describe('The municipality, a district or a neighbourhood'),
    ...taskFields,
    provider: ProviderKindSchema.default('municipality'),
    providerInitiativeId: IdSchema.nullable().optional().describe('Required for community and co_production'),
    providerOrganisationId: IdSchema.nullable().optional(),
  })
  .meta({ id: 'PublicTaskCreation' });
export type CreatePublicTask = z.infer<typeof CreatePublicTaskSchema>;

export const UpdatePublicTaskSchema = z
  .strictObject({
    title: taskFields.title.optional(),
    domain: taskFields.domain.optional(),
    description: taskFields.description.optional(),
    legalBasis: taskFields.legalBasis,
    statutory: z.boolean().optional(),
    exclusive: z.boolean().optional(),
    risk: TaskRiskSchema.optional(),
    yearlyBudgetCents: CentsSchema.optional(),
    department: taskFields.department.optional(),
    reason: Text(5, 1000).describe('Why it changed (audit log)'),
  })
  .meta({ id: 'PublicTaskUpdate' });
export type UpdatePublicTask = z.infer<typeof UpdatePublicTaskSchema>;

export const ChangeProviderSchema = z
  .strictObject({
    provider: ProviderKindSchema,
    initiativeId: IdSchema.nullable().optional().describe('Required for community and co_production'),
    organisationId: IdSchema.nullable().optional(),
    reason: Text(10, 2000),
  })
  .meta({ id: 'PublicTaskProviderChangeCreation' });
export type ChangeProvider = z.infer<typeof ChangeProviderSchema>;

export const ProviderChangeSchema = z
  .object({
    id: z.string(),
    taskId: z.string(),
    kind: z
      .enum(['created', 'provider', 'budget'])
      .describe('What changed: the task was registered, its provider changed, or its budget changed'),
    provider: TaskProviderSchema,
    yearlyBudgetCents: CentsSchema.describe('The budget at the moment of the change'),
    reason: z
      .string()
      .describe('The words of the person who changed it; empty when there were none (a task registered)'),
    challengeId: z.string().nullable().describe('The accepted challenge that caused it'),
    changedAt: TimestampSchema,
  })
  .meta({ id: 'PublicTaskProviderChange' });
export const ProviderChangePageSchema = pageOf(ProviderChangeSchema).meta({ id: 'PublicTaskProviderChangePage' });

// ——— Thresholds (settings an administrator changes in the app) ———

export const SteeringThresholdsSchema = z
  .strictObject({
    capacity: z.strictObject({
      minActiveMembers: z
        .number()
        .int()
        .min(1)
        .max(1000)
        .describe('Adequate capacity: at least this many active members'),
      strongActiveMembers: z.number().int().min(1).max(1000).describe('Strong capacity: at least this many'),
      minPledgeKeptShare: z.number().min(0).max(1).describe('Share of pledges kept (when any were made)'),
      minMonthsActive: z.number().int().min(0).max(120).describe('Strong capacity: continuity in months'),
      strongSupporters: z.number().int().min(0).max(100_000).describe('Strong capacity: verified supporters (reach)'),
      areaIndexAdequate: z
        .number()
        .min(0)
        .max(100)
        .describe('Without an initiative: community-power index for adequate'),
      areaIndexWeak: z.number().min(0).max(100).describe('Without an initiative: below this the capacity is absent'),
    }),
    performance: z.strictObject({
      windowWeeks: z.number().int().min(1).max(104).describe('Missed milestones and incidents count for this long'),
      frameworksMissed: z.number().int().min(1).max(100),
      compelMissed: z.number().int().min(1).max(100),
      takeOverMissed: z.number().int().min(1).max(100),
      frameworksIncidents: z.number().int().min(1).max(100),
      compelIncidents: z.number().int().min(1).max(100),
      minHelpAnswered: z
        .number()
        .min(0)
        .max(1)
        .describe('Below this share of help requests answered in the area, at least frameworks'),
    }),
    hysteresis: z.strictObject({
      upWeeks: z.number().int().min(0).max(52).describe('A signal to move up must last this long'),
      downWeeks: z.number().int().min(0).max(52).describe('A recovery must last this long to move down'),
    }),
    deadlines: z.strictObject({
      challengeAssessmentWeeks: z.number().int().min(1).max(52),
      responseAnswerDays: z.number().int().min(1).max(365),
      dueSoonDays: z.number().int().min(0).max(90),
    }),
  })
  .superRefine((t, ctx) => {
    const order = (path: string[], low: number, high: number, message: string) => {
      if (low > high) ctx.addIssue({ code: 'custom', path, message });
    };
    order(
      ['capacity', 'strongActiveMembers'],
      t.capacity.minActiveMembers,
      t.capacity.strongActiveMembers,
      'At least minActiveMembers',
    );
    order(
      ['capacity', 'areaIndexAdequate'],
      t.capacity.areaIndexWeak,
      t.capacity.areaIndexAdequate,
      'At least areaIndexWeak',
    );
    order(
      ['performance', 'compelMissed'],
      t.performance.frameworksMissed,
      t.performance.compelMissed,
      'At least frameworksMissed',
    );
    order(
      ['performance', 'takeOverMissed'],
      t.performance.compelMissed,
      t.performance.takeOverMissed,
      'At least compelMissed',
    );
    order(
      ['performance', 'compelIncidents'],
      t.performance.frameworksIncidents,
      t.performance.compelIncidents,
      'At least frameworksIncidents',
    );
  })
  .meta({ id: 'SteeringThresholds' });
export type SteeringThresholds = z.infer<typeof SteeringThresholdsSchema>;

export const SteeringSettingsSchema = z
  .object({
    thresholds: SteeringThresholdsSchema,
    defaults: SteeringThresholdsSchema,
    updatedAt: TimestampSchema.nullable().describe('Null while the defaults apply'),
    /** The capacity × risk matrix of the rule (rows: capacity strong → absent; columns: risk low → critical). */
    matrix: z.array(z.array(SteeringLayerSchema)),
  })
  .meta({ id: 'SteeringSettings' });
export type SteeringSettings = z.infer<typeof SteeringSettingsSchema>;

// ——— Advice ———

export const capacityLevels = ['strong', 'adequate', 'weak', 'absent'] as const;
export const CapacityLevelSchema = z.enum(capacityLevels).meta({ id: 'SteeringCapacityLevel' });
export type CapacityLevel = z.infer<typeof CapacityLevelSchema>;

export const adviceRules = [
  'exclusive_task',
  'critical_incident',
  'milestones_failing_badly',
  'milestones_failing',
  'incidents_repeated',
  'milestones_slipping',
  'incident_reported',
  'help_unanswered',
  'capacity_and_risk',
] as const;
export const AdviceRuleSchema = z
  .enum(adviceRules)
  .describe('The rule that fired (docs/steering.md lists each with its thresholds)')
  .meta({ id: 'SteeringAdviceRule' });
export type AdviceRule = z.infer<typeof AdviceRuleSchema>;

export const adviceInputKeys = [
  'provider',
  'risk',
  'statutory',
  'effectiveRisk',
  'exclusive',
  'activeMembers',
  'pledgesMade',
  'pledgesKept',
  'pledgeKeptShare',
  'monthsActive',
  'verifiedSupporters',
  'areaIndex',
  'helpAnswered',
  'capacity',
  'milestonesMet',
  'milestonesMissed',
  'incidents',
  'criticalIncidents',
] as const;
export const AdviceInputKeySchema = z.enum(adviceInputKeys).meta({ id: 'SteeringAdviceInputKey' });
export type AdviceInputKey = z.infer<typeof AdviceInputKeySchema>;

export const AdviceInputSchema = z
  .object({
    key: AdviceInputKeySchema,
    value: z.union([z.number(), z.string(), z.boolean()]).nullable().describe('Null: not measured (or suppressed)'),
    source: z.enum(['task', 'initiative', 'monitor', 'milestones', 'incidents', 'rule']),
  })
  .meta({ id: 'SteeringAdviceInputValue' });
export type AdviceInput = z.infer<typeof AdviceInputSchema>;

export const ChangeConditionSchema = z
  .object({
    input: AdviceInputKeySchema,
    op: z.enum(['at_least', 'at_most', 'equals']),
    value: z.union([z.number(), z.string(), z.boolean()]),
    current: z.union([z.number(), z.string(), z.boolean()]).nullable(),
  })
  .meta({ id: 'SteeringChangeCondition' });
export type ChangeCondition = z.infer<typeof ChangeConditionSchema>;

export const ChangePathSchema = z
  .object({
    toLayer: SteeringLayerSchema,
    conditions: z.array(ChangeConditionSchema).describe('All of them together'),
    sustainedWeeks: z.number().int().describe('How long they must hold before the advice moves'),
    text: z.string().describe('The same in English words with numbers (the web app words it from the conditions)'),
  })
  .meta({ id: 'SteeringChangePath' });
export type ChangePath = z.infer<typeof ChangePathSchema>;

export const PendingChangeSchema = z
  .object({
    layer: SteeringLayerSchema,
    since: TimestampSchema.describe('When the signal was first seen'),
    effectiveFrom: TimestampSchema.describe('When the advice moves if the signal still holds'),
  })
  .meta({ id: 'SteeringPendingChange' });

export const SteeringAdviceSchema = z
  .object({
    subject: SubjectRefSchema,
    layer: SteeringLayerSchema.describe('The advice, after slow leadership (hysteresis)'),
    rawLayer: SteeringLayerSchema.describe('What the rule says from today’s inputs alone'),
    rule: AdviceRuleSchema,
    capacity: CapacityLevelSchema,
    effectiveRisk: TaskRiskSchema,
    inputs: z.array(AdviceInputSchema),
    pending: PendingChangeSchema.nullable(),
    whatWouldChange: z
      .array(ChangePathSchema)
      .describe('One layer down (when there is one), and the path back to facilitate'),
    thresholds: SteeringThresholdsSchema.describe('The thresholds this advice was computed with'),
    changedAt: TimestampSchema.describe('Since when the advice has this layer'),
    computedAt: TimestampSchema,
  })
  .meta({ id: 'SteeringAdvice' });
export type SteeringAdvice = z.infer<typeof SteeringAdviceSchema>;

export const AdviceSummarySchema = z
  .object({
    subject: SubjectRefSchema,
    layer: SteeringLayerSchema,
    rawLayer: SteeringLayerSchema,
    rule: AdviceRuleSchema,
    pendingLayer: SteeringLayerSchema.nullable(),
    decisionLayer: SteeringLayerSchema.nullable().describe('The layer of the decision in force'),
    changedAt: TimestampSchema,
    computedAt: TimestampSchema,
  })
  .meta({ id: 'SteeringAdviceSummary' });
export const AdvicePageSchema = pageOf(AdviceSummarySchema).meta({ id: 'SteeringAdvicePage' });
export const AdviceQuerySchema = PageQuerySchema.extend({
  areaId: IdSchema.optional().describe('Only subjects of this area and the areas inside it'),
  subjectType: SubjectTypeSchema.optional(),
  layer: SteeringLayerSchema.optional(),
});

export const AdviceParams = z.strictObject({ subjectType: SubjectTypeSchema, subjectId: IdSchema });

export const adviceChanges = ['initial', 'up', 'down', 'signal', 'signal_cleared', 'recomputed'] as const;
export const AdviceTimelineEntrySchema = z
  .object({
    id: z.string(),
    layer: SteeringLayerSchema,
    rawLayer: SteeringLayerSchema,
    rule: AdviceRuleSchema,
    change: z
      .enum(adviceChanges)
      .describe(
        'initial; up/down: the advice moved; signal: a change started to build up; signal_cleared; recomputed: the rule or thresholds changed',
      ),
    pendingLayer: SteeringLayerSchema.nullable(),
    inputs: z.array(AdviceInputSchema).describe('The inputs when this entry was made'),
    changedAt: TimestampSchema,
  })
  .meta({ id: 'SteeringAdviceTimelineEntry' });
export const AdviceTimelinePageSchema = pageOf(AdviceTimelineEntrySchema).meta({ id: 'SteeringAdviceTimelinePage' });

// ——— Decisions and instruments ———

const MilestoneDraftSchema = z
  .strictObject({ title: Text(3, 200), dueDate: DateSchema })
  .meta({ id: 'SteeringMilestoneDraft' });

export const GrantDraftSchema = z
  .strictObject({
    amountCents: z.number().int().min(1).max(1_000_000_000_000),
    purpose: Text(10, 1000),
    reportDueDate: DateSchema.describe('When the report on how the money was used is due'),
    recipientInitiativeId: IdSchema.nullable().optional(),
    recipientOrganisationId: IdSchema.nullable().optional(),
  })
  .meta({ id: 'SteeringGrantDraft' });

const Described = z.strictObject({ description: Text(5, 2000) });

export const InstrumentsSchema = z
  .strictObject({
    /** facilitate */
    grant: GrantDraftSchema.optional(),
    space: Described.optional().describe('A place to use'),
    permit: Described.optional(),
    expertise: Described.optional(),
    contactPerson: z.strictObject({ name: Text(2, 120), department: Text(2, 120) }).optional(),
    /** frameworks */
    agreement: z
      .strictObject({
        conditions: z.array(Text(5, 1000)).min(1).max(30),
        reporting: Text(5, 1000).optional(),
        milestones: z.array(MilestoneDraftSchema).min(1).max(30),
      })
      .optional(),
    /** compel */
    enforcement: z
      .strictObject({
        conditions: z
          .array(z.strictObject({ condition: Text(5, 1000), deadline: DateSchema, consequence: Text(5, 1000) }))
          .min(1)
          .max(30),
      })
      .optional(),
    /** take over */
    takeOver: z
      .strictObject({
        deliveredBy: Text(2, 200).describe('Who delivers the task now'),
        plan: Text(20, 5000).describe('The plan to hand it back'),
        handBackDate: DateSchema,
      })
      .optional(),
  })
  .meta({ id: 'SteeringInstruments' });
export type Instruments = z.infer<typeof InstrumentsSchema>;

/** The instruments each layer needs at least (a decision may use more, from lower layers too). */
export function missingInstruments(layer: SteeringLayer, instruments: Instruments): string[] {
  switch (layer) {
    case 'facilitate':
      return instruments.grant ||
        instruments.space ||
        instruments.permit ||
        instruments.expertise ||
        instruments.contactPerson
        ? []
        : ['grant', 'space', 'permit', 'expertise', 'contactPerson'];
    case 'frameworks':
      return instruments.agreement ? [] : ['agreement'];
    case 'compel':
      return instruments.enforcement ? [] : ['enforcement'];
    case 'take_over':
      return instruments.takeOver ? [] : ['takeOver'];
  }
}

export const CreateDecisionSchema = z
  .strictObject({
    subjectType: SubjectTypeSchema,
    subjectId: IdSchema,
    layer: SteeringLayerSchema,
    motivation: Text(30, 10_000).describe('Why this layer (required)'),
    deviationReason: Text(30, 5000)
      .optional()
      .describe('Required when the layer differs from the advice: why the officer does not follow it'),
    instruments: InstrumentsSchema,
    proportionalityReason: Text(30, 5000).optional().describe('Required for compel and take_over'),
    leastIntrusiveAlternative: Text(10, 5000)
      .optional()
      .describe('Required for compel and take_over: the lighter measure that was considered, and why it is not enough'),
    reviewDate: DateSchema.describe('When the decision is looked at again'),
  })
  .superRefine((body, ctx) => {
    for (const name of missingInstruments(body.layer, body.instruments).slice(0, 1))
      ctx.addIssue({
        code: 'custom',
        path: ['instruments', name],
        message:
          body.layer === 'facilitate'
            ? 'Facilitating needs at least one instrument: grant, space, permit, expertise or contactPerson'
            : `Required for ${body.layer}`,
      });
    if (body.layer === 'compel' || body.layer === 'take_over') {
      if (!body.proportionalityReason)
        ctx.addIssue({ code: 'custom', path: ['proportionalityReason'], message: `Required for ${body.layer}` });
      if (!body.leastIntrusiveAlternative)
        ctx.addIssue({ code: 'custom', path: ['leastIntrusiveAlternative'], message: `Required for ${body.layer}` });
    }
  })
  .meta({ id: 'SteeringDecisionCreation' });
export type CreateDecision = z.infer<typeof CreateDecisionSchema>;

export const SteeringDecisionSchema = z
  .object({
    id: z.string(),
    subject: SubjectRefSchema,
    layer: SteeringLayerSchema,
    adviceLayer: SteeringLayerSchema.nullable().describe('The advice when the decision was taken'),
    followsAdvice: z.boolean(),
    motivation: z.string(),
    deviationReason: z.string().nullable(),
    instruments: InstrumentsSchema,
    proportionalityReason: z.string().nullable(),
    leastIntrusiveAlternative: z.string().nullable(),
    reviewDate: DateSchema,
    reviewState: DeadlineStateSchema.describe('done once a later decision replaced it'),
    current: z.boolean().describe('The decision in force for its subject (the latest)'),
    grantId: z.string().nullable(),
    challengeId: z
      .string()
      .nullable()
      .describe(
        'The accepted challenge this decision came from: it starts the handover under frameworks, its motivation is the reason for accepting',
      ),
    milestones: z.object({ open: z.number().int(), met: z.number().int(), missed: z.number().int() }),
    responses: z.number().int().describe('Objections and comments published'),
    decidedAt: TimestampSchema,
  })
  .meta({ id: 'SteeringDecision' });
export type SteeringDecision = z.infer<typeof SteeringDecisionSchema>;
export const DecisionPageSchema = pageOf(SteeringDecisionSchema).meta({ id: 'SteeringDecisionPage' });
export const DecisionQuerySchema = PageQuerySchema.extend({
  areaId: IdSchema.optional().describe('Only decisions about subjects of this area and the areas inside it'),
  subjectType: SubjectTypeSchema.optional(),
  subjectId: IdSchema.optional(),
  layer: SteeringLayerSchema.optional(),
});
export const DecisionParams = z.strictObject({ decisionId: IdSchema });

// ——— Responses: residents and organisers answer a decision; the officer answers them ———

export const ResponseKindSchema = z.enum(['objection', 'comment']).meta({ id: 'SteeringResponseKind' });

export const CreateResponseSchema = z
  .strictObject({ kind: ResponseKindSchema, text: Text(20, 5000) })
  .meta({ id: 'SteeringResponseCreation' });

export const AnswerResponseSchema = z.strictObject({ text: Text(20, 5000) }).meta({ id: 'SteeringResponseAnswer' });

export const SteeringResponseSchema = z
  .object({
    id: z.string(),
    decisionId: z.string(),
    kind: ResponseKindSchema,
    text: z.string(),
    author: z.object({ displayName: z.string() }).describe('Residents respond under their display name'),
    submittedAt: TimestampSchema,
    answerDueAt: TimestampSchema,
    state: DeadlineStateSchema,
    answer: z.object({ text: z.string(), answeredAt: TimestampSchema }).nullable(),
  })
  .meta({ id: 'SteeringResponse' });
export type SteeringResponse = z.infer<typeof SteeringResponseSchema>;
export const ResponsePageSchema = pageOf(SteeringResponseSchema).meta({ id: 'SteeringResponsePage' });
export const ResponseParams = z.strictObject({ responseId: IdSchema });

// ——— Milestones and incidents ———

export const MilestoneStatusSchema = z.enum(['open', 'met', 'missed']).meta({ id: 'SteeringMilestoneStatus' });
export type MilestoneStatus = z.infer<typeof MilestoneStatusSchema>;

export const MilestoneSchema = z
  .object({
    id: z.string(),
    decisionId: z.string().nullable(),
    challengeId: z.string().nullable(),
    task: NamedRefSchema.nullable(),
    initiative: NamedRefSchema.nullable(),
    title: z.string(),
    dueDate: DateSchema,
    status: MilestoneStatusSchema,
    overdue: z.boolean().describe('Open and past its due date: counts as missed in the advice'),
    note: z.string().nullable(),
    recordedAt: TimestampSchema.nullable(),
  })
  .meta({ id: 'SteeringMilestone' });
export type Milestone = z.infer<typeof MilestoneSchema>;
export const MilestonePageSchema = pageOf(MilestoneSchema).meta({ id: 'SteeringMilestonePage' });
export const MilestoneQuerySchema = PageQuerySchema.extend({
  decisionId: IdSchema.optional(),
  challengeId: IdSchema.optional(),
  taskId: IdSchema.optional(),
  initiativeId: IdSchema.optional(),
  status: MilestoneStatusSchema.optional(),
});
export const MilestoneParams = z.strictObject({ milestoneId: IdSchema });

export const CreateMilestoneSchema = z
  .strictObject({
    decisionId: IdSchema.optional(),
    challengeId: IdSchema.optional(),
    title: Text(3, 200),
    dueDate: DateSchema,
  })
  .refine((body) => (body.decisionId === undefined) !== (body.challengeId === undefined), {
    path: ['decisionId'],
    message: 'Give either decisionId or challengeId',
  })
  .meta({ id: 'SteeringMilestoneCreation' });

export const RecordMilestoneSchema = z
  .strictObject({
    status: z.enum(['met', 'missed']),
    note: Text(3, 2000).optional(),
  })
  .meta({ id: 'SteeringMilestoneRecord' });

export const IncidentSeveritySchema = z
  .enum(['normal', 'critical'])
  .describe('critical: public safety or a statutory duty at stake; the advice may jump to take_over at once')
  .meta({ id: 'SteeringIncidentSeverity' });

export const CreateIncidentSchema = z
  .strictObject({
    subjectType: SubjectTypeSchema,
    subjectId: IdSchema,
    severity: IncidentSeveritySchema,
    description: Text(10, 5000).describe('What happened; name no residents'),
    occurredOn: DateSchema,
  })
  .meta({ id: 'SteeringIncidentCreation' });

export const IncidentSchema = z
  .object({
    id: z.string(),
    subject: SubjectRefSchema,
    severity: IncidentSeveritySchema,
    description: z.string(),
    occurredOn: DateSchema,
    reportedAt: TimestampSchema,
  })
  .meta({ id: 'SteeringIncident' });
export const IncidentPageSchema = pageOf(IncidentSchema).meta({ id: 'SteeringIncidentPage' });
export const IncidentQuerySchema = PageQuerySchema.extend({
  subjectType: SubjectTypeSchema.optional(),
  subjectId: IdSchema.optional(),
  areaId: IdSchema.optional(),
});

// ——— Grants ———

export const GrantStateSchema = z
  .enum(['paying', 'report_due', 'report_overdue', 'settled', 'clawed_back'])
  .meta({ id: 'SteeringGrantState' });

export const GrantSchema = z
  .object({
    id: z.string(),
    decisionId: z.string(),
    subject: SubjectRefSchema,
    recipient: z.object({ initiative: NamedRefSchema.nullable(), organisation: NamedRefSchema.nullable() }),
    purpose: z.string(),
    amountCents: CentsSchema,
    paidCents: CentsSchema,
    payments: z.array(
      z.object({ id: z.string(), amountCents: CentsSchema, paidOn: DateSchema, note: z.string().nullable() }),
    ),
    reportDueDate: DateSchema,
    reportOverdue: z.boolean(),
    report: z.object({ receivedOn: DateSchema, usedAsAgreed: z.boolean(), note: z.string() }).nullable(),
    clawback: z
      .object({
        amountCents: CentsSchema,
        ground: z.enum(['no_report', 'not_used_as_agreed']),
        reason: z.string(),
        decidedAt: TimestampSchema,
      })
      .nullable(),
    state: GrantStateSchema,
    createdAt: TimestampSchema,
  })
  .meta({ id: 'SteeringGrant' });
export type Grant = z.infer<typeof GrantSchema>;
export const GrantPageSchema = pageOf(GrantSchema).meta({ id: 'SteeringGrantPage' });
export const GrantQuerySchema = PageQuerySchema.extend({
  decisionId: IdSchema.optional(),
  areaId: IdSchema.optional(),
  state: GrantStateSchema.optional(),
});
export const GrantParams = z.strictObject({ grantId: IdSchema });

export const GrantPaymentSchema = z
  .strictObject({
    amountCents: z.number().int().min(1).max(1_000_000_000_000),
    paidOn: DateSchema,
    note: Text(3, 500).optional(),
  })
  .meta({ id: 'SteeringGrantPaymentCreation' });
export const GrantReportSchema = z
  .strictObject({ receivedOn: DateSchema, usedAsAgreed: z.boolean(), note: Text(10, 5000) })
  .meta({ id: 'SteeringGrantReportCreation' });
export const GrantClawbackSchema = z
  .strictObject({
    amountCents: z.number().int().min(1).max(1_000_000_000_000),
    ground: z.enum(['no_report', 'not_used_as_agreed']),
    reason: Text(20, 5000),
  })
  .meta({ id: 'SteeringGrantClawbackCreation' });

// ——— Right to Challenge ———

export const challengeCriteria = [
  'rooted_in_area',
  'social_value',
  'capacity_to_deliver',
  'support',
  'cost_not_higher',
  'continuity',
  'harms_no_one',
  'legal_entity',
  'not_market_party',
] as const;
export const ChallengeCriterionSchema = z.enum(challengeCriteria).meta({ id: 'ChallengeCriterion' });
export type ChallengeCriterion = z.infer<typeof ChallengeCriterionSchema>;

export const ChallengeStatusSchema = z
  .enum(['submitted', 'accepted', 'refused', 'withdrawn'])
  .meta({ id: 'ChallengeStatus' });
export type ChallengeStatus = z.infer<typeof ChallengeStatusSchema>;

/** 0 not met · 1 barely · 2 sufficiently · 3 convincingly. Accepting needs every criterion at 1 or more. */
export const CRITERION_SCORE_MAX = 3;

export const ChallengeCriteriaSchema = z
  .object({
    criteria: z.array(z.object({ id: ChallengeCriterionSchema, description: z.string() })),
    scoreMax: z.number().int(),
    assessmentWeeks: z.number().int().describe('The municipality decides within this many weeks of submission'),
  })
  .meta({ id: 'ChallengeCriteria' });

export const CreateChallengeSchema = z
  .strictObject({
    taskId: IdSchema,
    initiativeId: IdSchema,
    organisationId: IdSchema.nullable().optional().describe('The legal entity that signs the agreement'),
    plan: Text(50, 10_000).describe('What the initiative will do, and how'),
    proposedCostCents: CentsSchema.describe('Per year; at most the task’s current yearly budget'),
    deliveryPlan: Text(30, 5000).describe('How it will deliver for the whole period'),
    fallback: Text(20, 5000).describe('What happens when it cannot (who steps in)'),
    startDate: DateSchema,
    endDate: DateSchema,
  })
  .refine((body) => body.endDate > body.startDate, { path: ['endDate'], message: 'After startDate' })
  .meta({ id: 'ChallengeCreation' });
export type CreateChallenge = z.infer<typeof CreateChallengeSchema>;

export const CriterionScoreSchema = z
  .object({
    criterion: ChallengeCriterionSchema,
    score: z.number().int().min(0).max(CRITERION_SCORE_MAX),
    reason: z.string(),
    assessedAt: TimestampSchema,
  })
  .meta({ id: 'ChallengeCriterionScore' });

export const AssessChallengeSchema = z
  .strictObject({
    scores: z
      .array(
        z.strictObject({
          criterion: ChallengeCriterionSchema,
          score: z.number().int().min(0).max(CRITERION_SCORE_MAX),
          reason: Text(10, 2000),
        }),
      )
      .min(1)
      .max(challengeCriteria.length),
  })
  .refine((body) => new Set(body.scores.map((s) => s.criterion)).size === body.scores.length, {
    path: ['scores'],
    message: 'Each criterion once',
  })
  .meta({ id: 'ChallengeAssessment' });

export const DecideChallengeSchema = z
  .strictObject({
    outcome: z.enum(['accepted', 'refused']),
    reason: Text(30, 10_000),
    agreement: z
      .strictObject({
        provider: z.enum(['community', 'co_production']),
        conditions: z.array(Text(5, 1000)).min(1).max(30),
        milestones: z.array(MilestoneDraftSchema).min(1).max(30),
      })
      .optional()
      .describe('Required when accepted: the agreement with frameworks and milestones'),
  })
  .superRefine((body, ctx) => {
    if (body.outcome === 'accepted' && !body.agreement)
      ctx.addIssue({ code: 'custom', path: ['agreement'], message: 'Required when accepted' });
  })
  .meta({ id: 'ChallengeDecisionCreation' });

export const WithdrawChallengeSchema = z.strictObject({ reason: Text(10, 2000) }).meta({ id: 'ChallengeWithdrawal' });

export const ChallengeSchema = z
  .object({
    id: z.string(),
    task: z.object({ id: z.string(), title: z.string(), area: AreaRefSchema, yearlyBudgetCents: CentsSchema }),
    initiative: NamedRefSchema,
    organisation: NamedRefSchema.nullable(),
    plan: z.string(),
    proposedCostCents: CentsSchema,
    budgetAtSubmissionCents: CentsSchema,
    deliveryPlan: z.string(),
    fallback: z.string(),
    startDate: DateSchema,
    endDate: DateSchema,
    status: ChallengeStatusSchema,
    submittedAt: TimestampSchema,
    assessmentDueAt: TimestampSchema,
    assessmentState: DeadlineStateSchema,
    evidence: z
      .object({
        verifiedSupporters: z.number().int(),
        activeMembers: z.number().int(),
        pledgesMade: z.number().int(),
        pledgesKept: z.number().int(),
        activeSince: TimestampSchema.nullable(),
      })
      .describe('From the initiative, now: its support from verified residents and its own activity'),
    scores: z.array(CriterionScoreSchema),
    decision: z
      .object({
        outcome: z.enum(['accepted', 'refused']),
        reason: z.string(),
        decidedAt: TimestampSchema,
        late: z.boolean(),
      })
      .nullable(),
    agreement: z
      .object({ provider: z.enum(['community', 'co_production']), conditions: z.array(z.string()) })
      .nullable(),
    withdrawal: z.object({ reason: z.string(), withdrawnAt: TimestampSchema }).nullable(),
  })
  .meta({ id: 'Challenge' });
export type Challenge = z.infer<typeof ChallengeSchema>;
export const ChallengePageSchema = pageOf(ChallengeSchema).meta({ id: 'ChallengePage' });
export const ChallengeQuerySchema = PageQuerySchema.extend({
  areaId: IdSchema.optional(),
  taskId: IdSchema.optional(),
  initiativeId: IdSchema.optional(),
  status: ChallengeStatusSchema.optional(),
});
export const ChallengeParams = z.strictObject({ challengeId: IdSchema });

// ——— The officer's worklist ———

export const worklistKinds = ['review', 'response', 'challenge_assessment', 'grant_report', 'milestone'] as const;
export const WorklistKindSchema = z.enum(worklistKinds).meta({ id: 'SteeringWorklistKind' });

export const SteeringWorklistItemSchema = z
  .object({
    kind: WorklistKindSchema,
    id: z.string().describe('What to act on: the decision, response, challenge, grant or milestone'),
    title: z
      .string()
      .describe('The grant’s purpose or the milestone’s title; empty for the other kinds (the web app words them)'),
    decisionId: z
      .string()
      .nullable()
      .describe(
        'The decision it belongs to, whose page it is dealt with on (a review, a response, a grant, a milestone)',
      ),
    challengeId: z
      .string()
      .nullable()
      .describe('The challenge it belongs to (an assessment; a milestone of an accepted challenge)'),
    responseKind: ResponseKindSchema.nullable().describe('For a response: an objection or a comment'),
    subject: SubjectRefSchema,
    dueAt: TimestampSchema,
    state: z.enum(['due_soon', 'overdue']),
  })
  .meta({ id: 'SteeringWorklistItem' });
export const SteeringWorklistPageSchema = pageOf(SteeringWorklistItemSchema).meta({ id: 'SteeringWorklistPage' });
export const SteeringWorklistQuerySchema = PageQuerySchema.extend({
  kind: WorklistKindSchema.optional(),
  state: z.enum(['due_soon', 'overdue']).optional(),
});

// ——— The 3.0 → 4.0 picture ———

export const ProviderShareSchema = z
  .object({
    provider: ProviderKindSchema,
    tasks: z.number().int(),
    taskShare: z.number().describe('0–1'),
    budgetCents: CentsSchema,
    budgetShare: z.number().describe('0–1'),
  })
  .meta({ id: 'SteeringProviderShare' });

export const ProviderSharesSchema = z
  .object({
    date: DateSchema,
    tasks: z.number().int(),
    budgetCents: CentsSchema,
    providers: z
      .array(ProviderShareSchema)
      .describe('Always all four, in the order municipality, market, community, co_production'),
  })
  .meta({ id: 'SteeringProviderShares' });

export const SteeringPictureSchema = z
  .object({
    area: AreaRefSchema,
    now: ProviderSharesSchema,
    history: z.array(ProviderSharesSchema).describe('Quarter ends of the past three years and today, oldest first'),
  })
  .meta({ id: 'SteeringPicture' });
export type SteeringPicture = z.infer<typeof SteeringPictureSchema>;
export const PictureParams = z.strictObject({ areaId: IdSchema });
