/**
 * One goal's card: title, status chip, owner, avatars, metric and the goal it aligns to
 * (by title, linked to their place on the page), the figures (actual, expected today,
 * target, progress), the progress bar, the SMART letters, the deadline with days left,
 * the forecast at the pace so far and the roll-up of the goals aligned to it, the chart,
 * the check-ins as text, the review decisions about it, and the strategies serving it
 * (each drawn once, in the strategies section). Clicking the card reveals the goal.
 */
import type { GoalView } from '@smart-plan/language/protocol';
import { formatDate, formatDaysLeft, formatForecastLine, formatPercent, formatRollup, formatValue } from '@smart-plan/language/protocol';
import { renderChart } from './chart.js';
import { renderCheckins } from './checkins.js';
import type { RenderContext } from './context.js';
import { html, type SafeHtml } from './escape.js';
import { statusChip, statusClass } from './labels.js';
import { renderLetterReasons, renderLetters } from './letters.js';
import { renderProgressBar } from './progress-bar.js';
import { declarationAttributes, headingId, renderRef, renderRefs } from './refs.js';

/** The status chip: a symbol and words, coloured by status. */
export function renderStatusChip(status: string): SafeHtml {
    const label = statusChip(status);
    return html`<span class="${`sp-chip sp-chip-${statusClass(status)}`}"><span class="sp-chip-symbol" aria-hidden="true">${label.symbol}</span> ${label.text}</span>`;
}

/** Where the goal is heading and how the goals aligned to it stand; nothing when it has neither. */
function renderOutlook(goal: GoalView): SafeHtml {
    const forecast = formatForecastLine(goal);
    const rollup = formatRollup(goal.rollup);
    return html`${forecast ? html`<p class="sp-forecast"><span class="sp-meta-label">Forecast</span> ${forecast}</p>` : ''}${rollup ? html`<p class="${`sp-rollup sp-rollup-${statusClass(goal.rollup.worst ?? 'unknown')}`}"><span class="sp-meta-label">Roll-up</span> ${rollup}</p>` : ''}`;
}

export function renderGoalCard(context: RenderContext, goal: GoalView): SafeHtml {
    const value = (v: number | null) => formatValue(v, goal.unit);
    const title = headingId(context, 'goal', goal.name);
    const meta = (label: string, content: SafeHtml) => html`<span class="sp-meta-item"><span class="sp-meta-label">${label}</span> ${content}</span>`;
    return html`<article class="${`sp-goal sp-goal-${statusClass(goal.status)}`}"${declarationAttributes(context, goal.line, { anchor: ['goal', goal.name], labelledBy: title })}>
<header class="sp-goal-head">
<h3 class="sp-goal-title" id="${title}">${goal.title}</h3>
${renderStatusChip(goal.status)}
</header>
<p class="sp-goal-meta">${[
        goal.owner ? meta('Owner', renderRef(context, 'person', goal.owner, 'sp-ref sp-person')) : html`<span class="sp-meta-item sp-warn">No owner</span>`,
        goal.avatars.length > 0 ? meta('For', renderRefs(context, 'avatar', goal.avatars, 'sp-ref sp-avatar')) : '',
        goal.metric ? meta('Metric', html`${renderRef(context, 'metric', goal.metric)}${goal.unit ? ` (${goal.unit})` : ''}`) : '',
        goal.aligns ? meta('Aligns to', renderRef(context, 'goal', goal.aligns)) : ''
    ]}</p>
<dl class="sp-figures">
<div><dt>Actual</dt><dd class="sp-figure-actual">${value(goal.actual)}</dd></div>
<div><dt>Expected today</dt><dd>${value(goal.expected)}</dd></div>
<div><dt>Target</dt><dd>${value(goal.target)}</dd></div>
<div><dt>Progress</dt><dd>${formatPercent(goal.progress)}</dd></div>
</dl>
${renderProgressBar(goal)}
${renderOutlook(goal)}
<div class="sp-goal-foot">
${renderLetters(goal)}
<p class="sp-deadline">${goal.deadline ? html`<span class="sp-meta-label">Deadline</span> <time datetime="${goal.deadline}">${formatDate(goal.deadline)}</time>${goal.daysLeft !== null ? html` <span class="sp-days">· ${formatDaysLeft(goal.daysLeft)}</span>` : ''}` : html`<span class="sp-warn">No deadline</span>`}</p>
</div>
${renderLetterReasons(goal)}
${renderChart(goal, context.view.today)}
<section class="sp-goal-part">
<h4>Check-ins</h4>
${renderCheckins(goal)}
</section>
${goal.decisions.length > 0 ? html`<section class="sp-goal-part">
<h4>Decisions</h4>
<ul class="sp-decisions" aria-label="${`Decisions about ${goal.title}`}">${goal.decisions.map(decision => html`<li><time datetime="${decision.date}">${formatDate(decision.date)}</time> · ${decision.review}: ${decision.text}</li>`)}</ul>
</section>` : ''}
<section class="sp-goal-part">
<h4>Served by</h4>
${goal.strategies.length > 0
        ? html`<ul class="sp-served">${goal.strategies.map(strategy => html`<li>${renderRef(context, 'strategy', strategy)}</li>`)}</ul>`
        : html`<p class="sp-tree-missing">No strategy serves this goal yet.</p>`}
</section>
</article>`;
}
