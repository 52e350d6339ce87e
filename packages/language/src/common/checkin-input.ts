/**
 * One measured value to record in a plan, as a person or a spreadsheet gives it (goal,
 * date, value, optionally confidence and note), checked the way the language reads it,
 * and written as a check-in entry line. Shared by `smart checkin`, the editor's Record
 * Check-in command (which validates as you type) and the MCP server. Browser-safe.
 */
import { parseDate } from './dates.js';
import { CONFIDENCES, isCheckinConfidence } from './vocabulary.js';

export interface CheckinInput {
    goal: string;
    /** Any date form of the language: `2027-03-31`, `2027-03`, `2027-Q1`. */
    date: string;
    /** As a plan writes it: `150`, `12.5`, `-3`, `7.5%`. */
    value: string;
    confidence?: string;
    note?: string;
}

/** A value as the language writes it (the NUMBER terminal). */
const VALUE = /^-?[0-9]+(\.[0-9]+)?%?$/;
/** A name as the language writes it (the ID terminal). */
const NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/** What is wrong with a value for a goal whose metric counts in `unit`; undefined when it is fine. */
export function valueProblem(value: string, unit: string | undefined): string | undefined {
    if (!VALUE.test(value)) {
        return `'${value}' is not a value as a plan writes it (400, 12.5, -3 or 15%)`;
    }
    if (value.endsWith('%') && unit !== undefined && unit !== '%') {
        return `'${value}' is a percentage, but the goal's metric counts in ${unit}: drop the '%'`;
    }
    return undefined;
}

export function dateProblem(date: string): string | undefined {
    const parsed = parseDate(date, 'end');
    return parsed.ok ? undefined : `'${date}' is not a real date: ${parsed.problem}`;
}

export function confidenceProblem(confidence: string): string | undefined {
    return isCheckinConfidence(confidence) ? undefined : `'${confidence}' is not a confidence: write ${CONFIDENCES.join(', ')}`;
}

export function noteProblem(note: string): string | undefined {
    return /[\r\n]/.test(note) ? 'a note is one line of text' : undefined;
}

export function goalNameProblem(goal: string): string | undefined {
    return NAME.test(goal) ? undefined : `'${goal}' is not a goal name`;
}

/** Text as a quoted string of the language: `\` and `"` escaped, the only escapes. */
export function quoteText(text: string): string {
    return `"${text.replace(/[\\"]/g, char => `\\${char}`)}"`;
}

/** The entry line: `growMembers 150 confidence high "Webinar spike"`. */
export function entryText(entry: { goal: string; value: string; confidence?: string; note?: string }): string {
    return [entry.goal, entry.value, ...(entry.confidence ? ['confidence', entry.confidence] : []), ...(entry.note !== undefined ? [quoteText(entry.note)] : [])].join(' ');
}
