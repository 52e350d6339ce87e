/**
 * The resources of `smart mcp`: each plan of the served folder as text
 * (`smart://plans/<path>`, the path relative to the folder, its segments percent-encoded),
 * and the rule documentation (`smart://rules`, the page `packages/cli/docs/rules.md` is
 * generated as: every rule's id, SMART letter, default severity, trigger, fix and an
 * example). A plan URI is decoded and confined like any path argument; a bad one is a
 * JSON-RPC invalid-params error naming only the URI.
 */
import { ResourceTemplate, type McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { ErrorCode } from '@modelcontextprotocol/sdk/types.js';
import { RULES } from '@smart-plan/language';
import { CliError } from '../cli-error.js';
import { readPlanFile } from '../plan-workspace.js';
import { renderRuleDocs } from '../rule-docs.js';
import type { WorkspaceRoot } from './workspace-root.js';

const PLAN_MIME_TYPE = 'text/x-smart';
export const RULES_URI = 'smart://rules';

export function planUri(label: string): string {
    return `smart://plans/${label.split('/').map(encodeURIComponent).join('/')}`;
}

export function registerResources(server: McpServer, root: WorkspaceRoot): void {
    server.registerResource('plan', new ResourceTemplate('smart://plans/{+path}', {
        list: async () => ({
            resources: root.planFiles().map(file => ({ uri: planUri(root.label(file)), name: root.label(file), mimeType: PLAN_MIME_TYPE }))
        })
    }), {
        title: 'A .smart plan',
        description: 'The text of a .smart marketing plan of the workspace folder.',
        mimeType: PLAN_MIME_TYPE
    }, async (uri, { path }) => {
        try {
            const files = root.planFiles([decodeURIComponent(String(path))]);
            if (files.length !== 1) {
                throw new CliError(`${uri.href}: names a folder, not a plan`);
            }
            return { contents: [{ uri: uri.href, mimeType: PLAN_MIME_TYPE, text: readPlanFile(files[0], root.label(files[0])) }] };
        } catch (error) {
            const message = error instanceof CliError ? error.message : error instanceof URIError ? `${uri.href}: not a well-formed URI` : String(error);
            // An error with a code becomes a JSON-RPC error of that code (McpError would prefix its message twice).
            throw Object.assign(new Error(message), { code: ErrorCode.InvalidParams });
        }
    });

    server.registerResource('rules', RULES_URI, {
        title: 'The SMART rules',
        description: 'Every rule id a diagnostic carries: its SMART letter, default severity, what triggers it, how to fix it, and an example (Markdown).',
        mimeType: 'text/markdown'
    }, async uri => ({ contents: [{ uri: uri.href, mimeType: 'text/markdown', text: renderRuleDocs(RULES) }] }));
}
