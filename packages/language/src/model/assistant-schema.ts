/**
 * What the AI-assistant tools answer, as zod schemas: the plans' diagnostics (the shape of
 * `smart lint --format json`, with counts), the goals of a workspace by status with their
 * forecasts and roll-ups, and one goal explained. `smart mcp` publishes them as its tools'
 * output schemas; the language server's requests for VS Code's language-model tools
 * return the same shapes (with URIs for files). Browser-safe: zod, the vocabulary and the
 * view-model schema only.
 */
import * as z from 'zod';
import { GOAL_STATUSES, SEVERITIES, SMART_LETTERS } from '../common/vocabulary.js';
import { GoalStatusSchema, GoalViewSchema, RollupSchema } from './plan-view-schema.js';

const PositionSchema = z.object({ line: z.number().int(), character: z.number().int() });

/** A diagnostic as `smart lint --format json` writes it: the rule id, a severity word, the message and the LSP range (0-based). */
export const PlanDiagnosticSchema = z.object({
    rule: z.string(),
    severity: z.enum(SEVERITIES),
    message: z.string(),
    range: z.object({ start: PositionSchema, end: PositionSchema })
});

export const SeverityCountsSchema = z.object({ error: z.number().int(), warning: z.number().int(), info: z.number().int() });

/** Every plan's diagnostics (`smart lint --format json` as `files`), and how many of each severity. */
export const LintAnswerSchema = z.object({
    files: z.array(z.object({ file: z.string(), diagnostics: z.array(PlanDiagnosticSchema) })),
    counts: SeverityCountsSchema
});

/** A goal named by its plan and its name. */
export const GoalRefSchema = z.object({ file: z.string(), goal: z.string() });

/** One goal of a goal list: where it stands, where its pace leads, and what aligns to it. */
export const GoalSummarySchema = z.object({
    file: z.string(),
    name: z.string(),
    title: z.string(),
    status: GoalStatusSchema,
    owner: z.string().optional(),
    unit: z.string().optional(),
    baseline: z.number().nullable(),
    actual: z.number().nullable(),
    expected: z.number().nullable(),
    target: z.number().nullable(),
    progress: z.number().nullable(),
    deadline: z.string().nullable(),
    daysLeft: z.number().int().nullable(),
    forecast: z.number().nullable(),
    eta: z.string().nullable(),
    paceNeeded: z.number().nullable(),
    rollup: RollupSchema,
    /** The goal it aligns to, when that goal is loaded. */
    alignsTo: GoalRefSchema.nullable(),
    /** The SMART letters some rule fails on this goal. */
    failingLetters: z.array(z.enum(SMART_LETTERS)),
    /** 0-based line of the goal's declaration. */
    line: z.number().int()
});

/** Goals worst status first (missed, behind, at risk, ...); counts cover every goal asked about, before the status filter. */
export const GoalListSchema = z.object({
    counts: z.partialRecord(z.enum(GOAL_STATUSES), z.number().int()),
    goals: z.array(GoalSummarySchema)
});

/** A diagnostic about a goal, with the SMART letter it fails (none for a rule without one) and how to fix it. */
export const GoalProblemSchema = PlanDiagnosticSchema.extend({
    letter: z.enum(SMART_LETTERS).nullable(),
    fix: z.string().nullable()
});

export const LinkedGoalSchema = GoalRefSchema.extend({ title: z.string(), status: GoalStatusSchema });

/** One goal explained: its view (status, figures, letters, strategies and tactics), the rules reporting on it, and its alignment. */
export const GoalExplanationSchema = z.object({
    file: z.string(),
    today: z.string(),
    goal: GoalViewSchema,
    /** `▼ behind`: the status in words. */
    statusWords: z.string(),
    problems: z.array(GoalProblemSchema),
    alignsTo: LinkedGoalSchema.nullable(),
    /** The goals aligned directly to it. */
    aligned: z.array(LinkedGoalSchema)
});

export type PlanDiagnostic = z.infer<typeof PlanDiagnosticSchema>;
export type LintAnswer = z.infer<typeof LintAnswerSchema>;
export type GoalRef = z.infer<typeof GoalRefSchema>;
export type GoalSummary = z.infer<typeof GoalSummarySchema>;
export type GoalList = z.infer<typeof GoalListSchema>;
export type GoalProblem = z.infer<typeof GoalProblemSchema>;
export type LinkedGoal = z.infer<typeof LinkedGoalSchema>;
export type GoalExplanation = z.infer<typeof GoalExplanationSchema>;
