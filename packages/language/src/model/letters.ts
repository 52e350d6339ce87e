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
