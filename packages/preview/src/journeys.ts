/**
 * The buying journeys: per journey, its steps in a row with the marketing reaction(s) at
 * each step; a step without a reaction is flagged. Each journey and step carries its
 * declaration's line.
 */
import type { JourneyView } from '@smart-plan/language/protocol';
import { html, lineAttribute, type SafeHtml } from './escape.js';

type StepView = JourneyView['steps'][number];

export function renderJourneys(journeys: readonly JourneyView[]): SafeHtml {
    if (journeys.length === 0) {
        return html``;
    }
    return html`<section class="sp-section sp-journeys">
<h2>Buying journeys</h2>
${journeys.map(renderJourney)}
</section>`;
}

function renderJourney(journey: JourneyView): SafeHtml {
    return html`<article class="sp-journey"${lineAttribute(journey.line)}>
<h3 class="sp-journey-title">${journey.name} <span class="sp-journey-for">for <span class="sp-avatar">${journey.avatar}</span></span></h3>
<ol class="sp-steps">${journey.steps.map(renderStep)}</ol>
</article>`;
}

function renderStep(step: StepView, index: number): SafeHtml {
    return html`<li class="${step.missingReaction ? 'sp-step sp-step-missing' : 'sp-step'}"${lineAttribute(step.line)}>
<div class="sp-step-number">${index + 1}</div>
<div class="sp-step-title">${step.title}</div>
${step.missingReaction
        ? html`<p class="sp-step-flag"><span aria-hidden="true">⚠</span> No reaction planned</p>`
        : html`<ul class="sp-reactions">${step.reactions.map(reaction => html`<li>${reaction}</li>`)}</ul>`}
</li>`;
}
