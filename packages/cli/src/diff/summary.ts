/**
 * Words shared by the diff formats: the summary line and the no-change line.
 */
import type { DiffSummary } from '@smart-plan/language';

export const NO_SEMANTIC_CHANGES = 'no semantic changes';

/** `1 added, 2 removed, 3 changed, 1 regression`. */
export function summaryLine(summary: DiffSummary): string {
    return `${summary.added} added, ${summary.removed} removed, ${summary.changed} changed, ${summary.regressions} regression${summary.regressions === 1 ? '' : 's'}`;
}
