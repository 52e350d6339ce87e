/**
 * Who and what the plan relies on: the skills (with their coach and the tactics they
 * support, a skill without a coach flagged), the people with their roles, and the metrics
 * with their units.
 */
import type { RenderContext } from './context.js';
import { html, type SafeHtml } from './escape.js';
import { unitText } from './labels.js';
import { declarationAttributes, renderRef, renderRefs, sectionHeadingId } from './refs.js';

export function renderSkills(context: RenderContext): SafeHtml {
    const { skills } = context.view;
    if (skills.length === 0) {
        return html``;
    }
    return html`<section class="sp-section sp-skills" aria-labelledby="${sectionHeadingId(context, 'skills')}">
<h2 id="${sectionHeadingId(context, 'skills')}">Skills</h2>
<ul class="sp-rows">${skills.map(skill => html`<li class="sp-row"${declarationAttributes(context, skill.line, { anchor: ['skill', skill.name] })}>
<span class="sp-row-title">${skill.title}</span>
<span class="sp-row-facts">${skill.coach ? html`<span class="sp-meta-label">Coach</span> ${renderRef(context, 'person', skill.coach, 'sp-ref sp-person')}` : html`<span class="sp-warn">No coach</span>`}${skill.supports.length > 0 ? html` · <span class="sp-meta-label">Supports</span> ${renderRefs(context, 'tactic', skill.supports)}` : ''}</span>
</li>`)}</ul>
</section>`;
}

export function renderPeople(context: RenderContext): SafeHtml {
    const { people } = context.view;
    if (people.length === 0) {
        return html``;
    }
    return html`<section class="sp-section sp-people" aria-labelledby="${sectionHeadingId(context, 'people')}">
<h2 id="${sectionHeadingId(context, 'people')}">People</h2>
<ul class="sp-rows">${people.map(person => html`<li class="sp-row"${declarationAttributes(context, person.line, { anchor: ['person', person.name] })}>
<span class="sp-row-title sp-person" title="${`person ${person.name}`}">${person.title}</span>
${person.roles.length > 0 ? html`<span class="sp-row-facts">${person.roles.join(' · ')}</span>` : ''}
</li>`)}</ul>
</section>`;
}

export function renderMetrics(context: RenderContext): SafeHtml {
    const { metrics } = context.view;
    if (metrics.length === 0) {
        return html``;
    }
    return html`<section class="sp-section sp-metrics" aria-labelledby="${sectionHeadingId(context, 'metrics')}">
<h2 id="${sectionHeadingId(context, 'metrics')}">Metrics</h2>
<ul class="sp-rows">${metrics.map(metric => html`<li class="sp-row"${declarationAttributes(context, metric.line, { anchor: ['metric', metric.name] })}>
<span class="sp-row-title" title="${`metric ${metric.name}`}">${metric.title}</span>
<span class="sp-row-facts">${unitText(metric.unit)}</span>
</li>`)}</ul>
</section>`;
}
