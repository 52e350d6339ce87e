/**
 * The buying journeys: per journey (named by its avatar's title), its steps in order,
 * wrapping onto as many rows as the width needs, each with the marketing reactions
 * (tactics by title, or assets) beside the stakeholders, competitors, worst cases and
 * alternatives of that step; a step without a reaction is flagged. Each journey and step
 * carries its declaration's line.
 */
import type { JourneyView, StepView } from '@smart-plan/language/protocol';
import type { RenderContext } from './context.js';
import { html, type SafeHtml } from './escape.js';
import { declarationAttributes, headingId, renderRef, sectionHeadingId } from './refs.js';

export function renderJourneys(context: RenderContext): SafeHtml {
    const { journeys } = context.view;
    if (journeys.length === 0) {
        return html``;
    }
    return html`<section class="sp-section sp-journeys" aria-labelledby="${sectionHeadingId(context, 'journeys')}">
<h2 id="${sectionHeadingId(context, 'journeys')}">Buying journeys</h2>
${journeys.map(journey => renderJourney(context, journey))}
</section>`;
}

function renderJourney(context: RenderContext, journey: JourneyView): SafeHtml {
    const title = headingId(context, 'journey', journey.name);
    return html`<article class="sp-journey"${declarationAttributes(context, journey.line, { anchor: ['journey', journey.name], labelledBy: title })}>
<h3 class="sp-journey-title" id="${title}"><span class="sp-journey-for">Journey of</span> ${renderRef(context, 'avatar', journey.avatar, 'sp-ref sp-avatar')}</h3>
<ol class="sp-steps">${journey.steps.map((step, index) => renderStep(context, step, index))}</ol>
</article>`;
}

function renderStep(context: RenderContext, step: StepView, index: number): SafeHtml {
    const details = (label: string, items: readonly string[]) => items.length === 0 ? '' : html`<div><dt>${label}</dt>${items.map(item => html`<dd>${item}</dd>`)}</div>`;
    return html`<li class="${step.missingReaction ? 'sp-step sp-step-missing' : 'sp-step'}"${declarationAttributes(context, step.line)}>
<div class="sp-step-head"><span class="sp-step-number" aria-hidden="true">${index + 1}</span><span class="sp-step-title">${step.title}</span></div>
${step.missingReaction
        ? html`<p class="sp-step-flag"><span aria-hidden="true">⚠</span> No reaction planned</p>`
        : html`<ul class="sp-reactions" aria-label="Marketing reactions">${step.reactions.map(reaction => html`<li>${reaction.tactic ? renderRef(context, 'tactic', reaction.tactic) : reaction.asset}</li>`)}</ul>`}
<dl class="sp-step-details">
${details('Stakeholders', step.stakeholders)}
${details('Competitors', step.competitors)}
${details('Worst case', step.worstCases)}
${details('Alternatives', step.alternatives)}
</dl>
</li>`;
}
