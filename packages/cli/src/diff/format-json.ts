/**
 * `smart diff --format json`, exactly as cli.md gives it:
 * `{ summary: { added, removed, changed, regressions }, changes: [{ file, kind, name,
 * change, field?, old?, new?, class }] }`. `old` and `new` are the fact as written in the
 * plan (`400`, `170 by 2027-03-31`, `"a quoted text"`); for a rename, the two names.
 */
import { summarizeChanges } from '@smart-plan/language';
import type { FileChange } from './compare-plans.js';

export function formatDiffJson(changes: FileChange[]): string {
    const output = {
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
    return JSON.stringify(output, null, 2) + '\n';
}
