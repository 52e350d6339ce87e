/**
 * The SMART score of a goal: five letters, each satisfied when no rule of that letter
 * reports on the goal. Pure: takes the rule ids reported on the goal, and which letter
 * each rule checks (the rules know that, rules/index.ts; the model does not).
 */
import { SMART_LETTERS, type SmartLetter } from '../common/vocabulary.js';

export type SmartLetters = Record<SmartLetter, boolean>;

/** The SMART letter a rule id checks, or undefined for none (or for no rule). */
export type LetterOfRule = (ruleId: string) => SmartLetter | undefined;

export function smartLetters(ruleIdsOnGoal: Iterable<string>, letterOf: LetterOfRule): SmartLetters {
    const letters = Object.fromEntries(SMART_LETTERS.map(letter => [letter, true])) as SmartLetters;
    for (const id of ruleIdsOnGoal) {
        const letter = letterOf(id);
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
export function lettersByGoal(diagnostics: Iterable<GoalDiagnostic>, goalNames: Iterable<string>, letterOf: LetterOfRule): Map<string, SmartLetters> {
    const rulesByGoal = new Map<string, string[]>();
    for (const diagnostic of diagnostics) {
        const goal = (diagnostic.data as { goal?: unknown } | undefined)?.goal;
        if (typeof goal === 'string' && typeof diagnostic.code === 'string') {
            const rules = rulesByGoal.get(goal) ?? [];
            rules.push(diagnostic.code);
            rulesByGoal.set(goal, rules);
        }
    }
    return new Map([...goalNames].map(name => [name, smartLetters(rulesByGoal.get(name) ?? [], letterOf)]));
}
