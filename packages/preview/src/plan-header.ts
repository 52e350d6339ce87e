/**
 * The top of the pane and the report: the plan's title, owner, period, review cadence,
 * last review and next review due (flagged when overdue), the day the figures are as of,
 * how many goals stand in each status, and the diagnostics count by severity.
 */
import type { PlanView } from '@smart-plan/language/protocol';
import { html, lineAttribute, type SafeHtml } from './escape.js';
import { formatDate, GOAL_STATUSES, plural, STATUS_WORDS, type GoalStatus } from '@smart-plan/language/protocol';
import { statusClass } from './labels.js';

export function renderPlanHeader(view: PlanView): SafeHtml {
    const header = view.header;
    const fact = (label: string, value: SafeHtml | string) => html`<div class="sp-fact"><dt>${label}</dt><dd>${value}</dd></div>`;
    return html`<header class="sp-plan"${lineAttribute(header?.line)}>
<p class="sp-eyebrow">Marketing plan · progress report</p>
<h1 class="sp-plan-title">${header?.title ?? view.file}</h1>
<p class="sp-plan-file">${view.file}</p>
<dl class="sp-facts">
${header?.owner ? fact('Owner', html`<span class="sp-person">${header.owner}</span>`) : ''}
${header?.period ? fact('Period', `${formatDate(header.period.start)} – ${formatDate(header.period.end)}`) : ''}
${fact('Review cadence', header?.cadence ?? 'none set')}
${fact('Last review', header?.lastReview ? formatDate(header.lastReview) : 'none yet')}
${header?.nextReviewDue ? fact('Next review due', html`${formatDate(header.nextReviewDue)}${header.reviewOverdue ? html` <span class="sp-flag sp-flag-overdue">overdue</span>` : ''}`) : ''}
${fact('Figures as of', formatDate(view.today))}
</dl>
${renderSummary(view)}
</header>`;
}

/** `5 goals: 3 on track, 1 at risk, 1 behind` as chips, and the diagnostics by severity. */
function renderSummary(view: PlanView): SafeHtml {
    const counts = new Map<GoalStatus, number>();
    for (const goal of view.goals) {
        const status = statusClass(goal.status);
        counts.set(status, (counts.get(status) ?? 0) + 1);
    }
    const statuses = GOAL_STATUSES.filter(status => counts.has(status));
    const { error, warning, info } = view.diagnostics;
    return html`<div class="sp-summary">
<p class="sp-summary-goals"><strong>${plural(view.goals.length, 'goal')}</strong>${statuses.map(status => html` <span class="${`sp-count sp-chip-${status}`}">${counts.get(status)} ${STATUS_WORDS[status].words}</span>`)}</p>
<p class="sp-diagnostics" aria-label="Diagnostics by severity"><span class="${error > 0 ? 'sp-diag sp-diag-error' : 'sp-diag'}">${plural(error, 'error')}</span><span class="${warning > 0 ? 'sp-diag sp-diag-warning' : 'sp-diag'}">${plural(warning, 'warning')}</span><span class="${info > 0 ? 'sp-diag sp-diag-info' : 'sp-diag'}">${info} info</span></p>
</div>`;
}
