/**
 * The read-only tools of `smart mcp`, each an answer of the language package's plan
 * services on plans read afresh from the served folder: `lint_plans` (what `smart lint
 * --format json` prints), `get_plan_report` (what `smart report --format json` prints),
 * `list_goals` (every goal by status, with forecast and roll-up) and `explain_goal` (one
 * goal: status, the rules failing its letters, the strategies and tactics serving it, its
 * alignment). Their words and schemas are shared with the editor's language-model tools
 * (ASSISTANT_TOOLS). Goals are judged with every plan of the folder loaded, as `smart lint DIR`
 * judges them, so roll-ups and cross-plan rules see the whole folder.
 */
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { ToolAnnotations } from '@modelcontextprotocol/sdk/types.js';
import { ASSISTANT_TOOLS, explainGoalAnswer, goalListAnswer, lintAnswer, PlanViewSchema, type AssistantTool } from '@smart-plan/language';
import { CliError } from '../cli-error.js';
import type { McpPlans } from './mcp-plans.js';
import { answer, guarded, toolError } from './tool-result.js';

const READ_ONLY = { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false } as const;

/** The registration of a shared assistant tool (its words and schemas are the language package's). */
function config<T extends AssistantTool>(tool: T, descriptionSuffix = ''): { title: string; description: string; inputSchema: T['input']; outputSchema: T['output']; annotations: ToolAnnotations } {
    return { title: tool.title, description: tool.description + descriptionSuffix, inputSchema: tool.input, outputSchema: tool.output, annotations: { title: tool.title, ...READ_ONLY } };
}

export function registerReadTools(server: McpServer, plans: McpPlans): void {
    const { lintPlans, planReport, listGoals, explainGoal } = ASSISTANT_TOOLS;

    server.registerTool(lintPlans.names.mcp, config(lintPlans, ' Rule ids are explained in the resource smart://rules.'), async ({ paths, quiet }) => guarded(async () => {
        const loaded = await plans.load(plans.root.planFiles(paths));
        return answer(await lintAnswer(loaded.services, loaded, { errorsOnly: quiet }));
    }));

    server.registerTool(planReport.names.mcp, config(planReport), async ({ path }) => guarded(async () => {
        const files = plans.root.planFiles([path]);
        if (files.length !== 1) {
            throw new CliError(`${path}: get_plan_report takes one plan file, not a folder of ${files.length}`);
        }
        const { services, documents: [document], fileOf } = await plans.load(files);
        return answer(PlanViewSchema.parse(services.plan.PlanInsight.planView(document, fileOf(document))));
    }));

    server.registerTool(listGoals.names.mcp, config(listGoals), async ({ status, paths }) => guarded(async () => {
        const { services, documents, fileOf } = await plans.loadFolderWith(plans.root.planFiles(paths));
        return answer(await goalListAnswer(services, { documents, fileOf }, status));
    }));

    server.registerTool(explainGoal.names.mcp, config(explainGoal), async ({ goal, path }) => guarded(async () => {
        const { services, documents, fileOf } = await plans.loadFolderWith(plans.root.planFiles(path === undefined ? [] : [path]));
        const explained = await explainGoalAnswer(services, { documents, fileOf }, goal);
        return 'problem' in explained ? toolError(explained.problem) : answer(explained);
    }));
}
