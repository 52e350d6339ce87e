/**
 * `record_checkins`, registered only with `smart mcp --allow-write`: records measured
 * values in a plan of the served folder exactly as `smart checkin` does (checkin-plan.ts:
 * every entry checked before anything is written, each into the check-in block of its
 * date in the formatter's layout, every other byte kept, an atomic write refused when the
 * plan changed on disk meanwhile). It answers the counts and the semantic diff of the
 * change; `dryRun` answers them without writing. Writes run one after another.
 */
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { CONFIDENCES, type CheckinInput, type CheckinProblem } from '@smart-plan/language';
import { z } from 'zod';
import { checkinPlanFile, defaultCheckinDate } from '../checkin-plan.js';
import { CliError } from '../cli-error.js';
import { comparePlans } from '../diff/compare-plans.js';
import { diffJson, DiffJsonSchema } from '../diff/format-json.js';
import type { McpPlans } from './mcp-plans.js';
import { answer, guarded, toolError } from './tool-result.js';

const EntrySchema = z.object({
    goal: z.string().describe('the goal\'s name as declared in the plan or a plan it imports'),
    value: z.union([z.string(), z.number()]).describe('the measured value as a plan writes it: 150, 12.5, -3 or 7.5%'),
    date: z.string().optional().describe('the day measured: 2027-03-31, 2027-03 (end of month) or 2027-Q1 (end of quarter); default today'),
    confidence: z.enum(CONFIDENCES).optional(),
    note: z.string().optional().describe('one line of text')
});

export function registerCheckinTool(server: McpServer, plans: McpPlans): void {
    let writing: Promise<unknown> = Promise.resolve();
    server.registerTool('record_checkins', {
        title: 'Record check-ins',
        description: 'Records measured values (check-ins) of goals in a .smart plan, exactly as `smart checkin` does: each entry goes into the `checkin DATE { ... }` block of its date (a new block in date order when there is none), the rest of the file is kept byte for byte, and all entries are checked before anything is written. An entry equal to one already there is left unchanged; the same goal and date with another value is refused unless replace is true. Answers the counts and the semantic diff of the change. Use dryRun to see the change without writing.',
        inputSchema: z.object({
            path: z.string().describe('the plan file, relative to the workspace folder'),
            entries: z.array(EntrySchema).min(1).max(10_000),
            replace: z.boolean().default(false).describe('rewrite an entry of the same goal and date that has another value'),
            dryRun: z.boolean().default(false).describe('only answer what would change')
        }),
        outputSchema: z.object({
            file: z.string(),
            added: z.number().int(),
            unchanged: z.number().int(),
            replaced: z.number().int(),
            written: z.boolean(),
            changes: DiffJsonSchema
        }),
        annotations: { title: 'Record check-ins', readOnlyHint: false, destructiveHint: false, idempotentHint: true, openWorldHint: false }
    }, async ({ path, entries, replace, dryRun }) => {
        const run = writing.then(() => guarded(async () => {
            const files = plans.root.planFiles([path]);
            if (files.length !== 1) {
                throw new CliError(`${path}: record_checkins writes into one plan file, not a folder of ${files.length}`);
            }
            const [file] = files;
            const label = plans.root.label(file);
            const services = await plans.servicesFor(files);
            const inputs: CheckinInput[] = entries.map(entry => ({
                goal: entry.goal,
                value: String(entry.value),
                date: entry.date ?? defaultCheckinDate(services, file),
                ...(entry.confidence !== undefined ? { confidence: entry.confidence } : {}),
                ...(entry.note !== undefined ? { note: entry.note } : {})
            }));
            const recorded = await checkinPlanFile(file, label, inputs, services, { replace, write: !dryRun, readImport: plans.root.readImport });
            if (recorded.outcome.problems.length > 0) {
                return toolError(`nothing was written to ${label}:\n${recorded.outcome.problems.map(problem => describeProblem(problem, inputs)).join('\n')}`);
            }
            const version = (text: string) => ({ path: file, text, label });
            const changes = await comparePlans([{ file: label, old: version(recorded.text), new: version(recorded.updated) }], { old: plans.root.readImport, new: plans.root.readImport });
            const { added, unchanged, replaced } = recorded.outcome;
            return answer({ file: label, added, unchanged, replaced, written: recorded.written, changes: diffJson(changes) });
        }));
        writing = run;
        return run;
    });
}

/** `entry 2 (growMembers on 2027-04-01): goal 'growMembers' already has 150 on 2027-04-01; ...`, or the plan's problem. */
function describeProblem(problem: CheckinProblem, inputs: readonly CheckinInput[]): string {
    if (problem.entry === undefined) {
        return problem.message;
    }
    const input = inputs[problem.entry];
    const also = problem.sameAs !== undefined ? ` (the same as entry ${problem.sameAs + 1})` : '';
    const conflict = problem.conflict ? ' (replace: true rewrites it)' : '';
    return `entry ${problem.entry + 1} (${input.goal} on ${input.date}): ${problem.message}${also}${conflict}`;
}
