/**
 * A goal's SMART letters: five badges, satisfied or not. A failing letter's tooltip (and
 * its accessible label) names the letter and lists the messages of the rules that fail
 * it, from the view model's `letterReasons`.
 */
import type { GoalView } from '@smart-plan/language/protocol';
import { html, type SafeHtml } from './escape.js';
import { LETTER_NAMES, SMART_LETTERS, type SmartLetter } from '@smart-plan/language/protocol';

/** The tooltip of a letter: its name and, when it fails, why. */
export function letterTooltip(goal: Pick<GoalView, 'letters' | 'letterReasons'>, letter: SmartLetter): string {
    const name = `${letter} — ${LETTER_NAMES[letter]}`;
    if (goal.letters[letter]) {
        return `${name}: satisfied`;
    }
    const reasons = goal.letterReasons[letter] ?? [];
    return reasons.length > 0 ? `${name}: not satisfied.\n${reasons.map(reason => `• ${reason}`).join('\n')}` : `${name}: not satisfied`;
}

export function renderLetters(goal: GoalView): SafeHtml {
    return html`<ul class="sp-letters" aria-label="SMART letters">${SMART_LETTERS.map(letter => {
        const ok = goal.letters[letter] === true;
        const tooltip = letterTooltip(goal, letter);
        return html`<li class="${ok ? 'sp-letter sp-letter-ok' : 'sp-letter sp-letter-fail'}" title="${tooltip}" aria-label="${tooltip}">${letter}</li>`;
    })}</ul>`;
}

/** The failing letters' reasons as a list under the card, for print (tooltips do not print). */
export function renderLetterReasons(goal: GoalView): SafeHtml {
    const failing = SMART_LETTERS.filter(letter => goal.letters[letter] !== true);
    if (failing.length === 0) {
        return html``;
    }
    return html`<ul class="sp-reasons">${failing.map(letter => {
        const reasons = goal.letterReasons[letter] ?? [];
        return html`<li><span class="sp-reason-letter">${letter}</span> ${reasons.length > 0 ? reasons.join(' ') : `${LETTER_NAMES[letter]}: not satisfied.`}</li>`;
    })}</ul>`;
}
