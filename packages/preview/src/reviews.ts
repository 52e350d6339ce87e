/**
 * The review sessions in date order: date and title, who attended, and the decisions
 * taken (each with the goals it is about, linked to their cards); a review dated after
 * today is marked as planned.
 */
import { formatDate } from '@smart-plan/language/protocol';
import type { RenderContext } from './context.js';
import { html, type SafeHtml } from './escape.js';
import { declarationAttributes, renderRefs, sectionHeadingId } from './refs.js';

export function renderReviews(context: RenderContext): SafeHtml {
    const reviews = [...context.view.reviews].sort((a, b) => a.date < b.date ? -1 : a.date > b.date ? 1 : 0);
    if (reviews.length === 0) {
        return html``;
    }
    return html`<section class="sp-section sp-reviews" aria-labelledby="${sectionHeadingId(context, 'reviews')}">
<h2 id="${sectionHeadingId(context, 'reviews')}">Reviews</h2>
<ol class="sp-review-list">${reviews.map(review => html`<li class="sp-card sp-review"${declarationAttributes(context, review.line)}>
<h3 class="sp-review-title"><time datetime="${review.date}">${formatDate(review.date)}</time> · ${review.title}${review.afterToday ? html` <span class="sp-tag sp-tag-later">planned</span>` : ''}</h3>
${review.attendees.length > 0 ? html`<p class="sp-review-people"><span class="sp-meta-label">Attendees</span> ${renderRefs(context, 'person', review.attendees, 'sp-ref sp-person')}</p>` : ''}
${review.decisions.length > 0 ? html`<ul class="sp-decisions" aria-label="Decisions">${review.decisions.map(decision => html`<li>${decision.text}${decision.about.length > 0 ? html` <span class="sp-decision-about"><span class="sp-meta-label">About</span> ${renderRefs(context, 'goal', decision.about)}</span>` : ''}</li>`)}</ul>` : html`<p class="sp-tree-missing">No decision recorded.</p>`}
</li>`)}</ol>
</section>`;
}
