/**
 * `smart report PATHS... --format html`: the portfolio, one self-contained, printable
 * document like the single plan's report (the same CSP, no script, nothing fetched). In
 * order: the portfolio's header (how many plans and goals, by status), which plans have
 * syntax errors, a contents list (linking to every plan), the plans at a glance (title,
 * file, period, goals by status, next review, diagnostics), the alignment tree across the
 * plans, then each plan's whole report, its ids scoped by its anchor (anchors.ts) so that
 * `#<plan>--<goal>` reaches any goal's card, and a goal aligned to another plan's goal
 * links to that card. Each plan starts a new page in print.
 */
import { formatDate, formatSeverityCounts, plural, SEVERITIES, type Portfolio } from '@smart-plan/language/protocol';
import { goalAnchor } from './anchors.js';
import { renderAlignmentTree } from './alignment-tree-html.js';
import { planBodyHtml } from './body.js';
import { flatten, html, SafeHtml } from './escape.js';
import { renderDiagnosticCounts, renderGoalCounts } from './plan-header.js';
import { spanText } from './labels.js';
import { indexPortfolio, PORTFOLIO_WORDS, portfolioTitle, type PortfolioIndex, type PortfolioOptions, type PortfolioPlan } from './portfolio-index.js';
import { PORTFOLIO_STYLES } from './portfolio-styles.js';
import { anchorKey } from './refs.js';
import { reportDocument } from './report-html.js';
import { brokenPlansHeadline, SYNTAX_NOTICE_STYLES, syntaxNoticeHtml } from './syntax-notice.js';

/** The ids of the portfolio's own parts (a plan's ids all hold `.smart`, so these never collide with them). */
const CONTENTS_ID = 'sp-contents';
const PLANS_ID = 'sp-plans';
const ALIGNMENT_ID = 'sp-alignment';

export function renderPortfolioHtml(portfolio: Portfolio, options: PortfolioOptions = {}): string {
    return portfolioHtml(portfolio, options).value;
}

/** The portfolio in pieces, never joined (the CLI writes it chunk by chunk). */
export function renderPortfolioHtmlChunks(portfolio: Portfolio, options: PortfolioOptions = {}): Iterable<string> {
    return portfolioHtml(portfolio, options).chunks();
}

function portfolioHtml(portfolio: Portfolio, options: PortfolioOptions): SafeHtml {
    const index = indexPortfolio(portfolio, options);
    const broken = index.plans.filter(plan => plan.syntaxErrors.length > 0);
    return reportDocument({
        title: `${portfolioTitle(index)} — progress report`,
        styles: broken.length > 0 ? [PORTFOLIO_STYLES, SYNTAX_NOTICE_STYLES] : [PORTFOLIO_STYLES],
        body: html`<div class="sp-report sp-portfolio">
${renderHeader(portfolio, index)}
${broken.length > 0 ? renderBrokenPlans(broken) : ''}
${renderContents(index)}
${renderPlansAtAGlance(index)}
<section class="sp-section sp-alignment" id="${ALIGNMENT_ID}" aria-labelledby="sp-alignment-title">
<h2 id="sp-alignment-title">Alignment</h2>
<p class="sp-section-note">${PORTFOLIO_WORDS.alignmentNote}</p>
${renderAlignmentTree(index, portfolio.alignment)}
</section>
</div>
${index.plans.map(renderPlanSection)}`
    });
}

function renderHeader(portfolio: Portfolio, index: PortfolioIndex): SafeHtml {
    const goals = portfolio.plans.flatMap(plan => plan.goals);
    const diagnostics = { error: 0, warning: 0, info: 0 };
    for (const plan of portfolio.plans) {
        for (const severity of SEVERITIES) {
            diagnostics[severity] += plan.diagnostics[severity];
        }
    }
    return html`<header class="sp-plan">
<p class="sp-eyebrow">Marketing plans · portfolio report</p>
<h1 class="sp-plan-title">${portfolioTitle(index)}</h1>
${index.folder ? html`<p class="sp-plan-file">${index.folder}</p>` : ''}
<dl class="sp-facts">
<div class="sp-fact"><dt>Plans</dt><dd>${portfolio.plans.length}</dd></div>
<div class="sp-fact"><dt>Figures as of</dt><dd>${formatDate(portfolio.today)}</dd></div>
</dl>
<div class="sp-summary">
${renderGoalCounts(goals)}
${renderDiagnosticCounts(diagnostics)}
</div>
</header>`;
}

function renderBrokenPlans(broken: readonly PortfolioPlan[]): SafeHtml {
    return html`<section class="sp-syntax-errors" role="alert">
<h2>${brokenPlansHeadline(broken.length)}</h2>
<ul>${broken.map(plan => html`<li>${planLink(plan)} <span class="sp-muted-file">${plan.view.file}</span>: ${plural(plan.syntaxErrors.length, 'syntax error')}</li>`)}</ul>
</section>`;
}

/** A link to the plan's part of the page, its file on hover when given. */
function planLink(plan: PortfolioPlan, hint?: string): SafeHtml {
    return hint === undefined
        ? html`<a class="sp-ref" href="${`#${plan.anchor}`}">${plan.label}</a>`
        : html`<a class="sp-ref" href="${`#${plan.anchor}`}" title="${hint}">${plan.label}</a>`;
}

function syntaxFlag(plan: PortfolioPlan): SafeHtml | '' {
    return plan.syntaxErrors.length > 0 ? html` <span class="sp-flag sp-flag-syntax">${plural(plan.syntaxErrors.length, 'syntax error')}</span>` : '';
}

function renderContents(index: PortfolioIndex): SafeHtml {
    return html`<nav class="sp-section sp-contents" id="${CONTENTS_ID}" aria-labelledby="sp-contents-title">
<h2 id="sp-contents-title">Contents</h2>
<ul class="sp-contents-parts">
<li><a class="sp-ref" href="${`#${PLANS_ID}`}">Plans at a glance</a></li>
<li><a class="sp-ref" href="${`#${ALIGNMENT_ID}`}">Alignment</a></li>
</ul>
<ol class="sp-contents-plans">
${index.plans.map(plan => html`<li>${planLink(plan, plan.view.file)}${syntaxFlag(plan)}</li>`)}
</ol>
</nav>`;
}

function renderPlansAtAGlance(index: PortfolioIndex): SafeHtml {
    return html`<section class="sp-section" id="${PLANS_ID}" aria-labelledby="sp-plans-title">
<h2 id="sp-plans-title">Plans at a glance</h2>
<table class="sp-table sp-plans-table">
<thead><tr><th scope="col">Plan</th><th scope="col">Period</th><th scope="col">Goals</th><th scope="col">Next review</th><th scope="col">Diagnostics</th></tr></thead>
<tbody>
${index.plans.map(plan => {
        const header = plan.view.header;
        return html`<tr>
<th scope="row">${planLink(plan)}<br><span class="sp-muted-file">${plan.view.file}</span>${syntaxFlag(plan)}</th>
<td data-label="Period">${(header?.period && spanText(header.period.start, header.period.end)) ?? PORTFOLIO_WORDS.noPeriod}</td>
<td data-label="Goals">${renderGoalCounts(plan.view.goals)}</td>
<td data-label="Next review">${header?.nextReviewDue ? html`${formatDate(header.nextReviewDue)}${header.reviewOverdue ? html` <span class="sp-flag sp-flag-overdue">overdue</span>` : ''}` : PORTFOLIO_WORDS.noReviewDue}</td>
<td data-label="Diagnostics">${formatSeverityCounts(plan.view.diagnostics)}</td>
</tr>`;
    })}
</tbody>
</table>
</section>`;
}

function renderPlanSection(plan: PortfolioPlan): SafeHtml {
    const elsewhere = new Map([...plan.alignsInto].map(([goal, other]) => [anchorKey('goal', goal), goalAnchor(other.anchor, goal)]));
    return flatten(html`<section class="sp-portfolio-plan" id="${plan.anchor}" aria-label="${plan.label}">
<p class="sp-portfolio-back"><a href="${`#${CONTENTS_ID}`}">↑ Contents</a></p>
${syntaxNoticeHtml(plan.syntaxErrors) ?? ''}
${planBodyHtml(plan.view, { scope: plan.anchor, elsewhere })}
</section>`);
}
