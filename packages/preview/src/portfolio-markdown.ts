/**
 * `smart report PATHS... --format markdown`: the portfolio with the sections of the HTML
 * one: which plans have syntax errors, a contents list, the plans at a glance, the
 * alignment tree as a nested list (each goal linking to its section), then each plan's
 * whole report a heading level deeper. Links only ever point at the document's own
 * headings (markdown-anchors.ts), each plan's within its part of the document, so two
 * plans may hold goals of the same name; a goal aligned to another plan's goal links there.
 */
import { escapeMarkdown as md, formatDate, formatRollup, formatSeverityCounts, plural, type AlignmentNode, type Portfolio } from '@smart-plan/language/protocol';
import { goalCountsByStatus, spanText, statusChip, statusCountText } from './labels.js';
import { MarkdownDocument, type Anchors, type Line } from './markdown-anchors.js';
import { writePlanMarkdown } from './markdown.js';
import { indexPortfolio, nodeFigures, PORTFOLIO_WORDS, portfolioTitle, type PortfolioIndex, type PortfolioOptions, type PortfolioPlan } from './portfolio-index.js';
import { brokenPlansHeadline } from './syntax-notice.js';

export function renderPortfolioMarkdown(portfolio: Portfolio, options: PortfolioOptions = {}): string {
    const index = indexPortfolio(portfolio, options);
    const doc = new MarkdownDocument();
    const goals = portfolio.plans.flatMap(plan => plan.goals);
    doc.heading(1, `${portfolioTitle(index)} — progress report`);
    doc.push('', `*${index.folder ? `${md(index.folder)} · ` : ''}${md(plural(goals.length, 'goal'))}${goalCountsText(goals)} · figures as of ${md(formatDate(portfolio.today))}*`, '');
    const broken = index.plans.filter(plan => plan.syntaxErrors.length > 0);
    if (broken.length > 0) {
        doc.pushAll([`> **${md(brokenPlansHeadline(broken.length))}**`, '>', ...broken.map((plan): Line => anchors => `> - ${planLink(plan)(anchors)} (${md(plan.view.file)}): ${plural(plan.syntaxErrors.length, 'syntax error')}`), '']);
    }
    doc.heading(2, 'Contents');
    doc.pushAll(['', anchors => `- ${anchors.link('part', 'plans', 'Plans at a glance')}`, anchors => `- ${anchors.link('part', 'alignment', 'Alignment')}`, ...index.plans.map((plan): Line => anchors => `- ${planLink(plan)(anchors)} — ${md(plan.view.file)}${syntaxFlag(plan)}`), '']);
    doc.heading(2, 'Plans at a glance', ['part', 'plans']);
    doc.pushAll(['', '| Plan | File | Period | Goals | Next review | Diagnostics |', '| --- | --- | --- | --- | --- | --- |', ...index.plans.map(planRow), '']);
    doc.heading(2, 'Alignment', ['part', 'alignment']);
    doc.push('', md(PORTFOLIO_WORDS.alignmentNote), '');
    doc.pushAll([...(portfolio.alignment.length > 0 ? treeLines(index, portfolio.alignment) : [md(PORTFOLIO_WORDS.noGoals)]), '']);
    for (const plan of index.plans) {
        for (const [goal, other] of plan.alignsInto) {
            doc.alias(plan.anchor, 'goal', goal, other.anchor);
        }
        doc.part(plan.anchor, 1, () => writePlanMarkdown(doc, plan.view, { syntaxErrors: plan.syntaxErrors }));
    }
    return doc.text();
}

function planLink(plan: PortfolioPlan): (anchors: Anchors) => string {
    return anchors => anchors.linkIn(plan.anchor, 'plan', '', plan.label);
}

function syntaxFlag(plan: PortfolioPlan): string {
    return plan.syntaxErrors.length > 0 ? ` · ⚠ **${plural(plan.syntaxErrors.length, 'syntax error')}**` : '';
}

/** `: 2 on track, 1 behind`, after a count of goals. */
function goalCountsText(goals: Portfolio['plans'][number]['goals']): string {
    const counts = goalCountsByStatus(goals);
    return counts.length > 0 ? `: ${counts.map(([status, count]) => statusCountText(status, count)).join(', ')}` : '';
}

function planRow(plan: PortfolioPlan): Line {
    const header = plan.view.header;
    const period = md((header?.period && spanText(header.period.start, header.period.end)) ?? PORTFOLIO_WORDS.noPeriod);
    const review = header?.nextReviewDue ? `${md(formatDate(header.nextReviewDue))}${header.reviewOverdue ? ' (**overdue**)' : ''}` : PORTFOLIO_WORDS.noReviewDue;
    const goals = `${plural(plan.view.goals.length, 'goal')}${goalCountsText(plan.view.goals)}`;
    return anchors => `| ${planLink(plan)(anchors)}${syntaxFlag(plan)} | ${md(plan.view.file)} | ${period} | ${md(goals)} | ${review} | ${formatSeverityCounts(plan.view.diagnostics)} |`;
}

/** The tree as a nested list, two spaces a level; built without recursion. */
function treeLines(index: PortfolioIndex, tree: readonly AlignmentNode[]): Line[] {
    const lines: Line[] = [];
    const stack: Array<{ node: AlignmentNode; depth: number }> = [...tree].reverse().map(node => ({ node, depth: 0 }));
    while (stack.length > 0) {
        const { node, depth } = stack.pop()!;
        lines.push(treeLine(index, node, depth));
        for (let child = node.children.length - 1; child >= 0; child--) {
            stack.push({ node: node.children[child], depth: depth + 1 });
        }
    }
    return lines;
}

function treeLine(index: PortfolioIndex, node: AlignmentNode, depth: number): Line {
    const found = index.nodeOf(node);
    const title = node.title || node.goal;
    const status = statusChip(node.status);
    const rollup = formatRollup(node.rollup);
    const facts = [`${status.symbol} ${status.text}`, ...nodeFigures(node, found?.goal), ...(rollup ? [rollup] : [])].map(md);
    const plan = md(found?.plan.label ?? node.file);
    const flag = node.syntaxErrors ? ` · ⚠ ${PORTFOLIO_WORDS.syntaxMark}` : '';
    return anchors => `${'  '.repeat(depth)}- ${found ? anchors.linkIn(found.plan.anchor, 'goal', node.goal, title) : md(title)} — ${facts.join(' · ')} · *${plan}*${flag}`;
}
