/**
 * The view model of a plan's progress, as a zod schema: what `smart/preview` returns to
 * the editor's preview pane, what `smart report --format json` prints, and what the HTML
 * and Markdown renderers draw. The pane validates it on arrival with this schema. Its
 * statuses and letters are the vocabulary's tuples.
 */
import * as z from 'zod';
import { CONFIDENCES, GOAL_STATUSES, SMART_LETTERS, type SmartLetter } from '../common/vocabulary.js';

export const LettersSchema = z.object(Object.fromEntries(SMART_LETTERS.map(letter => [letter, z.boolean()])) as Record<SmartLetter, z.ZodBoolean>);

export const GoalStatusSchema = z.enum(GOAL_STATUSES);

const MoneySchema = z.object({ amount: z.number(), currency: z.string().optional() });

export const TacticViewSchema = z.object({
    name: z.string(),
    title: z.string(),
    channel: z.string().optional(),
    owner: z.string().optional(),
    budget: MoneySchema.optional(),
    line: z.number().int()
});

export const StrategyViewSchema = z.object({
    name: z.string(),
    title: z.string(),
    message: z.string().optional(),
    tactics: z.array(TacticViewSchema),
    budgets: z.array(MoneySchema),
    line: z.number().int()
});

export const PointSchema = z.object({ date: z.string(), value: z.number() });

/** The goals aligned to a goal, directly or not, by status (language.md, "Roll-up"). */
export const RollupSchema = z.object({
    total: z.number().int(),
    worst: GoalStatusSchema.nullable(),
    counts: z.partialRecord(GoalStatusSchema, z.number().int())
});

export const GoalViewSchema = z.object({
    name: z.string(),
    title: z.string(),
    owner: z.string().optional(),
    avatars: z.array(z.string()),
    metric: z.string().optional(),
    unit: z.string().optional(),
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
    checkins: z.array(PointSchema.extend({ note: z.string().optional(), confidence: z.enum(CONFIDENCES).optional() })),
    letters: LettersSchema,
    /** For each failing letter, the messages of the rules that fail it. */
    letterReasons: z.partialRecord(z.enum(SMART_LETTERS), z.array(z.string())),
    strategies: z.array(StrategyViewSchema),
    line: z.number().int()
});

export const JourneyViewSchema = z.object({
    name: z.string(),
    avatar: z.string(),
    steps: z.array(z.object({
        name: z.string(),
        title: z.string(),
        reactions: z.array(z.string()),
        missingReaction: z.boolean(),
        line: z.number().int()
    })),
    line: z.number().int()
});

export const PlanViewSchema = z.object({
    file: z.string(),
    today: z.string(),
    header: z.object({
        title: z.string(),
        owner: z.string().optional(),
        period: z.object({ start: z.string(), end: z.string() }).optional(),
        cadence: z.string().optional(),
        lastReview: z.string().optional(),
        nextReviewDue: z.string().optional(),
        reviewOverdue: z.boolean(),
        line: z.number().int()
    }).optional(),
    goals: z.array(GoalViewSchema),
    journeys: z.array(JourneyViewSchema),
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
export type GoalView = z.infer<typeof GoalViewSchema>;
export type JourneyView = z.infer<typeof JourneyViewSchema>;
export type StrategyView = z.infer<typeof StrategyViewSchema>;
export type RollupView = z.infer<typeof RollupSchema>;
