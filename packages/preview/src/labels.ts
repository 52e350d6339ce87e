/**
 * The words the pane and the reports use for a goal's status and for the SMART letters.
 * Status words mirror the editor's code lens (a symbol and a phrase, so the chip does not
 * rely on colour alone).
 */
import type { GoalView } from '@smart-plan/language/protocol';

export type GoalStatus = GoalView['status'];
export type Letter = keyof GoalView['letters'];

export const LETTERS: readonly Letter[] = ['S', 'M', 'A', 'R', 'T'];

export const STATUS_LABELS: Readonly<Record<GoalStatus, { symbol: string; text: string }>> = {
    'done': { symbol: '✔', text: 'Done' },
    'missed': { symbol: '✖', text: 'Missed' },
    'not-started': { symbol: '○', text: 'Not started' },
    'on-track': { symbol: '●', text: 'On track' },
    'at-risk': { symbol: '▲', text: 'At risk' },
    'behind': { symbol: '▼', text: 'Behind' },
    'unknown': { symbol: '?', text: 'Status unknown' }
};

/** The status's label; an unexpected value (an unvalidated view) reads as itself. */
export function statusLabel(status: string): { symbol: string; text: string } {
    return Object.hasOwn(STATUS_LABELS, status) ? STATUS_LABELS[status as GoalStatus] : { symbol: '?', text: status };
}

/** The status as a CSS class suffix; only the known statuses, anything else is `unknown`. */
export function statusClass(status: string): GoalStatus {
    return Object.hasOwn(STATUS_LABELS, status) ? status as GoalStatus : 'unknown';
}

export const LETTER_NAMES: Readonly<Record<Letter, string>> = {
    S: 'Specific',
    M: 'Measurable',
    A: 'Aligned and accountable',
    R: 'Reasonable',
    T: 'Time-bound'
};
