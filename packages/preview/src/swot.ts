/** The plan's SWOT: strengths, weaknesses, opportunities and threats, in four quarters. */
import type { RenderContext } from './context.js';
import { html, type SafeHtml } from './escape.js';
import { declarationAttributes, sectionHeadingId } from './refs.js';

export function renderSwot(context: RenderContext): SafeHtml {
    const { swot } = context.view;
    if (!swot) {
        return html``;
    }
    const quarter = (name: string, className: string, items: readonly string[]) => html`<div class="${`sp-swot-part ${className}`}">
<h3 class="sp-subheading">${name}</h3>
${items.length > 0 ? html`<ul class="sp-list">${items.map(item => html`<li>${item}</li>`)}</ul>` : html`<p class="sp-tree-missing">None named.</p>`}
</div>`;
    return html`<section class="sp-section sp-swot" aria-labelledby="${sectionHeadingId(context, 'swot')}"${declarationAttributes(context, swot.line)}>
<h2 id="${sectionHeadingId(context, 'swot')}">SWOT</h2>
<div class="sp-swot-grid">
${quarter('Strengths', 'sp-swot-s', swot.strengths)}
${quarter('Weaknesses', 'sp-swot-w', swot.weaknesses)}
${quarter('Opportunities', 'sp-swot-o', swot.opportunities)}
${quarter('Threats', 'sp-swot-t', swot.threats)}
</div>
</section>`;
}
