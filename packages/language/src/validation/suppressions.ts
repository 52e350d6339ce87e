/**
 * Suppression comments, read from a plan's text:
 *   // smart-disable-next-line rule-a, rule-b   silences those rules on the next line;
 *   // smart-disable rule-a                      alone on a line, for the rest of the file.
 * Pure: returns what is silenced where, and the names that are not rule ids (each with
 * the closest rule id, when one is close enough to be what was meant).
 */
import { closestNames } from '../common/did-you-mean.js';
import { isRuleId, RULES } from '../rules/index.js';

export interface SuppressionRange {
    line: number;
    character: number;
    length: number;
}

export interface Suppressions {
    /** 0-based line → rules silenced on that line. */
    byLine: Map<number, Set<string>>;
    /** Rules silenced from a 0-based line to the end of the file. */
    fromLine: Array<{ line: number; rule: string }>;
    /** Names in suppression comments that are no rule id, with the closest rule id if any. */
    unknown: Array<{ name: string; range: SuppressionRange; closest?: string }>;
}

const SUPPRESSION = /^(\s*\/\/\s*)(smart-disable-next-line|smart-disable)(\s+)(.*?)\s*$/;

export function readSuppressions(text: string): Suppressions {
    const result: Suppressions = { byLine: new Map(), fromLine: [], unknown: [] };
    if (!text.includes('smart-disable')) {
        return result; // most plans: no need to split a large text into lines
    }
    const lines = text.split(/\r\n|\r|\n/);
    lines.forEach((lineText, line) => {
        const match = SUPPRESSION.exec(lineText);
        if (!match) {
            return;
        }
        const [, lead, directive, gap, list] = match;
        let offset = lead.length + directive.length + gap.length;
        for (const part of list.split(',')) {
            const name = part.trim();
            const character = offset + part.indexOf(name);
            offset += part.length + 1;
            if (!name) {
                continue;
            }
            if (!isRuleId(name)) {
                const [closest] = closestNames(name, RULES.map(rule => rule.id), 1);
                result.unknown.push({ name, range: { line, character, length: name.length }, ...(closest ? { closest } : {}) });
                continue;
            }
            if (directive === 'smart-disable-next-line') {
                const silenced = result.byLine.get(line + 1) ?? new Set<string>();
                silenced.add(name);
                result.byLine.set(line + 1, silenced);
            } else {
                result.fromLine.push({ line, rule: name });
            }
        }
    });
    return result;
}

export function isSuppressed(suppressions: Suppressions, rule: string, line: number): boolean {
    return suppressions.byLine.get(line)?.has(rule) === true
        || suppressions.fromLine.some(entry => entry.rule === rule && entry.line < line);
}
