/**
 * The inner HTML of the preview pane (and of the report's body), the whole plan as a
 * document: the header, the goals at a glance, a card per goal, the strategies and
 * tactics, the budget, the ideal clients, the buying journeys, the SWOT, the reviews, the
 * skills, the people and the metrics. Everything from the plan is escaped on the way in.
 */
import type { PlanView } from '@smart-plan/language/protocol';
import { renderAvatars } from './avatars.js';
import { renderBudget } from './budget.js';
import { renderContext, type RenderOptions } from './context.js';
import { html, type SafeHtml } from './escape.js';
import { renderGoalCard } from './goal-card.js';
import { renderGoalSummary } from './goal-summary.js';
import { renderJourneys } from './journeys.js';
import { renderPlanHeader } from './plan-header.js';
import { REVEAL_HINT_ID, sectionHeadingId } from './refs.js';
import { renderReviews } from './reviews.js';
import { renderStrategies } from './strategies.js';
import { renderSwot } from './swot.js';
import { renderMetrics, renderPeople, renderSkills } from './team.js';

export function renderPlanBody(view: PlanView, options: RenderOptions = {}): string {
    return planBodyHtml(view, options).value;
}

/** The body as markup, unjoined when large (the report writes it chunk by chunk). */
export function planBodyHtml(view: PlanView, options: RenderOptions = {}): SafeHtml {
    const context = renderContext(view, options);
    return html`<div class="sp-report">
${context.interactive ? html`<p id="${REVEAL_HINT_ID}" class="sp-visually-hidden">Press Enter to show it in the editor.</p>` : ''}
${renderPlanHeader(context)}
${renderGoalSummary(context)}
<section class="sp-section sp-goals" aria-labelledby="${sectionHeadingId(context, 'goals')}">
<h2 id="${sectionHeadingId(context, 'goals')}">Goals</h2>
${view.goals.length > 0 ? view.goals.map(goal => renderGoalCard(context, goal)) : html`<p class="sp-empty">This plan has no goals yet.</p>`}
</section>
${renderStrategies(context)}
${renderBudget(context)}
${renderAvatars(context)}
${renderJourneys(context)}
${renderSwot(context)}
${renderReviews(context)}
${renderSkills(context)}
${renderPeople(context)}
${renderMetrics(context)}
</div>`;
}
