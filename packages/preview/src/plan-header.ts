/**
 * The top of the pane and the report: the plan's title, file (relative to the workspace)
 * and description, its owner, period, currency, review cadence, last review and next
 * review due (flagged when overdue), the day the figures are as of, a note when every
 * entry is dated after that day, how many goals stand in each status, and the diagnostics
 * count by severity. In the pane, the Export and Print buttons.
 */
import { formatDate, plural, type GoalView, type SeverityCounts } from '@smart-plan/language/protocol';
import type { RenderContext } from './context.js';
import { html, type SafeHtml } from './escape.js';
import { afterTodayNote, goalCountsByStatus, statusCountText } from './labels.js';
import { declarationAttributes, renderRef } from './refs.js';

export function renderPlanHeader(context: RenderContext): SafeHtml {
    const { view } = context;
    const header = view.header;
    const fact = (label: string, value: SafeHtml | string) => html`<div class="sp-fact"><dt>${label}</dt><dd>${value}</dd></div>`;
    return html`<header class="sp-plan"${declarationAttributes(context, header?.line)}>
<div class="sp-plan-top"><p class="sp-eyebrow">Marketing plan · progress report</p>${context.interactive ? renderToolbar() : ''}</div>
<h1 class="sp-plan-title">${header?.title ?? view.file}</h1>
<p class="sp-plan-file">${view.file}</p>
${header?.description ? html`<p class="sp-description">${header.description}</p>` : ''}
<dl class="sp-facts">
${header?.owner ? fact('Owner', renderRef(context, 'person', header.owner, 'sp-ref sp-person')) : ''}
${header?.period ? fact('Period', `${formatDate(header.period.start)} – ${formatDate(header.period.end)}`) : ''}
${header?.currency ? fact('Currency', header.currency) : ''}
${fact('Review cadence', header?.cadence ?? 'none set')}
${fact('Last review', header?.lastReview ? formatDate(header.lastReview) : 'none yet')}
${header?.nextReviewDue ? fact('Next review due', html`${formatDate(header.nextReviewDue)}${header.reviewOverdue ? html` <span class="sp-flag sp-flag-overdue">overdue</span>` : ''}`) : ''}
${fact('Figures as of', formatDate(view.today))}
</dl>
${renderAfterTodayNote(context)}
${renderSummary(context)}
</header>`;
}

/** The pane's buttons: export the report to a file, print it. */
function renderToolbar(): SafeHtml {
    return html`<div class="sp-toolbar" role="toolbar" aria-label="Report">
<button type="button" class="sp-button" data-action="export" title="Save this report as a self-contained HTML file">Export…</button>
<button type="button" class="sp-button" data-action="print" title="Print this report">Print…</button>
</div>`;
}

/** When every check-in and review is dated after today: why no goal has a figure, and how to look at another day. */
function renderAfterTodayNote({ view }: RenderContext): SafeHtml {
    const note = afterTodayNote(view);
    if (!note) {
        return html``;
    }
    return html`<div class="sp-callout" role="note">
<p><strong>${note.headline}</strong> ${note.detail}</p>
<p>To see the plan as of another day, set <code>${note.setting}</code> in the editor's settings, or run <code>${note.option}</code>.</p>
</div>`;
}

/** `5 goals: 3 on track, 1 at risk, 1 behind` as chips, and the diagnostics by severity. */
function renderSummary({ view }: RenderContext): SafeHtml {
    return html`<div class="sp-summary">
${renderGoalCounts(view.goals)}
${renderDiagnosticCounts(view.diagnostics)}
</div>`;
}

/** `5 goals` and a chip per status present: `3 on track`, `1 at risk`, `1 behind`. */
export function renderGoalCounts(goals: ReadonlyArray<Pick<GoalView, 'status'>>): SafeHtml {
    return html`<p class="sp-summary-goals"><strong>${plural(goals.length, 'goal')}</strong>${goalCountsByStatus(goals).map(([status, count]) => html` <span class="${`sp-count sp-chip-${status}`}">${statusCountText(status, count)}</span>`)}</p>`;
}

/** `0 errors`, `2 warnings`, `1 info`, each flagged in its colour when there are any. */
export function renderDiagnosticCounts({ error, warning, info }: SeverityCounts): SafeHtml {
    return html`<p class="sp-diagnostics" aria-label="Diagnostics by severity"><span class="${error > 0 ? 'sp-diag sp-diag-error' : 'sp-diag'}">${plural(error, 'error')}</span><span class="${warning > 0 ? 'sp-diag sp-diag-warning' : 'sp-diag'}">${plural(warning, 'warning')}</span><span class="${info > 0 ? 'sp-diag sp-diag-info' : 'sp-diag'}">${info} info</span></p>`;
}
