/**
 * What the HTML and the Markdown portfolio both read from a portfolio (`smart report
 * PATHS...`): each plan with its anchor (anchors.ts), the label that tells it apart (its
 * title, with its file when another plan has the same title), its syntax errors, and the
 * plans holding the goals its goals align to; each goal of the alignment tree with its
 * plan and its view; and the words of a tree node's progress and forecast.
 */
import { formatDate, formatPercent, formatValue, plural, type AlignmentNode, type GoalView, type PlanView, type Portfolio } from '@smart-plan/language/protocol';
import { planAnchors } from './anchors.js';
import type { SyntaxErrorNotice } from './syntax-notice.js';

/** What a portfolio report can show besides the view model: each plan's syntax errors, by its file. */
export interface PortfolioOptions {
    syntaxErrors?: ReadonlyMap<string, readonly SyntaxErrorNotice[]>;
}

export interface PortfolioPlan {
    view: PlanView;
    /** The id of its section, and the scope of its ids. */
    anchor: string;
    /** Its title, and its file too when another plan has the same title. */
    label: string;
    syntaxErrors: readonly SyntaxErrorNotice[];
    /** The plans of the portfolio holding the goals this plan's goals align to, by goal name. */
    alignsInto: Map<string, PortfolioPlan>;
}

export interface PortfolioIndex {
    plans: PortfolioPlan[];
    /** The folder all the plans are in, as the report names their files (empty when they share none). */
    folder: string;
    /** The plan of a tree node, and its goal's view (undefined for a goal of no plan given). */
    nodeOf(node: AlignmentNode): { plan: PortfolioPlan; goal: GoalView | undefined } | undefined;
}

export function indexPortfolio(portfolio: Portfolio, options: PortfolioOptions = {}): PortfolioIndex {
    const { anchors, folder } = planAnchors(portfolio.plans.map(plan => plan.file));
    const titles = new Map<string, number>();
    const titleOf = (view: PlanView) => view.header?.title ?? view.file;
    for (const view of portfolio.plans) {
        titles.set(titleOf(view), (titles.get(titleOf(view)) ?? 0) + 1);
    }
    const plans = portfolio.plans.map((view, index): PortfolioPlan => ({
        view,
        anchor: anchors[index],
        label: titles.get(titleOf(view))! > 1 ? `${titleOf(view)} (${view.file})` : titleOf(view),
        syntaxErrors: options.syntaxErrors?.get(view.file) ?? [],
        alignsInto: new Map()
    }));
    const byFile = new Map(plans.map(plan => [plan.view.file, { plan, goals: new Map(plan.view.goals.map(goal => [goal.name, goal])) }]));
    const nodeOf = (node: AlignmentNode) => {
        const entry = byFile.get(node.file);
        return entry && { plan: entry.plan, goal: entry.goals.get(node.goal) };
    };
    // Iterative: an alignment chain may be as long as the portfolio.
    const stack = [...portfolio.alignment];
    while (stack.length > 0) {
        const node = stack.pop()!;
        const parent = byFile.get(node.file)?.plan;
        for (const child of node.children) {
            const plan = byFile.get(child.file)?.plan;
            if (parent && plan && plan !== parent) {
                plan.alignsInto.set(node.goal, parent);
            }
            stack.push(child);
        }
    }
    return { plans, folder, nodeOf };
}

/** The portfolio's own words, in the HTML and the Markdown alike. */
export const PORTFOLIO_WORDS = {
    alignmentNote: 'Each goal under the goal it aligns to. The roll-up counts the goals aligned to it, directly or not, by status.',
    noGoals: 'These plans have no goals yet.',
    syntaxMark: 'plan has syntax errors',
    noPeriod: 'none set',
    noReviewDue: 'none due'
} as const;

/** `Portfolio of 6 plans`: the portfolio's title. */
export function portfolioTitle(index: PortfolioIndex): string {
    return `Portfolio of ${plural(index.plans.length, 'plan')}`;
}

/** `45%`, `forecast 415 by 31 Dec 2027`: a tree node's progress and forecast, those it has (its roll-up is drawn apart). */
export function nodeFigures(node: AlignmentNode, goal: GoalView | undefined): string[] {
    const figures: string[] = [];
    if (node.progress !== null) {
        figures.push(formatPercent(node.progress));
    }
    if (node.forecast !== null) {
        figures.push(`forecast ${formatValue(node.forecast, goal?.unit)}${goal?.deadline ? ` by ${formatDate(goal.deadline)}` : ''}`);
    }
    return figures;
}
