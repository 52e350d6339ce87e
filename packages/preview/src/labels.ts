/**
 * A goal's status as the pane and the reports draw it, from the shared vocabulary
 * (`@smart-plan/language/protocol`): a chip's symbol and label, and a CSS class. Reads
 * unvalidated input safely: an unexpected status reads as itself.
 */
import { isGoalStatus, statusLabel, STATUS_WORDS, type GoalStatus } from '@smart-plan/language/protocol';

/** The status's symbol and label (`▲`, `At risk`). */
export function statusChip(status: string): { symbol: string; text: string } {
    return isGoalStatus(status) ? { symbol: STATUS_WORDS[status].symbol, text: statusLabel(status) } : { symbol: '?', text: status };
}

/** The status as a CSS class suffix; only the known statuses, anything else is `unknown`. */
export function statusClass(status: string): GoalStatus {
    return isGoalStatus(status) ? status : 'unknown';
}
