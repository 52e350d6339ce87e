/**
 * The language-model tools (`contributes.languageModelTools`): the read-only tools of
 * `smart mcp` over the open workspace, for Copilot's agent mode and any extension using
 * VS Code's tool API: lint the plans, a plan's report, the goals by status, one goal
 * explained. Each asks the language server (`smart/diagnostics`, `smart/preview`,
 * `smart/goalList`, `smart/explainGoal`), so the answers are the CLI's and the editor's,
 * checked against their schemas on arrival, and handed to the model as JSON. Paths must lie
 * in the workspace (workspace-paths.ts); a refusal or a problem is thrown, as VS Code
 * passes a tool's error message to the model. They never write.
 */
import * as vscode from 'vscode';
import { State, type BaseLanguageClient } from 'vscode-languageclient';
import type { ZodType } from 'zod';
import {
    ASSISTANT_TOOLS, DIAGNOSTICS_REQUEST, EXPLAIN_GOAL_REQUEST, GOAL_LIST_REQUEST,
    type DiagnosticsParams, type ExplainGoalParams, type GoalListParams
} from '@smart-plan/language/protocol';
import { isPlanDocument } from './client-options.js';
import { languageModelToolsApi } from './lm-api.js';
import { requestPlanViewAt } from './plan-view-request.js';
import { resolvePath, scopeOfPaths, workspaceName } from './workspace-paths.js';

/** How long a tool waits for the language server to be running (it starts with the extension). */
const START_TIMEOUT_MS = 30_000;

/** Registers the tools where VS Code has the API (1.95 and later); none before. */
export function registerLanguageModelTools(client: () => BaseLanguageClient): vscode.Disposable[] {
    const api = languageModelToolsApi();
    if (!api) {
        return [];
    }
    const request = async <R>(method: string, params: unknown): Promise<R> => (await running(client())).sendRequest<R>(method, params);
    const { lintPlans, planReport, listGoals, explainGoal } = ASSISTANT_TOOLS;
    // In the editor a report needs no path: without one it is the active editor's plan.
    const reportInput = planReport.input.partial();
    // The input is checked by VS Code against package.json's schema; parsing it again applies the defaults.
    const tools: Record<keyof typeof ASSISTANT_TOOLS, ToolBody> = {
        lintPlans: {
            prepare: () => 'Checking the plans against the SMART rules',
            answer: async input => {
                const { paths, quiet } = inputOf(lintPlans.input, input);
                const params: DiagnosticsParams = { within: await scopeOfPaths(paths), errorsOnly: quiet };
                return lintPlans.output.parse(await request(DIAGNOSTICS_REQUEST, params));
            }
        },
        planReport: {
            prepare: input => `Reading the report of ${reportInput.safeParse(input).data?.path ?? 'the active plan'}`,
            answer: async input => {
                const { path } = inputOf(reportInput, input);
                const uri = path === undefined ? activePlan() : await resolvePath(path);
                const view = await requestPlanViewAt(await running(client()), uri);
                if (!view) {
                    throw new Error(`${path ?? workspaceName(uri.toString())}: not a plan of the workspace`);
                }
                return planReport.output.parse({ ...view, file: workspaceName(uri.toString()) });
            }
        },
        listGoals: {
            prepare: () => 'Listing the goals of the plans by status',
            answer: async input => {
                const { status, paths } = inputOf(listGoals.input, input);
                const params: GoalListParams = { within: await scopeOfPaths(paths), statuses: status };
                return listGoals.output.parse(await request(GOAL_LIST_REQUEST, params));
            }
        },
        explainGoal: {
            prepare: input => `Explaining the goal ${explainGoal.input.safeParse(input).data?.goal ?? ''}`.trim(),
            answer: async input => {
                const { goal, path } = inputOf(explainGoal.input, input);
                const params: ExplainGoalParams = { goal, within: path === undefined ? await scopeOfPaths([]) : [(await resolvePath(path)).toString()] };
                const answer = await request<unknown>(EXPLAIN_GOAL_REQUEST, params);
                if (typeof answer === 'object' && answer !== null && 'problem' in answer) {
                    throw new Error(String(answer.problem));
                }
                return explainGoal.output.parse(answer);
            }
        }
    };
    return Object.entries(tools).map(([key, { prepare, answer }]) => api.registerTool<unknown>(ASSISTANT_TOOLS[key as keyof typeof ASSISTANT_TOOLS].names.editor, {
        prepareInvocation: ({ input }) => ({ invocationMessage: prepare(input) }),
        invoke: async ({ input }) => api.textResult(JSON.stringify(await answer(input)))
    }));
}

/** A tool: the progress message, and the answer (thrown errors reach the model as the tool's error). */
interface ToolBody {
    prepare(input: unknown): string;
    answer(input: unknown): Promise<unknown>;
}

/** The input with its defaults, or an Error saying what is wrong with it. */
function inputOf<T>(schema: ZodType<T>, input: unknown): T {
    const parsed = schema.safeParse(input ?? {});
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new Error(`invalid input: ${issue ? `${issue.path.map(String).join('.') || 'input'}: ${issue.message}` : 'not what the tool takes'}`);
    }
    return parsed.data;
}

function activePlan(): vscode.Uri {
    const document = vscode.window.activeTextEditor?.document;
    if (!isPlanDocument(document)) {
        throw new Error('no path was given and the active editor holds no .smart plan: give the plan\'s path');
    }
    return document.uri;
}

/** The client once its server runs (it may still be starting, or restarting). */
async function running(client: BaseLanguageClient): Promise<BaseLanguageClient> {
    if (client.state === State.Running) {
        return client;
    }
    await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => {
            listener.dispose();
            reject(new Error('the SMART language server is not running (see the "SMART Language Server" output)'));
        }, START_TIMEOUT_MS);
        const listener = client.onDidChangeState(({ newState }) => {
            if (newState === State.Running) {
                clearTimeout(timer);
                listener.dispose();
                resolve();
            }
        });
    });
    return client;
}
