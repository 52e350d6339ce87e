// The portfolio's renderer on view models: the anchor rule (the plan's file without the
// folders all plans share, percent-encoded), ids unique when two plans hold the same names,
// every internal link reaching an id, and plan text inert in every field of every plan and
// of the alignment tree.
import { describe, expect, test } from 'vitest';
import { PortfolioSchema, type AlignmentNode, type PlanView, type Portfolio } from '@smart-plan/language';
import { goalAnchor, planAnchors, renderPortfolioHtml, renderPortfolioMarkdown } from '../../packages/preview/src/index.js';
import { fullView } from './fixtures.js';
import { expectInert, hostileView, PAYLOADS } from './hostile.js';

function node(plan: PlanView, goal: number, children: AlignmentNode[] = []): AlignmentNode {
    const view = plan.goals[goal];
    return { file: plan.file, goal: view.name, title: view.title, status: view.status, progress: view.progress, forecast: view.forecast, rollup: view.rollup, line: view.line, syntaxErrors: false, children };
}

/** Two plans with the same goal, strategy and person names, one goal of the second aligned to one of the first. */
function twinPortfolio(): Portfolio {
    const first = { ...fullView(), file: 'plans/corporate.smart' };
    const second = { ...fullView(), file: 'plans/units/emea.smart' };
    return { today: first.today, plans: [first, second], alignment: [node(first, 0, [node(second, 1)]), node(first, 1), node(first, 2), node(second, 0), node(second, 2)] };
}

describe('the anchor of a plan', () => {
    test('its file without the folders every plan shares, `/`-separated', () => {
        expect(planAnchors(['examples/corporate/corporate.smart', 'examples/corporate/units/emea.smart'])).toEqual({ anchors: ['corporate.smart', 'units/emea.smart'], folder: 'examples/corporate' });
        expect(planAnchors(['a/x.smart', 'b/x.smart'])).toEqual({ anchors: ['a/x.smart', 'b/x.smart'], folder: '' });
        expect(planAnchors(['plans\\north\\unit.smart', 'plans\\south\\unit.smart'])).toEqual({ anchors: ['north/unit.smart', 'south/unit.smart'], folder: 'plans' });
        expect(planAnchors(['only/one.smart'])).toEqual({ anchors: ['one.smart'], folder: 'only' });
        expect(planAnchors(['/abs/a.smart', 'rel/b.smart'])).toEqual({ anchors: ['/abs/a.smart', 'rel/b.smart'], folder: '' });
    });

    test('every character outside [A-Za-z0-9._~-] percent-encoded (UTF-8), so it is a URL fragment as it stands', () => {
        expect(planAnchors(['x/a plan #1 (draft)"<>.smart', 'x/Übersicht.smart']).anchors).toEqual(['a%20plan%20%231%20%28draft%29%22%3C%3E.smart', '%C3%9Cbersicht.smart']);
        expect(goalAnchor('units/emea.smart', 'emeaArr')).toBe('units/emea.smart--emeaArr');
    });
});

describe('two plans with the same names in one portfolio', () => {
    const portfolio = twinPortfolio();

    test('the view model is a valid portfolio', () => {
        expect(PortfolioSchema.safeParse(portfolio).success).toBe(true);
    });

    test('HTML: every id once, every internal link reaching an id, each plan\'s goal cards at #<plan>--<goal>', () => {
        const html = renderPortfolioHtml(portfolio);
        const ids = [...html.matchAll(/\sid="([^"]*)"/g)].map(match => match[1]);
        expect(ids.length).toBeGreaterThan(60);
        expect(ids.length).toBe(new Set(ids).size);
        const known = new Set(ids);
        expect([...html.matchAll(/\shref="#([^"]*)"/g)].map(match => match[1]).filter(id => !known.has(id))).toEqual([]);
        for (const plan of ['corporate.smart', 'units/emea.smart']) {
            for (const goal of portfolio.plans[0].goals) {
                expect(known.has(`${plan}--${goal.name}`), `${plan}--${goal.name}`).toBe(true);
            }
            expect(known.has(plan)).toBe(true);
        }
        // The single plan's ids are not used: every card is scoped by its plan.
        expect(html).not.toContain(' id="goal-');
        expect(html).not.toContain(' id="sp-goals-title"');
        // The tree links each goal to its own plan's card.
        const tree = html.slice(html.indexOf('<ul class="sp-tree">'));
        expect(tree).toContain(`href="#units/emea.smart--${portfolio.plans[1].goals[1].name}"`);
    });

    test('Markdown: a goal of the same name links to its own plan\'s section', () => {
        const markdown = renderPortfolioMarkdown(portfolio);
        const title = portfolio.plans[0].goals[0].title;
        const slug = title.toLowerCase().replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '').replace(/ /g, '-');
        const links = [...markdown.matchAll(new RegExp(`\\[${title}\\]\\(#([^)]+)\\)`, 'g'))].map(match => match[1]);
        // The tree links to the first plan's heading and to the second's (GitHub numbers the repeat).
        expect(links).toContain(slug);
        expect(links).toContain(`${slug}-1`);
    });
});

describe.each([0, 3])('payloads in every field of every plan and of the tree (rotation %i)', offset => {
    const hostile = (view: PlanView, turn: number) => hostileView(view, PAYLOADS, turn);
    const first = hostile(fullView(), offset);
    const second = hostile(fullView(), offset + 1);
    const [tree] = hostileView({ goals: [node(first, 0, [node(second, 1)])] } as unknown as PlanView, PAYLOADS, offset + 2).goals as unknown as AlignmentNode[];
    // Keep the tree's links: its files and goals are the plans' (payloads too).
    Object.assign(tree, { file: first.file, goal: first.goals[0].name });
    Object.assign(tree.children[0], { file: second.file, goal: second.goals[1].name });
    const portfolio: Portfolio = { today: PAYLOADS[offset], plans: [first, second], alignment: [tree] };

    test('the HTML portfolio is inert and keeps its strict CSP as its only policy', () => {
        const html = renderPortfolioHtml(portfolio, { syntaxErrors: new Map([[second.file, [{ line: 1, column: 2, message: PAYLOADS[offset] }]]]) });
        expectInert(html);
        expect(html.match(/http-equiv="Content-Security-Policy"/g)).toHaveLength(1);
        expect(html.match(/<style>/g)).toHaveLength(1);
        expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    });

    test('the Markdown portfolio holds no live HTML and no link but to its own headings', () => {
        const markdown = renderPortfolioMarkdown(portfolio);
        const own = markdown.replace(/\[((?:\\.|[^\\[\]])*)\]\(#[\p{L}\p{N}_-]+\)/gu, '$1').replaceAll('`smart.today`', '').replaceAll('`smart report --today YYYY-MM-DD`', '');
        expect(own).not.toMatch(/(^|[^\\])</);
        expect(own).not.toMatch(/(^|[^\\])\[/);
        expect(own).not.toMatch(/(^|[^\\])`/);
        expect(own).not.toMatch(/(^|[^\\])\]\(/);
    });
});
