/** The counts under a diff: elements added, removed and changed, and regressions. */
import type { DiffSummary, PlanChange } from './types.js';

/** Counts elements added, removed and changed (per file when changes carry one), and regressions. */
export function summarizeChanges(changes: ReadonlyArray<Pick<PlanChange, 'kind' | 'element' | 'change' | 'class'> & { file?: string }>): DiffSummary {
    const changedElements = new Set(changes
        .filter(c => c.change === 'changed' || c.change === 'renamed')
        .map(c => JSON.stringify([c.file ?? '', c.kind, c.element])));
    return {
        added: changes.filter(c => c.change === 'added').length,
        removed: changes.filter(c => c.change === 'removed').length,
        changed: changedElements.size,
        regressions: changes.filter(c => c.class === 'regression').length
    };
}
