/**
 * Words shared by the diff formats: the summary (with how many regressions no review
 * decided), the summary line, the no-change line, and how a regression's review reads.
 */
import { summarizeChanges, type DiffSummary, type ReviewReference } from '@smart-plan/language';
import type { FileChange } from './compare-plans.js';

export const NO_SEMANTIC_CHANGES = 'no semantic changes';

export interface ReviewedSummary extends DiffSummary {
    /** Regressions that no review of the change decided about. */
    unreviewed: number;
}

export function summarizeFileChanges(changes: FileChange[]): ReviewedSummary {
    return { ...summarizeChanges(changes), unreviewed: changes.filter(isUnreviewed).length };
}

/** A regression no review of the change decided about. */
export function isUnreviewed(change: FileChange): boolean {
    return change.class === 'regression' && !change.review;
}

/** `1 added, 2 removed, 3 changed, 2 regressions (1 not reviewed)`. */
export function summaryLine(summary: ReviewedSummary): string {
    const unreviewed = summary.regressions > 0 ? ` (${summary.unreviewed === 0 ? 'all reviewed' : `${summary.unreviewed} not reviewed`})` : '';
    return `${summary.added} added, ${summary.removed} removed, ${summary.changed} changed, ${summary.regressions} regression${summary.regressions === 1 ? '' : 's'}${unreviewed}`;
}

/** `reviewed 2027-03-08 "Q1 review": Lower the target`. */
export function reviewText(review: ReviewReference): string {
    return `reviewed ${review.date} "${review.title}": ${review.decision}`;
}
