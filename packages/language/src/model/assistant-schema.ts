/**
 * The AI-assistant tools that read plans, shared by `smart mcp` and the VS Code
 * extension's language-model tools: what each is for (its title and the description a
 * model reads), what it takes, and what it answers, as zod schemas. The answers: the
 * plans' diagnostics (the shape of `smart lint --format json`, with counts), a plan's view
 * model (`smart report --format json`), the goals by status with their forecasts and
 * roll-ups, and one goal explained. The language server's requests for the editor return
 * the same shapes. Browser-safe: zod, the vocabulary and the view-model schema only.
 */
import * as z from 'zod';
import { GOAL_STATUSES, SEVERITIES, SMART_LETTERS } from '../common/vocabulary.js';
import { ElementRefSchema, GoalStatusSchema, GoalViewSchema, PlanViewSchema, RollupSchema } from './plan-view-schema.js';

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
    owner: ElementRefSchema.optional(),
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

// ---------------------------------------------------------------------------------------
// The tools: words and inputs.
// ---------------------------------------------------------------------------------------

const PathsInput = z.array(z.string()).default([])
    .describe('plan files, folders or globs, relative to the workspace folder; none: every plan in it');

export const LintInputSchema = z.object({
    paths: PathsInput,
    quiet: z.boolean().default(false).describe('errors only')
});

export const PlanReportInputSchema = z.object({
    path: z.string().describe('the plan file, relative to the workspace folder')
});

export const GoalListInputSchema = z.object({
    status: z.array(GoalStatusSchema).optional().describe('only goals with these statuses, e.g. ["behind", "at-risk", "missed"]'),
    paths: PathsInput
});

export const ExplainGoalInputSchema = z.object({
    goal: z.string().describe('the goal\'s name as declared (`goal growMembers "..."` is growMembers)'),
    path: z.string().optional().describe('the plan that declares it, relative to the workspace folder; needed only when several plans declare that name')
});

/** A read-only assistant tool: its names, title, the description a model reads, its input and its answer. */
export interface AssistantTool {
    /** The tool's name in `smart mcp`, and in VS Code (package.json's `languageModelTools`). */
    names: { mcp: string; editor: string };
    title: string;
    description: string;
    input: z.ZodObject;
    output: z.ZodObject;
}

export const ASSISTANT_TOOLS = {
    lintPlans: {
        names: { mcp: 'lint_plans', editor: 'smart_lintPlans' },
        title: 'Lint plans',
        description: 'Checks .smart marketing plans against the SMART rules and returns every diagnostic: rule id, severity, message and range (0-based lines and characters), per plan, with the counts. The same as `smart lint --format json`.',
        input: LintInputSchema,
        output: LintAnswerSchema
    },
    planReport: {
        names: { mcp: 'get_plan_report', editor: 'smart_getPlanReport' },
        title: 'Plan report',
        description: 'The progress report of one .smart plan as data: the plan header and review rhythm, and per goal its status (on-track, at-risk, behind, missed, done, not-started, unknown), actual, expected today and target, progress, deadline, forecast, eta, pace needed, roll-up of the goals aligned to it, SMART letters with the reasons a letter fails, check-ins, and the strategies and tactics serving it with their budgets; then the buying journeys. The same as `smart report FILE --format json`.',
        input: PlanReportInputSchema,
        output: PlanViewSchema
    },
    listGoals: {
        names: { mcp: 'list_goals', editor: 'smart_listGoals' },
        title: 'List goals by status',
        description: 'Every goal of the .smart plans in the workspace, worst status first (missed, behind, at-risk, on-track, done, not-started, unknown), each with its plan, actual, expected today, target, progress in percent, deadline, days left, forecast (the value its pace so far reaches by the deadline), eta, the pace needed per month, the roll-up of the goals aligned to it, the goal it aligns to, and the SMART letters it fails. Use it for "which goals are behind?". The counts by status cover every goal in the paths.',
        input: GoalListInputSchema,
        output: GoalListSchema
    },
    explainGoal: {
        names: { mcp: 'explain_goal', editor: 'smart_explainGoal' },
        title: 'Explain a goal',
        description: 'Explains one goal of the .smart plans: its status in words and figures (actual, expected today, target, progress, forecast, eta, pace needed), every rule that reports on it with the SMART letter it fails and how to fix it, the strategies and tactics serving it, the goal it aligns to and the goals aligned to it. Use it for "why is this goal behind?".',
        input: ExplainGoalInputSchema,
        output: GoalExplanationSchema
    }
} as const satisfies Record<string, AssistantTool>;
