/**
 * The SMART score of a goal: five letters, each satisfied when no rule of that letter
 * reports on the goal. Pure: takes the rule ids reported on the goal.
 */
import { isRuleId, ruleMetadata, type SmartLetter } from '../validation/rule-catalogue.js';

export type SmartLetters = Record<SmartLetter, boolean>;

export const LETTERS: readonly SmartLetter[] = ['S', 'M', 'A', 'R', 'T'];

export function smartLetters(ruleIdsOnGoal: Iterable<string>): SmartLetters {
    const letters: SmartLetters = { S: true, M: true, A: true, R: true, T: true };
    for (const id of ruleIdsOnGoal) {
        const letter = isRuleId(id) ? ruleMetadata(id).letter : undefined;
        if (letter) {
            letters[letter] = false;
        }
    }
    return letters;
}

/** A diagnostic as far as letters care: its rule id, and the goal it is about (`data.goal`). */
export interface GoalDiagnostic {
    code?: unknown;
    data?: unknown;
}

/** The SMART letters of each named goal, from the diagnostics reported in its document. */
export function lettersByGoal(diagnostics: Iterable<GoalDiagnostic>, goalNames: Iterable<string>): Map<string, SmartLetters> {
    const rulesByGoal = new Map<string, string[]>();
    for (const diagnostic of diagnostics) {
        const goal = (diagnostic.data as { goal?: unknown } | undefined)?.goal;
        if (typeof goal === 'string' && typeof diagnostic.code === 'string') {
            const rules = rulesByGoal.get(goal) ?? [];
            rules.push(diagnostic.code);
            rulesByGoal.set(goal, rules);
        }
    }
    return new Map([...goalNames].map(name => [name, smartLetters(rulesByGoal.get(name) ?? [])]));
}
