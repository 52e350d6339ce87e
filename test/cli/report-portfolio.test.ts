// `smart report PATHS...` as a user runs it: the portfolio of several plans in JSON
// (validated by PortfolioSchema), HTML (self-contained, every link reaching an id on the
// page, ids unique, goal cards at #<plan-file>--<goal>) and Markdown (links reaching
// headings); two plans with the same title or the same goal names; a plan with syntax
// errors (exit 1, marked); an alignment cycle; 500 plans; the one-line errors of exit 2.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { PortfolioSchema, type AlignmentNode, type Portfolio } from '@smart-plan/language';
import { renderPlanStyles } from '../../packages/preview/src/index.js';
import { largePortfolio } from './portfolio-fixture.js';
import { runSmart } from './run-smart.js';
import { scratch } from './scratch.js';

const TODAY = ['--today', '2027-03-15'];

function portfolioJson(args: string[], cwd?: string): Portfolio {
    const run = runSmart(['report', ...args, '--format', 'json', ...TODAY], { cwd });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    return PortfolioSchema.parse(JSON.parse(run.stdout));
}

/** The tree as `file#goal` with children, the way a reader reads it. */
function shape(nodes: readonly AlignmentNode[]): unknown[] {
    return nodes.map(node => node.children.length > 0 ? { [`${node.file}#${node.goal}`]: shape(node.children) } : `${node.file}#${node.goal}`);
}

/** Every id of an HTML page, and the internal links that reach none of them. */
function idsAndDeadLinks(html: string): { ids: string[]; dead: string[] } {
    const ids = [...html.matchAll(/\sid="([^"]*)"/g)].map(match => match[1]);
    const known = new Set(ids);
    const dead = [...html.matchAll(/\shref="#([^"]*)"/g)].map(match => match[1]).filter(id => !known.has(id));
    return { ids, dead };
}

/** GitHub's heading anchors (github-slugger: lower case, punctuation dropped, spaces as hyphens, -1, -2 for repeats). */
function githubSlugs(markdown: string): Set<string> {
    const slugs = new Set<string>();
    const seen = new Map<string, number>();
    for (const [, text] of markdown.matchAll(/^#{1,6} (.*)$/gm)) {
        const base = text.replace(/\\(.)/g, '$1').toLowerCase().replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '').replace(/ /g, '-');
        let slug = base;
        for (let count = seen.get(base) ?? 0; slugs.has(slug); count++) {
            slug = `${base}-${count + 1}`;
            seen.set(base, count + 1);
        }
        slugs.add(slug);
    }
    return slugs;
}

const corporate = 'examples/corporate';

describe('the portfolio of examples/corporate', () => {
    test('JSON: every plan\'s view, and the tree with the unit goals under the corporate goals, three levels deep', () => {
        const portfolio = portfolioJson([corporate]);
        expect(portfolio.today).toBe('2027-03-15');
        expect(portfolio.plans.map(plan => plan.file)).toEqual(['examples/corporate/corporate.smart', 'examples/corporate/emea-unit.smart', 'examples/corporate/nordics-unit.smart']);
        const corp = 'examples/corporate/corporate.smart';
        const emea = 'examples/corporate/emea-unit.smart';
        const nordics = 'examples/corporate/nordics-unit.smart';
        expect(shape(portfolio.alignment)).toEqual([
            { [`${corp}#corpArrGrowth`]: [`${emea}#emeaArr`, `${nordics}#nordicsArr`] },
            { [`${corp}#corpNewCustomers`]: [`${emea}#emeaNewCustomers`, `${emea}#emeaPartnerDeals`, { [`${nordics}#nordicsNewCustomers`]: [`${nordics}#nordicsReferrals`] }] },
            { [`${corp}#corpCutCac`]: [`${emea}#emeaCac`] }
        ]);
        const [arr, customers] = portfolio.alignment;
        expect(customers).toMatchObject({ title: 'Reach 800 paying customers', status: 'on-track', syntaxErrors: false, rollup: { total: 4, worst: 'on-track', counts: { 'on-track': 4 } } });
        expect(customers.children[2].rollup).toEqual({ total: 1, worst: 'on-track', counts: { 'on-track': 1 } });
        expect(arr.progress).toBeCloseTo(100 * (50_000_000 - 48_000_000) / (60_000_000 - 48_000_000), 6);
        expect(arr.forecast).toBeGreaterThan(59_000_000);
        // Each node agrees with its goal in its plan's view: status, progress, forecast, roll-up.
        const goals = new Map(portfolio.plans.flatMap(plan => plan.goals.map(goal => [`${plan.file}#${goal.name}`, goal] as const)));
        const walk = (nodes: readonly AlignmentNode[]): void => nodes.forEach(node => {
            const goal = goals.get(`${node.file}#${node.goal}`)!;
            expect({ status: node.status, progress: node.progress, forecast: node.forecast, rollup: node.rollup }).toEqual({ status: goal.status, progress: goal.progress, forecast: goal.forecast, rollup: goal.rollup });
            walk(node.children);
        });
        walk(portfolio.alignment);
        expect(goals.size).toBe(10);
    });

    test('HTML: self-contained, a contents list of every plan, the tree linking each goal to its card at #<plan-file>--<goal>', () => {
        const run = runSmart(['report', corporate, ...TODAY]);
        expect(run.code).toBe(0);
        expect(run.stderr).toBe('');
        const html = run.stdout;
        expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
        expect(html).toContain('<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;; img-src data:">');
        expect(html).toContain('<title>Portfolio of 3 plans — progress report</title>');
        expect(html).not.toMatch(/<script|https?:\/\/|<link /i);
        const contents = html.slice(html.indexOf('<ol class="sp-contents-plans">'), html.indexOf('</nav>'));
        expect([...contents.matchAll(/<li><a class="sp-ref" href="#([^"]+)" title="([^"]+)">([^<]+)<\/a>/g)].map(match => match.slice(1))).toEqual([
            ['corporate.smart', 'examples/corporate/corporate.smart', 'Northwind Field group marketing 2027'],
            ['emea-unit.smart', 'examples/corporate/emea-unit.smart', 'Northwind Field EMEA 2027'],
            ['nordics-unit.smart', 'examples/corporate/nordics-unit.smart', 'Northwind Field Nordics 2027']
        ]);
        const tree = html.slice(html.indexOf('<ul class="sp-tree">'), html.indexOf('</section>', html.indexOf('<ul class="sp-tree">')));
        expect([...tree.matchAll(/href="#([^"]+)"/g)].map(match => match[1])).toEqual([
            'corporate.smart--corpArrGrowth', 'emea-unit.smart--emeaArr', 'nordics-unit.smart--nordicsArr',
            'corporate.smart--corpNewCustomers', 'emea-unit.smart--emeaNewCustomers', 'emea-unit.smart--emeaPartnerDeals', 'nordics-unit.smart--nordicsNewCustomers', 'nordics-unit.smart--nordicsReferrals',
            'corporate.smart--corpCutCac', 'emea-unit.smart--emeaCac'
        ]);
        expect(tree).toContain('4 aligned: 4 on track');
        expect(html.match(/<article class="sp-goal /g)).toHaveLength(10);
        expect(html.match(/<section class="sp-portfolio-plan"/g)).toHaveLength(3);
        const { ids, dead } = idsAndDeadLinks(html);
        expect(dead).toEqual([]);
        expect(ids.length).toBe(new Set(ids).size);
        // A unit goal's card links to the card of the corporate goal it aligns to.
        const emeaArr = html.slice(html.indexOf('id="emea-unit.smart--emeaArr"'), html.indexOf('</article>', html.indexOf('id="emea-unit.smart--emeaArr"')));
        expect(emeaArr).toContain('<a class="sp-ref" href="#corporate.smart--corpArrGrowth" title="goal corpArrGrowth">Grow ARR from 48m to 60m EUR</a>');
    });

    test('Markdown: the same sections, each plan a level deeper, every link reaching a heading', () => {
        const run = runSmart(['report', corporate, '--format', 'markdown', ...TODAY]);
        expect(run.code).toBe(0);
        const markdown = run.stdout;
        expect(markdown.split('\n').filter(line => /^#{1,2} /.test(line))).toEqual([
            '# Portfolio of 3 plans — progress report', '## Contents', '## Plans at a glance', '## Alignment',
            '## Northwind Field group marketing 2027 — progress report', '## Northwind Field EMEA 2027 — progress report', '## Northwind Field Nordics 2027 — progress report'
        ]);
        expect(markdown).toContain('    - [Win 24 customers through referrals](#win-24-customers-through-referrals) — ● On track · 21% · forecast 27 by 31 Dec 2027 · *Northwind Field Nordics 2027*');
        expect(markdown).toContain('  - [Reach 300 paying customers in the Nordics](#reach-300-paying-customers-in-the-nordics) — ● On track · 20% · forecast 304 by 31 Dec 2027 · 1 aligned: 1 on track · *Northwind Field Nordics 2027*');
        expect(markdown).toContain('### Goals at a glance');
        expect(markdown).toContain('#### Grow EMEA ARR from 14m to 18.5m EUR');
        // The EMEA goal's section links to the corporate goal it aligns to, in the corporate plan's part.
        expect(markdown).toContain('**Aligns to:** [Grow ARR from 48m to 60m EUR](#grow-arr-from-48m-to-60m-eur)');
        const slugs = githubSlugs(markdown);
        const targets = [...markdown.matchAll(/\]\(#([^)]*)\)/g)].map(match => match[1]);
        expect(targets.length).toBeGreaterThan(40);
        expect(targets.filter(target => !slugs.has(target))).toEqual([]);
    });

    test('--out writes the file; the report of a single FILE keeps its own shape unless --portfolio', () => {
        const dir = scratch({});
        const out = join(dir, 'report.html');
        const run = runSmart(['report', corporate, '--out', out, ...TODAY]);
        expect(run).toMatchObject({ code: 0, stdout: `wrote ${out}\n` });
        expect(readFileSync(out, 'utf8')).toContain('Portfolio of 3 plans');
        const single = JSON.parse(runSmart(['report', 'examples/corporate/corporate.smart', '-f', 'json', ...TODAY]).stdout);
        expect(single.file).toBe('examples/corporate/corporate.smart');
        expect(single.plans).toBeUndefined();
        const forced = portfolioJson(['examples/corporate/corporate.smart', '--portfolio']);
        expect(forced.plans.map(plan => plan.file)).toEqual(['examples/corporate/corporate.smart']);
        expect(forced.alignment.map(node => node.goal)).toEqual(['corpArrGrowth', 'corpNewCustomers', 'corpCutCac']);
    });
});

const metric = 'metric m "M" unit count\n';
const goal = (name: string, title: string, checkin: number, aligns?: string) => `goal ${name} "${title}" {
    metric m
    baseline 0 on 2027-01-01
    target 100 by 2027-12-31${aligns ? `\n    aligns ${aligns}` : ''}
}
checkin 2027-03-01 { ${name} ${checkin} }
`;

describe('portfolios that are hard to tell apart', () => {
    test('two plans with the same title and the same goal names: told apart by file, no id shared', () => {
        const dir = scratch({
            'corp.smart': `plan "Group" { period 2027-01-01 to 2027-12-31 }\n${metric}${goal('corp', 'Corporate goal', 20)}`,
            'north/unit.smart': `plan "Unit" { period 2027-01-01 to 2027-12-31 }\nimport "../corp.smart"\n${goal('grow', 'Grow', 18, 'corp')}`,
            'south/unit.smart': `plan "Unit" { period 2027-01-01 to 2027-12-31 }\nimport "../corp.smart"\n${goal('grow', 'Grow', 2, 'corp')}`
        });
        const portfolio = portfolioJson(['.'], dir);
        expect(shape(portfolio.alignment)).toEqual([{ 'corp.smart#corp': ['north/unit.smart#grow', 'south/unit.smart#grow'] }]);
        expect(portfolio.alignment[0].rollup).toEqual({ total: 2, worst: 'behind', counts: { 'on-track': 1, behind: 1 } });
        const html = runSmart(['report', '.', ...TODAY], { cwd: dir }).stdout;
        expect(html).toContain('<li><a class="sp-ref" href="#north/unit.smart" title="north/unit.smart">Unit (north/unit.smart)</a>');
        expect(html).toContain('<li><a class="sp-ref" href="#south/unit.smart" title="south/unit.smart">Unit (south/unit.smart)</a>');
        expect(html).toContain('id="north/unit.smart--grow"');
        expect(html).toContain('id="south/unit.smart--grow"');
        const { ids, dead } = idsAndDeadLinks(html);
        expect(ids.length).toBe(new Set(ids).size);
        expect(dead).toEqual([]);
        const markdown = runSmart(['report', '.', '-f', 'markdown', ...TODAY], { cwd: dir }).stdout;
        expect(markdown).toContain('  - [Grow](#grow) — ● On track · 18% · forecast');
        expect(markdown).toContain('  - [Grow](#grow-1) — ▼ Behind · 2% · forecast');
    });

    test('a plan imported but not named counts for the roll-ups, and is not in the portfolio: its children are roots', () => {
        const dir = scratch({
            'corp.smart': `plan "Group" { period 2027-01-01 to 2027-12-31 }\n${metric}${goal('corp', 'Corporate goal', 20)}`,
            'units/a.smart': `plan "A" { period 2027-01-01 to 2027-12-31 }\nimport "../corp.smart"\n${goal('grow', 'Grow', 18, 'corp')}${goal('team', 'Team', 2, 'grow')}`,
            'units/b.smart': `plan "B" { period 2027-01-01 to 2027-12-31 }\nimport "../corp.smart"\n${goal('keep', 'Keep', 18, 'corp')}`
        });
        const portfolio = portfolioJson(['units'], dir);
        expect(portfolio.plans.map(plan => plan.file)).toEqual(['units/a.smart', 'units/b.smart']);
        expect(shape(portfolio.alignment)).toEqual([{ 'units/a.smart#grow': ['units/a.smart#team'] }, 'units/b.smart#keep']);
        expect(portfolio.alignment[0].rollup).toEqual({ total: 1, worst: 'behind', counts: { behind: 1 } });
        // The unit goal's card names the corporate goal it aligns to, without a link: its card is not on the page.
        const html = runSmart(['report', 'units', ...TODAY], { cwd: dir }).stdout;
        expect(html).toContain('<span class="sp-ref" title="goal corp">Corporate goal</span>');
        expect(idsAndDeadLinks(html).dead).toEqual([]);
    });

    test('a plan file named with spaces and symbols gets a percent-encoded anchor that still reaches its cards', () => {
        const dir = scratch({
            'a plan #1.smart': `plan "One" { period 2027-01-01 to 2027-12-31 }\n${metric}${goal('g', 'G', 20)}`,
            'b.smart': `plan "Two" { period 2027-01-01 to 2027-12-31 }\nimport "./a plan #1.smart"\n${goal('h', 'H', 20, 'g')}`
        });
        const html = runSmart(['report', '.', ...TODAY], { cwd: dir }).stdout;
        expect(html).toContain('id="a%20plan%20%231.smart--g"');
        expect(html).toContain('href="#a%20plan%20%231.smart--g"');
        expect(idsAndDeadLinks(html).dead).toEqual([]);
    });

    test('an alignment cycle ends: each goal once in the tree, counted once in each roll-up', () => {
        const dir = scratch({
            'loop.smart': `plan "Loop" { period 2027-01-01 to 2027-12-31 }\n${metric}${goal('a', 'A', 20, 'c')}${goal('b', 'B', 20, 'a')}${goal('c', 'C', 1, 'b')}`,
            'other.smart': `plan "Other" { period 2027-01-01 to 2027-12-31 }\nimport "./loop.smart"\n${goal('leaf', 'Leaf', 20, 'a')}`
        });
        const run = runSmart(['report', '.', '-f', 'json', ...TODAY], { cwd: dir });
        expect(run.code).toBe(0); // a cycle is a lint error, not a syntax error: the report is written
        const portfolio = PortfolioSchema.parse(JSON.parse(run.stdout));
        expect(shape(portfolio.alignment)).toEqual([{ 'loop.smart#a': [{ 'loop.smart#b': ['loop.smart#c'] }, 'other.smart#leaf'] }]);
        expect(portfolio.alignment[0].rollup.total).toBe(3);
        expect(runSmart(['report', '.', '-f', 'markdown', ...TODAY], { cwd: dir }).code).toBe(0);
    });
});

describe('a portfolio with a plan that has syntax errors', () => {
    const files = {
        'corp.smart': `plan "Group" { period 2027-01-01 to 2027-12-31 }\n${metric}${goal('corp', 'Corporate goal', 20)}`,
        'unit.smart': `plan "Unit" { period 2027-01-01 to 2027-12-31 }\nimport "./corp.smart"\n${goal('grow', 'Grow', 18, 'corp')}goal broken "Broken" { target 10 by }\n`
    };

    test.each(['html', 'markdown'])('--format %s: written from what parsed, exit 1, the plan named at the top and its goals marked in the tree', format => {
        const dir = scratch(files);
        const run = runSmart(['report', '.', '--format', format, ...TODAY], { cwd: dir });
        expect(run.code).toBe(1);
        expect(run.stderr).toBe('smart: unit.smart: 1 syntax error, listed at the top of its report, which shows only what parsed\n');
        const top = run.stdout.slice(0, run.stdout.indexOf(format === 'html' ? '<nav' : '## Contents'));
        expect(top).toContain('1 plan has syntax errors: its part of the report shows only what parsed.');
        expect(top).toMatch(format === 'html' ? /<a class="sp-ref" href="#unit\.smart">Unit<\/a> <span class="sp-muted-file">unit\.smart<\/span>: 1 syntax error/ : /\[Unit\]\(#unit--progress-report\) \(unit\.smart\): 1 syntax error/);
        expect(run.stdout).toContain(format === 'html' ? '<span class="sp-flag sp-flag-syntax">plan has syntax errors</span>' : '*Unit* · ⚠ plan has syntax errors');
        expect(run.stdout).toContain('line 10, column 37');
        expect(run.stdout).toContain('Grow'); // the child is still in the tree, under its parent
    });

    test('--format json: the portfolio on stdout, the errors on stderr, the nodes marked', () => {
        const dir = scratch(files);
        const run = runSmart(['report', '.', '--format', 'json', ...TODAY], { cwd: dir });
        expect(run.code).toBe(1);
        expect(run.stderr.split('\n')).toEqual([
            expect.stringMatching(/^unit\.smart:10:37: Expected a date .* but found `\}`\.$/),
            'smart: unit.smart: 1 syntax error (above); the report shows only what parsed',
            ''
        ]);
        const portfolio = PortfolioSchema.parse(JSON.parse(run.stdout));
        expect(portfolio.alignment.map(node => [node.goal, node.syntaxErrors, node.children.map(child => [child.goal, child.syntaxErrors])])).toEqual([
            ['corp', false, [['grow', true]]],
            ['broken', true, []]
        ]);
    });
});

describe('a portfolio of 500 plans', () => {
    test('renders with a contents list of every plan and the whole tree, its size growing with the plans and no faster', () => {
        const dir = largePortfolio(500);
        const run = runSmart(['report', '.', '--out', 'portfolio.html'], { cwd: dir });
        expect(run).toEqual({ code: 0, stdout: 'wrote portfolio.html\n', stderr: '' });
        const html = readFileSync(join(dir, 'portfolio.html'), 'utf8');
        const contents = html.slice(html.indexOf('<ol class="sp-contents-plans">'), html.indexOf('</nav>'));
        const planLinks = [...contents.matchAll(/<li><a class="sp-ref" href="#([^"]+)"/g)].map(match => match[1]);
        expect(planLinks).toHaveLength(501);
        expect(planLinks.slice(0, 2)).toEqual(['corporate.smart', 'units/unit-001.smart']);
        expect(planLinks.at(-1)).toBe('units/unit-500.smart');
        expect(html.match(/<section class="sp-portfolio-plan"/g)).toHaveLength(501);
        expect(html.match(/<article class="sp-goal /g)).toHaveLength(1002);
        // The tree: the two corporate goals, each with its 500 unit goals under it.
        const tree = html.slice(html.indexOf('<ul class="sp-tree">'), html.indexOf('</section>', html.indexOf('<ul class="sp-tree">')));
        expect(tree.match(/<li class="sp-tree-node">/g)).toHaveLength(1002);
        expect(tree).toContain('500 aligned: 166 behind, 334 on track');
        expect(tree).toContain('500 aligned: 500 on track');
        const { ids, dead } = idsAndDeadLinks(html);
        expect(dead).toEqual([]);
        expect(ids.length).toBe(new Set(ids).size);
        // Each plan costs what its own report costs, and a little for its line in the contents,
        // the table and the tree: the stylesheet is there once.
        const single = runSmart(['report', 'units/unit-001.smart'], { cwd: dir }).stdout;
        const styles = renderPlanStyles().length;
        expect(html.length).toBeLessThan(styles + 501 * (single.length - styles) * 1.25);
        expect(html.match(/<style>/g)).toHaveLength(1);
    }, 60_000);
});

describe('smart report PATHS... errors: one line naming the file, exit 2', () => {
    test.each([
        [['report', corporate, 'missing.smart'], 'smart: missing.smart: no such file or directory'],
        [['report', corporate, 'README.md'], 'smart: README.md: not a .smart file'],
        [['report', corporate, 'packages/cli/src'], 'smart: packages/cli/src: no .smart files in this directory'],
        [['report', corporate, 'nowhere/*.smart'], 'smart: nowhere/*.smart: no .smart files match'],
        [['report'], 'smart: report needs a plan file, or several plans (smart report FILE, smart report PATHS...)']
    ])('%j', (args, message) => {
        const run = runSmart(args);
        expect(run.code).toBe(2);
        expect(run.stdout).toBe('');
        expect(run.stderr).toBe(`${message}\n`);
    });

    test('a broken configuration beside one of the plans names its file', () => {
        const dir = scratch({
            'a/plan.smart': `plan "A" { period 2027-01-01 to 2027-12-31 }\n${metric}`,
            'b/plan.smart': `plan "B" { period 2027-01-01 to 2027-12-31 }\n${metric}`
        });
        writeFileSync(join(dir, 'b/.smartrc.json'), '{ "today": "soon" }');
        const run = runSmart(['report', 'a', 'b'], { cwd: dir });
        expect(run.code).toBe(2);
        expect(run.stdout).toBe('');
        expect(run.stderr.split('\n').filter(Boolean)).toHaveLength(1);
        expect(run.stderr).toContain(join(dir, 'b/.smartrc.json'));
    });
});
