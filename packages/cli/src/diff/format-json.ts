/**
 * `smart diff --format json`, exactly as cli.md gives it:
 * `{ summary: { added, removed, changed, regressions }, changes: [{ file, kind, name,
 * change, field?, old?, new?, class, review? }] }`, with `review: { file, date, title,
 * decision } | null` on each regression, and the summary's `unreviewed` count. `old` and `new` are the fact as written in the
 * plan (`400`, `170 by 2027-03-31`, `"a quoted text"`); for a rename, the two names.
 */
import type { FileChange } from './compare-plans.js';
import { summarizeFileChanges } from './summary.js';

export function formatDiffJson(changes: FileChange[]): string {
    const output = {
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
    return JSON.stringify(output, null, 2) + '\n';
}
