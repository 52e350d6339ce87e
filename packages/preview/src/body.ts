/**
 * The inner HTML of the preview pane (and of the report's body): the plan header, a card
 * per goal, and the buying journeys. Everything from the plan is escaped on the way in.
 */
import type { PlanView } from '@smart-plan/language/protocol';
import { html, type SafeHtml } from './escape.js';
import { renderGoalCard } from './goal-card.js';
import { renderJourneys } from './journeys.js';
import { renderPlanHeader } from './plan-header.js';

export function renderPlanBody(view: PlanView): string {
    return planBodyHtml(view).value;
}

/** The body as markup, unjoined when large (the report writes it chunk by chunk). */
export function planBodyHtml(view: PlanView): SafeHtml {
    return html`<div class="sp-report">
${renderPlanHeader(view)}
<section class="sp-section sp-goals">
<h2>Goals</h2>
${view.goals.length > 0 ? view.goals.map(goal => renderGoalCard(goal, view.today)) : html`<p class="sp-empty">This plan has no goals yet.</p>`}
</section>
${renderJourneys(view.journeys)}
</div>`;
}
