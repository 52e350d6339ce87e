/**
 * The read-only tools of `smart mcp`, each an answer of the language package's plan
 * services on plans read afresh from the served folder: `lint_plans` (what `smart lint
 * --format json` prints), `get_plan_report` (what `smart report --format json` prints),
 * `list_goals` (every goal by status, with forecast and roll-up) and `explain_goal` (one
 * goal: status, the rules failing its letters, the strategies and tactics serving it, its
 * alignment). Goals are judged with every plan of the folder loaded, as `smart lint DIR`
 * judges them, so roll-ups and cross-plan rules see the whole folder.
 */
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import {
    explainGoalAnswer, GOAL_STATUSES, GoalExplanationSchema, GoalListSchema, goalListAnswer, LintAnswerSchema, lintAnswer, PlanViewSchema
} from '@smart-plan/language';
import { z } from 'zod';
import { CliError } from '../cli-error.js';
import type { McpPlans } from './mcp-plans.js';
import { answer, guarded, toolError } from './tool-result.js';

const READ_ONLY = { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false } as const;

const PathsSchema = z.array(z.string()).default([])
    .describe('plan files, folders or globs, relative to the workspace folder; none: every plan in it');

export function registerReadTools(server: McpServer, plans: McpPlans): void {
    server.registerTool('lint_plans', {
        title: 'Lint plans',
        description: 'Checks .smart marketing plans against the SMART rules and returns every diagnostic: rule id, severity, message and range (0-based LSP lines and characters), per plan, with the counts. The same as `smart lint --format json`. Rule ids are explained in the resource smart://rules.',
        inputSchema: z.object({
            paths: PathsSchema,
            quiet: z.boolean().default(false).describe('errors only')
        }),
        outputSchema: LintAnswerSchema,
        annotations: { title: 'Lint plans', ...READ_ONLY }
    }, async ({ paths, quiet }) => guarded(async () => {
        const loaded = await plans.load(plans.root.planFiles(paths));
        const linted = await lintAnswer(loaded.services, loaded);
        if (!quiet) {
            return answer(linted);
        }
        const files = linted.files.map(file => ({ ...file, diagnostics: file.diagnostics.filter(diagnostic => diagnostic.severity === 'error') }));
        return answer({ files, counts: { error: linted.counts.error, warning: 0, info: 0 } });
    }));

    server.registerTool('get_plan_report', {
        title: 'Plan report',
        description: 'The progress report of one .smart plan as data: the plan header and review rhythm, and per goal its status (on-track, at-risk, behind, missed, done, not-started, unknown), actual, expected today and target, progress, deadline, forecast, eta, pace needed, roll-up of the goals aligned to it, SMART letters with the reasons a letter fails, check-ins, and the strategies and tactics serving it with their budgets; then the buying journeys. The same as `smart report FILE --format json`.',
        inputSchema: z.object({
            path: z.string().describe('the plan file, relative to the workspace folder')
        }),
        outputSchema: PlanViewSchema,
        annotations: { title: 'Plan report', ...READ_ONLY }
    }, async ({ path }) => guarded(async () => {
        const files = plans.root.planFiles([path]);
        if (files.length !== 1) {
            throw new CliError(`${path}: get_plan_report takes one plan file, not a folder of ${files.length}`);
        }
        const { services, documents: [document], fileOf } = await plans.load(files);
        return answer(PlanViewSchema.parse(services.plan.PlanInsight.planView(document, fileOf(document))));
    }));

    server.registerTool('list_goals', {
        title: 'List goals by status',
        description: 'Every goal of the .smart plans in the workspace folder, worst status first (missed, behind, at-risk, on-track, done, not-started, unknown), each with its plan, actual, expected today, target, progress in percent, deadline, days left, forecast (the value its pace so far reaches by the deadline), eta, the pace needed per month, the roll-up of the goals aligned to it, the goal it aligns to, and the SMART letters it fails. Use it for "which goals are behind?". Counts by status cover every goal in the paths.',
        inputSchema: z.object({
            status: z.array(z.enum(GOAL_STATUSES)).optional().describe('only goals with these statuses, e.g. ["behind", "at-risk", "missed"]'),
            paths: PathsSchema
        }),
        outputSchema: GoalListSchema,
        annotations: { title: 'List goals by status', ...READ_ONLY }
    }, async ({ status, paths }) => guarded(async () => {
        const { services, documents, fileOf } = await plans.loadFolderWith(plans.root.planFiles(paths));
        return answer(await goalListAnswer(services, { documents, fileOf }, status));
    }));

    server.registerTool('explain_goal', {
        title: 'Explain a goal',
        description: 'Explains one goal of the .smart plans: its status in words and figures (actual, expected today, target, progress, forecast, eta, pace needed), every rule that reports on it with the SMART letter it fails and how to fix it, the strategies and tactics serving it, the goal it aligns to and the goals aligned to it. Use it for "why is this goal behind?".',
        inputSchema: z.object({
            goal: z.string().describe('the goal\'s name as declared (`goal growMembers "..."` is growMembers)'),
            path: z.string().optional().describe('the plan that declares it, relative to the workspace folder; needed only when several plans declare that name')
        }),
        outputSchema: GoalExplanationSchema,
        annotations: { title: 'Explain a goal', ...READ_ONLY }
    }, async ({ goal, path }) => guarded(async () => {
        const { services, documents, fileOf } = await plans.loadFolderWith(plans.root.planFiles(path === undefined ? [] : [path]));
        const explained = await explainGoalAnswer(services, { documents, fileOf }, goal);
        return 'problem' in explained ? toolError(explained.problem) : answer(explained);
    }));
}
