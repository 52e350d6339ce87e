/**
 * `diff_plans`: the semantic diff of the folder's plans against a git ref, as `smart diff
 * --base REF --format json` answers it (elements matched by kind and name, every changed
 * fact classed as a regression, an improvement or neutral). Old versions come from git,
 * new ones from disk; imports are read only inside the served folder on both sides.
 */
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { basePairs } from '../diff/base-pairs.js';
import { comparePlans } from '../diff/compare-plans.js';
import { diffJson, DiffJsonSchema } from '../diff/format-json.js';
import type { ImportReader } from '../plan-workspace.js';
import type { WorkspaceRoot } from './workspace-root.js';
import { answer, guarded } from './tool-result.js';

export function registerDiffTool(server: McpServer, root: WorkspaceRoot): void {
    server.registerTool('diff_plans', {
        title: 'Diff plans against a git ref',
        description: 'The semantic diff of the .smart plans in the workspace folder against a git ref (a branch, tag or commit such as main, HEAD~1 or origin/main): every element added, removed, renamed or changed, each changed fact (target, deadline, baseline, owner, benchmarks, budget, check-ins, ...) with its old and new value as the plan writes it and its class (regression, improvement or neutral), and a summary. The same as `smart diff --base REF --format json`. Needs git and a repository around the folder.',
        inputSchema: z.object({
            ref: z.string().min(1).describe('the git ref to compare with, e.g. main or HEAD~1'),
            paths: z.array(z.string()).default([]).describe('plan files or folders to compare, relative to the workspace folder; none: all of it')
        }),
        outputSchema: DiffJsonSchema,
        annotations: { title: 'Diff plans against a git ref', readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false }
    }, async ({ ref, paths }) => guarded(async () => {
        const { pairs, readImport } = basePairs(ref, paths.map(path => root.confine(path)), root.path);
        const inside = (read: ImportReader): ImportReader => path => root.holds(path) ? read(path) : undefined;
        const changes = await comparePlans(pairs, { old: inside(readImport.old), new: inside(readImport.new) });
        return answer(diffJson(changes));
    }));
}
