/**
 * `smart diff --format json`, exactly as cli.md gives it:
 * `{ summary: { added, removed, changed, regressions }, changes: [{ file, kind, name,
 * change, field?, old?, new?, class, review? }] }`, with `review: { file, date, title,
 * decision } | null` on each regression, and the summary's `unreviewed` count. `old` and `new` are the fact as written in the
 * plan (`400`, `170 by 2027-03-31`, `"a quoted text"`); for a rename, the two names.
 * `diffJson` is the object itself (what `smart mcp`'s diff tool answers).
 */
import { z } from 'zod';
import type { FileChange } from './compare-plans.js';
import { summarizeFileChanges } from './summary.js';

/** The JSON, as a schema (`smart mcp`'s diff tool publishes it as its output schema). */
export const DiffJsonSchema = z.object({
    summary: z.object({ added: z.number().int(), removed: z.number().int(), changed: z.number().int(), regressions: z.number().int(), unreviewed: z.number().int() }),
    changes: z.array(z.object({
        file: z.string(),
        kind: z.string(),
        name: z.string(),
        change: z.enum(['added', 'removed', 'renamed', 'changed']),
        field: z.string().optional(),
        old: z.string().optional(),
        new: z.string().optional(),
        class: z.enum(['regression', 'improvement', 'neutral']),
        /** On a regression: the review decision about it, or null when none decided it. */
        review: z.object({ file: z.string(), date: z.string(), title: z.string(), decision: z.string() }).nullable().optional()
    }))
});

export type DiffJson = z.infer<typeof DiffJsonSchema>;

export function diffJson(changes: FileChange[]): DiffJson {
    return {
        summary: summarizeFileChanges(changes),
        changes: changes.map(c => ({
            file: c.file.split('\\').join('/'),
            kind: c.kind,
            name: c.name,
            change: c.change,
            ...(c.field !== undefined ? { field: c.field } : {}),
            ...(c.old !== undefined ? { old: c.old } : {}),
            ...(c.new !== undefined ? { new: c.new } : {}),
            class: c.class,
            ...(c.class === 'regression' ? { review: c.review ? { ...c.review, file: c.review.file.split('\\').join('/') } : null } : {})
        }))
    };
}

export function formatDiffJson(changes: FileChange[]): string {
    return JSON.stringify(diffJson(changes), null, 2) + '\n';
}
