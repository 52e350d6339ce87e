/**
 * `smart diff --format json`, exactly as cli.md gives it:
 * `{ summary: { added, removed, changed, regressions }, changes: [{ file, kind, name,
 * change, field?, old?, new?, class }] }`. `old` and `new` are the fact as written in the
 * plan (`400`, `170 by 2027-03-31`, `"a quoted text"`); for a rename, the two names.
 * `diffJson` is the object itself (what `smart mcp`'s diff tool answers).
 */
import { summarizeChanges, type DiffSummary } from '@smart-plan/language';
import type { FileChange } from './compare-plans.js';

export type DiffJson = {
    summary: DiffSummary;
    changes: Array<{ file: string; kind: string; name: string; change: string; field?: string; old?: string; new?: string; class: string }>;
};

export function diffJson(changes: FileChange[]): DiffJson {
    return {
        summary: summarizeChanges(changes),
        changes: changes.map(c => ({
            file: c.file.split('\\').join('/'),
            kind: c.kind,
            name: c.name,
            change: c.change,
            ...(c.field !== undefined ? { field: c.field } : {}),
            ...(c.old !== undefined ? { old: c.old } : {}),
            ...(c.new !== undefined ? { new: c.new } : {}),
            class: c.class
        }))
    };
}

export function formatDiffJson(changes: FileChange[]): string {
    return JSON.stringify(diffJson(changes), null, 2) + '\n';
}
