/**
 * Answers the requests behind VS Code's language-model tools: `smart/diagnostics`,
 * `smart/goalList` and `smart/explainGoal`, from plan/assistant-answers.ts (the answers
 * `smart mcp` gives), on the plans the server has loaded (the workspace's, open or not,
 * and their imports), narrowed to the URIs the client names. Plans are named relative to
 * the workspace folders, as the model reads them. They run between builds, so every plan
 * is linked and validated (the workspace's plans are validated when it loads), and they
 * publish nothing. Params that are not what the protocol says are a request error.
 */
import { URI, type LangiumDocument } from 'langium';
import { ResponseError, type Connection } from 'vscode-languageserver';
import * as z from 'zod';
import { GOAL_STATUSES } from '../common/vocabulary.js';
import { explainGoalAnswer, goalListAnswer, lintAnswer, type AnswerScope } from '../plan/assistant-answers.js';
import { DIAGNOSTICS_REQUEST, EXPLAIN_GOAL_REQUEST, GOAL_LIST_REQUEST } from '../protocol.js';
import type { SmartServices } from '../smart-module.js';
import { whenBuilt } from './when-built.js';

const Within = z.array(z.string()).optional();
const DiagnosticsParamsSchema = z.object({ within: Within, errorsOnly: z.boolean().optional() }).optional();
const GoalListParamsSchema = z.object({ within: Within, statuses: z.array(z.enum(GOAL_STATUSES)).optional() }).optional();
const ExplainGoalParamsSchema = z.object({ within: Within, goal: z.string() });

export function registerAssistantRequests(connection: Connection, services: SmartServices): void {
    connection.onRequest(DIAGNOSTICS_REQUEST, async (params: unknown) => {
        const { within, errorsOnly } = parsed(DIAGNOSTICS_REQUEST, DiagnosticsParamsSchema, params) ?? {};
        return whenBuilt(services, () => lintAnswer(services, scopeOf(services, within), { errorsOnly }));
    });
    connection.onRequest(GOAL_LIST_REQUEST, async (params: unknown) => {
        const { within, statuses } = parsed(GOAL_LIST_REQUEST, GoalListParamsSchema, params) ?? {};
        return whenBuilt(services, () => goalListAnswer(services, scopeOf(services, within), statuses));
    });
    connection.onRequest(EXPLAIN_GOAL_REQUEST, async (params: unknown) => {
        const { within, goal } = parsed(EXPLAIN_GOAL_REQUEST, ExplainGoalParamsSchema, params);
        return whenBuilt(services, () => explainGoalAnswer(services, scopeOf(services, within), goal));
    });
}

function parsed<T>(request: string, schema: z.ZodType<T>, params: unknown): T {
    const result = schema.safeParse(params ?? undefined);
    if (!result.success) {
        throw new ResponseError(-32602, `${request}: ${z.prettifyError(result.error).split('\n').join(' ')}`);
    }
    return result.data;
}

/** The loaded plans within the given URIs (all without), in URI order, named as the workspace names them. */
function scopeOf(services: SmartServices, within: string[] | undefined): AnswerScope {
    const prefixes = within?.map(uri => URI.parse(uri).toString());
    const inside = (uri: string) => !prefixes || prefixes.some(prefix => uri === prefix || uri.startsWith(prefix.endsWith('/') ? prefix : `${prefix}/`));
    const documents: LangiumDocument[] = services.shared.workspace.LangiumDocuments.all
        .filter(document => inside(document.uri.toString()))
        .toArray()
        .sort((a, b) => a.uri.toString().localeCompare(b.uri.toString()));
    return { documents, fileOf: workspaceNames(services) };
}

/**
 * A plan's name in an answer, as VS Code's asRelativePath writes it: its path relative to
 * its workspace folder (after the folder's name when there are several), or its URI when
 * it lies in no workspace folder (an import from elsewhere).
 */
function workspaceNames(services: SmartServices): (document: LangiumDocument) => string {
    const folders = (services.shared.workspace.WorkspaceManager.workspaceFolders ?? []).map(folder => ({ name: folder.name, uri: URI.parse(folder.uri) }));
    return document => {
        const { uri } = document;
        for (const folder of folders) {
            const base = folder.uri.path.endsWith('/') ? folder.uri.path : `${folder.uri.path}/`;
            if (uri.scheme === folder.uri.scheme && uri.authority === folder.uri.authority && uri.path.startsWith(base)) {
                const path = uri.path.slice(base.length);
                return folders.length > 1 ? `${folder.name}/${path}` : path;
            }
        }
        return uri.toString();
    };
}
