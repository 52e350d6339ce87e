/**
 * The view model of a plan, as a zod schema: what `smart/preview` returns to the editor's
 * preview pane, what `smart report --format json` prints, and what the HTML and Markdown
 * renderers draw: the whole plan in people's words. Every reference carries the referenced
 * element's name (for scripts) beside its title (for people). Dates are `YYYY-MM-DD` (the
 * renderers write them in prose). The pane validates it on arrival with this schema. Its
 * statuses and letters are the vocabulary's tuples.
 */
import * as z from 'zod';
import { CONFIDENCES, GOAL_STATUSES, SMART_LETTERS, type SmartLetter } from '../common/vocabulary.js';

export const LettersSchema = z.object(Object.fromEntries(SMART_LETTERS.map(letter => [letter, z.boolean()])) as Record<SmartLetter, z.ZodBoolean>);

export const GoalStatusSchema = z.enum(GOAL_STATUSES);

/**
 * A reference to a plan element: its `name` as written, and its `title` (the name itself
 * when the element declares no title or the name resolves to nothing).
 */
export const ElementRefSchema = z.object({ name: z.string(), title: z.string() });

const MoneySchema = z.object({ amount: z.number(), currency: z.string().optional() });

const LineSchema = z.number().int();

export const TacticViewSchema = z.object({
    name: z.string(),
    title: z.string(),
    /** The strategy it executes; absent for a tactic that executes none. */
    strategy: ElementRefSchema.optional(),
    channel: z.string().optional(),
    owner: ElementRefSchema.optional(),
    /** The budget in total over its span (a recurring budget counted per period). */
    budget: MoneySchema.optional(),
    /** A recurring budget as written: `500 USD per month`. */
    budgetRate: MoneySchema.extend({ per: z.enum(['week', 'month', 'quarter', 'year']) }).optional(),
    from: z.string().optional(),
    to: z.string().optional(),
    /** The metric it moves. */
    moves: ElementRefSchema.optional(),
    /** The skills that support it. */
    skills: z.array(ElementRefSchema),
    line: LineSchema
});

export const StrategyViewSchema = z.object({
    name: z.string(),
    title: z.string(),
    message: z.string().optional(),
    proposition: z.string().optional(),
    /** The goals it serves. */
    serves: z.array(ElementRefSchema),
    audience: z.array(ElementRefSchema),
    /** The needs it addresses, named `avatar.need`. */
    addresses: z.array(ElementRefSchema),
    tactics: z.array(TacticViewSchema),
    /** Its tactics' budgets summed, one sum per currency. */
    budgets: z.array(MoneySchema),
    line: LineSchema
});

export const PointSchema = z.object({ date: z.string(), value: z.number() });

/** The goals aligned to a goal, directly or not, by status (language.md, "Roll-up"). */
export const RollupSchema = z.object({
    total: z.number().int(),
    worst: GoalStatusSchema.nullable(),
    counts: z.partialRecord(GoalStatusSchema, z.number().int())
});

export const CheckinViewSchema = PointSchema.extend({
    confidence: z.enum(CONFIDENCES).optional(),
    note: z.string().optional(),
    /** Dated after today: drawn, but not yet counted as the actual. */
    afterToday: z.boolean()
});

/** A review decision `about` a goal, listed on that goal: when, at which review, what. */
export const GoalDecisionSchema = z.object({
    date: z.string(),
    review: z.string(),
    text: z.string(),
    line: LineSchema
});

export const GoalViewSchema = z.object({
    name: z.string(),
    title: z.string(),
    owner: ElementRefSchema.optional(),
    avatars: z.array(ElementRefSchema),
    metric: ElementRefSchema.optional(),
    /** The unit its values read in: the metric's (`count`, `%`, `USD`, ...). */
    unit: z.string().optional(),
    /** The goal it aligns to. */
    aligns: ElementRefSchema.optional(),
    status: GoalStatusSchema,
    direction: z.enum(['increasing', 'decreasing']).optional(),
    baseline: z.number().nullable(),
    target: z.number().nullable(),
    /** The latest check-in value on or before today. */
    actual: z.number().nullable(),
    /** Expected(today) on the planned path. */
    expected: z.number().nullable(),
    /** Progress in percent, unclamped (bars clamp it to 0-100). */
    progress: z.number().nullable(),
    deadline: z.string().nullable(),
    daysLeft: z.number().int().nullable(),
    monthlyRate: z.number().nullable(),
    /** The value the goal reaches by its deadline at its pace so far (language.md, "Forecast"). */
    forecast: z.number().nullable(),
    /** The day that pace reaches the target, YYYY-MM-DD. */
    eta: z.string().nullable(),
    /** What it takes per month from today to reach the target, in the metric's unit. */
    paceNeeded: z.number().nullable(),
    rollup: RollupSchema,
    path: z.array(PointSchema),
    benchmarks: z.array(PointSchema),
    /** Every check-in of the goal, in date order, with its note and confidence. */
    checkins: z.array(CheckinViewSchema),
    /** The review decisions `about` it, in date order. */
    decisions: z.array(GoalDecisionSchema),
    letters: LettersSchema,
    /** For each failing letter, the messages of the rules that fail it. */
    letterReasons: z.partialRecord(z.enum(SMART_LETTERS), z.array(z.string())),
    /** The strategies serving it (each drawn once, in the plan's strategies). */
    strategies: z.array(ElementRefSchema),
    line: LineSchema
});

export const StepViewSchema = z.object({
    name: z.string(),
    title: z.string(),
    /** Each reaction: a tactic, or an asset named in words. */
    reactions: z.array(z.object({ tactic: ElementRefSchema.optional(), asset: z.string().optional() })),
    missingReaction: z.boolean(),
    stakeholders: z.array(z.string()),
    competitors: z.array(z.string()),
    worstCases: z.array(z.string()),
    alternatives: z.array(z.string()),
    line: LineSchema
});

export const JourneyViewSchema = z.object({
    name: z.string(),
    /** The avatar whose buying journey it is. */
    avatar: ElementRefSchema,
    steps: z.array(StepViewSchema),
    line: LineSchema
});

export const PersonViewSchema = z.object({ name: z.string(), title: z.string(), roles: z.array(z.string()), line: LineSchema });

export const AvatarViewSchema = z.object({
    name: z.string(),
    title: z.string(),
    segment: z.string().optional(),
    market: z.string().optional(),
    needs: z.array(z.object({
        name: z.string(),
        title: z.string(),
        /** The strategies that address the need. */
        addressedBy: z.array(ElementRefSchema)
    })),
    motivations: z.array(z.string()),
    criteria: z.array(z.string()),
    channels: z.array(z.string()),
    line: LineSchema
});

export const SwotViewSchema = z.object({
    strengths: z.array(z.string()),
    weaknesses: z.array(z.string()),
    opportunities: z.array(z.string()),
    threats: z.array(z.string()),
    line: LineSchema
});

export const MetricViewSchema = z.object({ name: z.string(), title: z.string(), unit: z.string().optional(), line: LineSchema });

export const ReviewViewSchema = z.object({
    date: z.string(),
    title: z.string(),
    attendees: z.array(ElementRefSchema),
    /** Decisions, with the goals each is `about` (language.md, "review"). */
    decisions: z.array(z.object({ text: z.string(), about: z.array(ElementRefSchema) })),
    /** Dated after today: planned, not held yet. */
    afterToday: z.boolean(),
    line: LineSchema
});

export const SkillViewSchema = z.object({
    name: z.string(),
    title: z.string(),
    coach: ElementRefSchema.optional(),
    /** The tactics it supports. */
    supports: z.array(ElementRefSchema),
    line: LineSchema
});

/** The plan's budget summed: in total, per strategy (null: tactics that execute none) and per channel; one sum per currency. */
export const BudgetViewSchema = z.object({
    total: z.array(MoneySchema),
    byStrategy: z.array(z.object({ strategy: ElementRefSchema.nullable(), budgets: z.array(MoneySchema) })),
    byChannel: z.array(z.object({ channel: z.string().nullable(), budgets: z.array(MoneySchema) }))
});

export const PlanViewSchema = z.object({
    /** The plan's file as the reader knows it: relative to the workspace or the current directory. */
    file: z.string(),
    today: z.string(),
    header: z.object({
        title: z.string(),
        owner: ElementRefSchema.optional(),
        description: z.string().optional(),
        period: z.object({ start: z.string(), end: z.string() }).optional(),
        cadence: z.string().optional(),
        currency: z.string().optional(),
        lastReview: z.string().optional(),
        nextReviewDue: z.string().optional(),
        reviewOverdue: z.boolean(),
        line: LineSchema
    }).optional(),
    /**
     * Set when the plan's check-ins and reviews are all dated after today (so no goal has
     * an actual value yet): the earliest of them.
     */
    allAfterToday: z.object({ earliest: z.string() }).optional(),
    goals: z.array(GoalViewSchema),
    strategies: z.array(StrategyViewSchema),
    /** Tactics that execute no strategy (or one that does not resolve). */
    unassignedTactics: z.array(TacticViewSchema),
    budget: BudgetViewSchema,
    people: z.array(PersonViewSchema),
    avatars: z.array(AvatarViewSchema),
    swot: SwotViewSchema.optional(),
    metrics: z.array(MetricViewSchema),
    journeys: z.array(JourneyViewSchema),
    reviews: z.array(ReviewViewSchema),
    skills: z.array(SkillViewSchema),
    diagnostics: z.object({ error: z.number().int(), warning: z.number().int(), info: z.number().int() })
});

/** A goal of the alignment tree across plans, with the goals aligned to it nested under it. */
export interface AlignmentNode {
    /** The goal's plan, as the reader names it (a path, or a URI in the editor). */
    file: string;
    goal: string;
    title: string;
    status: z.infer<typeof GoalStatusSchema>;
    progress: number | null;
    forecast: number | null;
    rollup: z.infer<typeof RollupSchema>;
    /** 0-based line of the goal's declaration. */
    line: number;
    /** The goal's plan has syntax errors: its figures may be incomplete. */
    syntaxErrors: boolean;
    children: AlignmentNode[];
}

export const AlignmentNodeSchema: z.ZodType<AlignmentNode> = z.object({
    file: z.string(),
    goal: z.string(),
    title: z.string(),
    status: GoalStatusSchema,
    progress: z.number().nullable(),
    forecast: z.number().nullable(),
    rollup: RollupSchema,
    line: z.number().int(),
    syntaxErrors: z.boolean(),
    get children() {
        return z.array(AlignmentNodeSchema);
    }
});

/** `smart report PATHS...` as JSON: every plan's view, then the alignment tree across them. */
export const PortfolioSchema = z.object({
    today: z.string(),
    plans: z.array(PlanViewSchema),
    alignment: z.array(AlignmentNodeSchema)
});

export type PlanView = z.infer<typeof PlanViewSchema>;
export type Portfolio = z.infer<typeof PortfolioSchema>;
export type ElementRef = z.infer<typeof ElementRefSchema>;
export type GoalView = z.infer<typeof GoalViewSchema>;
export type CheckinView = z.infer<typeof CheckinViewSchema>;
export type JourneyView = z.infer<typeof JourneyViewSchema>;
export type StepView = z.infer<typeof StepViewSchema>;
export type StrategyView = z.infer<typeof StrategyViewSchema>;
export type RollupView = z.infer<typeof RollupSchema>;
export type TacticView = z.infer<typeof TacticViewSchema>;
export type PersonView = z.infer<typeof PersonViewSchema>;
export type AvatarView = z.infer<typeof AvatarViewSchema>;
export type SwotView = z.infer<typeof SwotViewSchema>;
export type MetricView = z.infer<typeof MetricViewSchema>;
export type ReviewView = z.infer<typeof ReviewViewSchema>;
export type SkillView = z.infer<typeof SkillViewSchema>;
export type BudgetView = z.infer<typeof BudgetViewSchema>;
