/**
 * A goal's check-ins as text, under its chart (tooltips do not print): each with its date,
 * value, confidence and note; one dated after today is marked, since it does not count yet.
 */
import { formatDate, formatValue, type GoalView } from '@smart-plan/language/protocol';
import { html, type SafeHtml } from './escape.js';

export function renderCheckins(goal: GoalView): SafeHtml {
    if (goal.checkins.length === 0) {
        return html`<p class="sp-tree-missing">No check-in yet.</p>`;
    }
    return html`<ol class="sp-checkins" aria-label="${`Check-ins of ${goal.title}`}">${goal.checkins.map(checkin => html`<li class="${checkin.afterToday ? 'sp-checkin sp-checkin-later' : 'sp-checkin'}">
<time class="sp-checkin-date" datetime="${checkin.date}">${formatDate(checkin.date)}</time>
<span class="sp-checkin-value">${formatValue(checkin.value, goal.unit)}</span>${checkin.confidence ? html`<span class="sp-tag">${`confidence ${checkin.confidence}`}</span>` : ''}${checkin.afterToday ? html`<span class="sp-tag sp-tag-later">after today</span>` : ''}
${checkin.note ? html`<span class="sp-note">${checkin.note}</span>` : ''}
</li>`)}</ol>`;
}
