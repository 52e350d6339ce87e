// The renderers' content: header, goal cards (status chips, figures, letters with their
// reasons, deadlines, budgets summed per currency), charts, journeys with a missing
// reaction flagged, data-line on every declaration, and the report and webview pages.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { renderPlanBody, renderPlanMarkdown, renderPlanStyles, renderReportHtml, renderWebviewHtml, isPaneMessage, isRevealMessage, isReadyMessage, isScrolledMessage } from '../../packages/preview/src/index.js';
import { repoRoot } from '../cli/run-smart.js';
import { fullView, viewOfPlan } from './fixtures.js';

/** The opening tags of elements with this class. */
function tagsWithClass(html: string, className: string): string[] {
    return (html.match(/<[a-z]+\b[^>]*>/g) ?? []).filter(tag => / class="([^"]*)"/.exec(tag)?.[1].split(' ').includes(className));
}

describe('renderPlanBody on a full view', () => {
    const body = renderPlanBody(fullView());

    test('the plan header: title, file, description, owner by title, period, currency, cadence, reviews, overdue flag, diagnostics', () => {
        expect(body).toContain('<h1 class="sp-plan-title">Acme Coaching 2027</h1>');
        expect(body).toContain('<p class="sp-plan-file">plans/acme.smart</p>');
        expect(body).toContain('<p class="sp-description">Grow the coaching network through trusted-advisor content</p>');
        expect(body).toContain('<dt>Owner</dt><dd><a class="sp-ref sp-person" href="#person-john" title="person john">John Hackett</a></dd>');
        expect(body).toContain('1 Jan 2027 – 31 Dec 2027');
        expect(body).toContain('<dt>Currency</dt><dd>USD</dd>');
        expect(body).toContain('every 2 weeks');
        expect(body).toContain('22 Feb 2027');
        expect(body).toMatch(/8 Mar 2027 <span class="sp-flag sp-flag-overdue">overdue<\/span>/);
        expect(body).toContain('1 error');
        expect(body).toContain('2 warnings');
        expect(body).toContain('3 info');
        expect(body).toContain('3 goals');
    });

    test('a plan dated wholly after today says so and points to smart.today and --today', () => {
        expect(body).toContain('<div class="sp-callout" role="note">');
        expect(body).toContain('Nothing in this plan is dated on or before today (15 Mar 2027).');
        expect(body).toContain('start on 1 Apr 2027, so no goal has an actual value yet');
        expect(body).toContain('<code>smart.today</code>');
        expect(body).toContain('<code>smart report --today YYYY-MM-DD</code>');
        const dated = fullView();
        delete dated.allAfterToday;
        expect(renderPlanBody(dated)).not.toContain('sp-callout');
    });

    test('the goals at a glance come first, each row linking to its card', () => {
        const summary = body.indexOf('Goals at a glance');
        expect(summary).toBeGreaterThan(0);
        expect(summary).toBeLessThan(body.indexOf('<article class="sp-goal '));
        expect(body).toContain('<th scope="col">Goal</th><th scope="col">Status</th><th scope="col">Actual / target</th><th scope="col">Progress</th><th scope="col">Forecast</th><th scope="col">Deadline</th><th scope="col">SMART</th>');
        expect(body).toContain('<th scope="row" class="sp-goal-cell"><a class="sp-ref" href="#goal-growMembers" title="goal growMembers">Grow paying membership from 120 to 400</a></th>');
        expect(body).toContain('<td class="sp-figure-cell" data-label="Actual / target">7.5% / 4%</td>');
        expect(body).toContain('<td class="sp-figure-cell" data-label="Forecast">415</td>');
        expect(body).toContain('<td class="sp-figure-cell" data-label="Forecast">4.6%</td>');
        expect(body).toContain('<td class="sp-figure-cell" data-label="Deadline">31 Dec 2027 (291 days left)</td>');
        expect(body).toContain('<td class="sp-figure-cell" data-label="SMART">S · A R ·</td>');
        expect(body).toContain('id="goal-growMembers"');
    });

    test('a card per goal with its title, a status chip with words, people and avatars by title, and its figures', () => {
        expect(tagsWithClass(body, 'sp-goal')).toHaveLength(3);
        expect(body).toContain('<h3 class="sp-goal-title" id="goal-growMembers-title">Grow paying membership from 120 to 400</h3>');
        expect(body).toContain('aria-labelledby="goal-growMembers-title"');
        expect(body).toMatch(/sp-chip sp-chip-on-track"><span class="sp-chip-symbol" aria-hidden="true">●<\/span> On track/);
        expect(body).toMatch(/sp-chip sp-chip-at-risk">.*At risk/);
        expect(body).toMatch(/sp-chip sp-chip-unknown">.*Status unknown/);
        expect(body).toContain('<dd class="sp-figure-actual">176</dd>');
        expect(body).toContain('<dd class="sp-figure-actual">7.5%</dd>');
        expect(body).toContain('<span class="sp-meta-label">Owner</span> <span class="sp-ref sp-person" title="person becki">Becki Hackett</span>');
        expect(body).toContain('<a class="sp-ref sp-avatar" href="#avatar-networkBuilder" title="avatar networkBuilder">Part-time network marketer</a> <span class="sp-ref sp-avatar" title="avatar teamLeader">Established team leader</span>');
        expect(body).toContain('<a class="sp-ref" href="#metric-members" title="metric members">Paying members</a> (count)');
        expect(body).toContain('<span class="sp-meta-label">Aligns to</span> <span class="sp-ref" title="goal growMrr">Reach 22,000 USD monthly recurring revenue</span>');
        expect(body).not.toContain('>becki<');
        expect(body).not.toContain('>networkBuilder<');
    });

    test('each goal lists its check-ins as text: date, value, confidence, note; one after today is marked', () => {
        expect(body).toContain('<time class="sp-checkin-date" datetime="2027-02-01">1 Feb 2027</time>\n<span class="sp-checkin-value">141</span><span class="sp-tag">confidence medium</span>\n<span class="sp-note">January webinar brought 19 members</span>');
        expect(body).toMatch(/<li class="sp-checkin sp-checkin-later">[\s\S]*?190<\/span><span class="sp-tag sp-tag-later">after today<\/span>/);
        expect(body).toContain('No check-in yet.');
    });

    test('each card tells where the goal is heading, how the goals aligned to it stand, and the decisions about it', () => {
        expect(body).toContain('<p class="sp-forecast"><span class="sp-meta-label">Forecast</span> 415 by 31 Dec 2027 at the pace so far · reaches 400 on 2 Dec 2027 · needs +23.5 a month</p>');
        expect(body).toContain('<p class="sp-forecast"><span class="sp-meta-label">Forecast</span> 4.6% by 31 Dec 2027 at the pace so far · reaches 4% on 10 Feb 2028 · needs −0.36% a month</p>');
        // The worst status of the aligned goals colours the roll-up; a goal without aligned goals has none.
        expect(body).toContain('<p class="sp-rollup sp-rollup-behind"><span class="sp-meta-label">Roll-up</span> 3 aligned: 1 behind, 2 on track</p>');
        expect(tagsWithClass(body, 'sp-rollup')).toHaveLength(1);
        const churn = body.slice(body.indexOf('id="goal-reduceChurn"'));
        expect(churn.slice(0, churn.indexOf('</article>'))).toContain('<ul class="sp-decisions" aria-label="Decisions about Halve monthly churn"><li><time datetime="2027-02-22">22 Feb 2027</time> · February review: Start win-back calls at day 25</li></ul>');
        const grow = body.slice(body.indexOf('id="goal-growMembers"'));
        expect(grow.slice(0, grow.indexOf('</article>'))).not.toContain('Decisions');
    });

    test('SMART letters: failing ones marked, with the rules\' messages in the tooltip', () => {
        expect(body).toContain('<li class="sp-letter sp-letter-ok" title="S — Specific: satisfied"');
        expect(body).toContain('<li class="sp-letter sp-letter-fail" title="R — Reasonable: not satisfied.\n• Benchmark 260 by 30 Jun 2027 is ahead of plan"');
        expect(body).toContain('title="M — Measurable: not satisfied.\n• Goal vague has no metric"');
    });

    test('deadline with days left; a goal without one says so', () => {
        expect(body).toContain('<time datetime="2027-12-31">31 Dec 2027</time> <span class="sp-days">· 291 days left</span>');
        expect(body).toContain('No deadline');
        expect(body).toContain('No baseline and target to measure progress against.');
    });

    test('progress bars drawn from the geometry, with benchmark ticks and both markers', () => {
        expect(body).toContain('<rect class="sp-bar-fill" x="0" y="9" width="20%"');
        expect(body).toContain('<circle class="sp-bar-actual" cx="20%"');
        expect(body).toContain('<rect class="sp-bar-fill" x="0" y="9" width="12.5%"');
        expect(body).toContain('<line class="sp-bar-expected" x1="25%"');
        expect(body).toMatch(/<line class="sp-bar-tick" x1="50%"[^>]*><title>Benchmark 6% by 30 Jun 2027<\/title>/);
    });

    test('an inline SVG chart per goal that has dated figures, in pixels and percentages, with nothing external', () => {
        expect(body.match(/<svg class="sp-chart-svg"/g)).toHaveLength(2);
        expect(body).not.toMatch(/<svg class="sp-chart-svg"[^>]*viewBox/);
        expect(body).toMatch(/<svg class="sp-chart-svg" width="100%" height="168" role="img" aria-label="Chart of Grow paying membership from 120 to 400: planned path from 120 to 400, 3 check-ins">/);
        expect(body).toContain('<line class="sp-chart-plan" x1="0%"');
        expect(body).toContain('<line class="sp-chart-actual"');
        expect(body).toContain('<title>Check-in 1 Feb 2027: 141 — January webinar brought 19 members</title>');
        // The forecast, dotted from the last check-in that counts (not the one after today) to the deadline.
        expect(body.match(/<line class="sp-chart-forecast"/g)).toHaveLength(2);
        expect(body).toContain('<title>Forecast 415 by 31 Dec 2027 at the pace so far</title>');
        expect(body).toContain('<span class="sp-key sp-key-forecast">forecast</span>');
        expect(body).toContain('No dated figures to chart yet.');
        expect(body).not.toMatch(/xlink:href|<image|<use|url\(/);
    });

    test('each strategy drawn once, with the goals it serves, its audience, needs, message, offer, budget per currency and tactics', () => {
        expect(body.match(/<article class="sp-card sp-strategy"/g)).toHaveLength(1);
        expect(body.match(/>Position John as the trusted advisor<\/h3>/g)).toHaveLength(1);
        expect(body).toContain('<span class="sp-budget" title="Budget of its tactics">9,300 USD + 750 EUR</span>');
        expect(body.match(/9,300 USD \+ 750 EUR/g)).toHaveLength(2); // the strategy and its line in the budget table
        expect(body).toContain('<dt>Serves</dt><dd><a class="sp-ref" href="#goal-growMembers" title="goal growMembers">Grow paying membership from 120 to 400</a>, <a class="sp-ref" href="#goal-reduceChurn" title="goal reduceChurn">Halve monthly churn</a></dd>');
        expect(body).toContain('<a class="sp-ref" href="#need-networkBuilder_2eprospects" title="need networkBuilder.prospects">A steady flow of warm prospects</a>');
        expect(body).toContain('“You need a proven way to meet new people”');
        expect(body).toContain('<span class="sp-meta-label">Offer</span> Weekly live coaching for less than one product order');
        expect(body).toMatch(/<span class="sp-tag">webinar<\/span><a class="sp-ref sp-person" href="#person-john" title="person john">John Hackett<\/a><span class="sp-fact-text">500 USD per month<\/span><span class="sp-fact-text">15 Jan 2027 – 15 Dec 2027<\/span><span class="sp-fact-text">moves <a class="sp-ref" href="#metric-members"[^>]*>Paying members<\/a><\/span><span class="sp-fact-text">skills: <a class="sp-ref" href="#skill-discoveryCall"/);
        expect(body).toContain('<span class="sp-budget">6,000 USD</span>');
        expect(body).toContain('<h4>Served by</h4>\n<ul class="sp-served"><li><a class="sp-ref" href="#strategy-trustedAdvisor" title="strategy trustedAdvisor">Position John as the trusted advisor</a></li></ul>');
        expect(body).toContain('No strategy serves this goal yet.');
    });

    test('a tactic that executes no strategy is shown, flagged', () => {
        expect(body).toContain('Tactics under none of these strategies');
        expect(body).toMatch(/<li class="sp-tactic sp-tactic-loose" id="tactic-flyers" data-line="57">[\s\S]*?Flyers in co-working spaces[\s\S]*?Executes no strategy/);
        expect(body).toMatch(/<li class="sp-tactic" id="tactic-newsletter" data-line="58">[\s\S]*?Executes <span class="sp-ref" title="strategy groupVoice">The group&#39;s one voice<\/span>, not a strategy of this plan/);
    });

    test('the budget in total, per strategy and per channel', () => {
        expect(body).toContain('<span class="sp-meta-label">Total</span> <strong>10,800 USD + 750 EUR</strong>');
        expect(body).toContain('<tr><th scope="row"><span class="sp-warn">No channel</span></th><td class="sp-number" data-label="Budget">1,200 USD</td></tr>');
        expect(body).toContain('<tr><th scope="row"><span class="sp-warn">No strategy</span></th><td class="sp-number" data-label="Budget">300 USD</td></tr>');
        expect(body).toContain('<tr><th scope="row">print</th><td class="sp-number" data-label="Budget">300 USD</td></tr>');
    });

    test('the ideal clients with their needs, the strategies addressing each, an unaddressed need flagged', () => {
        expect(body).toContain('<h3 class="sp-node-title" id="avatar-networkBuilder-title">Part-time network marketer</h3>');
        expect(body).toContain('<p class="sp-segment">Distributors working 5-10 hours a week</p>');
        expect(body).toMatch(/<li id="need-networkBuilder_2eprospects" class="sp-need">[\s\S]*?addressed by <a class="sp-ref" href="#strategy-trustedAdvisor"/);
        expect(body).toMatch(/<li id="need-networkBuilder_2etimeFit" class="sp-need sp-need-open">[\s\S]*?addressed by no strategy/);
        expect(body).toContain('<li>Replace a car payment first</li>');
        expect(body).toContain('<li>No long contract</li>');
    });

    test('journeys: steps by title with tactics by title, assets, and the stakeholders, competitors, worst cases and alternatives; a step without a reaction flagged', () => {
        expect(body).toContain('<h2 id="sp-journeys-title">Buying journeys</h2>');
        expect(body).toContain('<span class="sp-journey-for">Journey of</span> <a class="sp-ref sp-avatar" href="#avatar-networkBuilder"');
        expect(body).toMatch(/<li class="sp-step" data-line="61">[\s\S]*Hears the podcast[\s\S]*<li><a class="sp-ref" href="#tactic-advisorPodcast" title="tactic advisorPodcast">Weekly podcast<\/a><\/li><li>30-second clips<\/li>/);
        expect(body).toContain('<div><dt>Stakeholders</dt><dd>Their upline sponsor</dd></div>');
        expect(body).toContain('<div><dt>Competitors</dt><dd>Free training groups</dd></div>');
        expect(body).toContain('<div><dt>Worst case</dt><dd>Scrolls past</dd></div>');
        expect(body).toContain('<div><dt>Alternatives</dt><dd>A free first month</dd></div>');
        expect(body).toMatch(/<li class="sp-step sp-step-missing" data-line="64">[\s\S]*Books a first call[\s\S]*No reaction planned/);
    });

    test('the SWOT, the reviews in date order with attendees and decisions, the skills, people and metrics', () => {
        expect(body).toMatch(/<h3 class="sp-subheading">Strengths<\/h3>\n<ul class="sp-list"><li>46 years of coaching experience<\/li>/);
        expect(body).toContain('<li>Companies cut field training budgets</li>');
        expect(body.indexOf('February review')).toBeLessThan(body.indexOf('April review'));
        expect(body).toContain('<span class="sp-meta-label">Attendees</span> <a class="sp-ref sp-person" href="#person-john" title="person john">John Hackett</a> <a class="sp-ref sp-person" href="#person-maria"');
        expect(body).toContain('<li>Start win-back calls at day 25 <span class="sp-decision-about"><span class="sp-meta-label">About</span> <a class="sp-ref" href="#goal-reduceChurn" title="goal reduceChurn">Halve monthly churn</a></span></li>');
        expect(body).toContain('April review <span class="sp-tag sp-tag-later">planned</span>');
        expect(body).toMatch(/Run a 20-minute discovery call<\/span>\n<span class="sp-row-facts"><span class="sp-meta-label">Coach<\/span> <a class="sp-ref sp-person" href="#person-john"[^>]*>John Hackett<\/a> · <span class="sp-meta-label">Supports<\/span> <a class="sp-ref" href="#tactic-monthlyWebinar"/);
        expect(body).toContain('<span class="sp-warn">No coach</span>');
        expect(body).toContain('<span class="sp-row-title sp-person" title="person john">John Hackett</span>\n<span class="sp-row-facts">Founder and head coach</span>');
        expect(body).toContain('<span class="sp-row-title" title="metric members">Paying members</span>\n<span class="sp-row-facts">a count</span>');
    });

    test('every link points at an anchor of the page, every anchor is unique', () => {
        const ids = [...body.matchAll(/ id="([^"]+)"/g)].map(m => m[1]);
        expect(new Set(ids).size).toBe(ids.length);
        const targets = [...body.matchAll(/ href="#([^"]+)"/g)].map(m => m[1]);
        expect(targets.length).toBeGreaterThan(20);
        for (const target of targets) {
            expect(ids, target).toContain(target);
        }
        expect(body).not.toMatch(/ href="(?!#)/);
    });

    test('every declaration carries its line for click-to-reveal', () => {
        const lines = [...body.matchAll(/data-line="(\d+)"/g)].map(m => Number(m[1])).sort((a, b) => a - b);
        expect(lines).toEqual([0, 3, 4, 6, 8, 9, 10, 20, 25, 30, 40, 47, 54, 57, 58, 60, 61, 64, 67, 70, 73, 76]);
    });

    test('the report is not interactive: no tab stops, no toolbar; the pane is', () => {
        expect(body).not.toContain('tabindex');
        expect(body).not.toContain('sp-toolbar');
        const pane = renderPlanBody(fullView(), { interactive: true });
        expect(pane).toContain('<button type="button" class="sp-button" data-action="export"');
        expect(pane).toContain('<button type="button" class="sp-button" data-action="print"');
        expect(pane).toContain('<p id="sp-reveal-hint" class="sp-visually-hidden">Press Enter to show it in the editor.</p>');
        const stops = pane.match(/ data-line="\d+" [^>]*tabindex="0" aria-describedby="sp-reveal-hint"/g) ?? [];
        expect(stops).toHaveLength(pane.match(/data-line=/g)!.length);
    });

    test('no inline style attributes (the webview CSP forbids them) and no event handlers', () => {
        expect(body).not.toMatch(/\sstyle="/);
        expect(body).not.toMatch(/\son[a-z]+="/);
    });
});

describe('renderPlanBody on real plans', () => {
    test('the coaching example: every section in people\'s words, each strategy once, budgets from the plan', async () => {
        const view = await viewOfPlan(readFileSync(`${repoRoot}/examples/coaching/acme-coaching.smart`, 'utf8'), 'acme-coaching.smart');
        const body = renderPlanBody(view);
        for (const goal of view.goals) {
            expect(body).toContain(`>${goal.title}</h3>`);
            expect(body).toContain(`data-line="${goal.line}"`);
        }
        expect(body.match(/<span class="sp-chip sp-chip-on-track"/g)).toHaveLength(10); // a chip in the table and one on the card
        expect(body.match(/<svg class="sp-chart-svg"/g)).toHaveLength(5);
        // trustedAdvisor serves two goals and is drawn once: webinar 6,000 + podcast 3,300
        expect(body.match(/<span class="sp-budget" title="Budget of its tactics">9,300 USD<\/span>/g)).toHaveLength(1);
        expect(body).toContain('<span class="sp-budget">3,300 USD</span>');
        expect(body).toContain('<dd class="sp-figure-actual">7.1%</dd>');
        expect(body).toContain('<dd class="sp-figure-actual">8,900 USD</dd>');
        expect(body).toContain('<rect class="sp-bar-fill" x="0" y="9" width="22.5%"');
        for (const words of ['John Hackett', 'Becki Hackett', 'Part-time network marketer, 0-2 years in', 'Grow the coaching network through trusted-advisor content',
            'Weekly podcast: questions from the field', 'Spouse or partner', 'Decides the business is not worth paying for', 'Pause the membership for a month instead of cancelling',
            'Move the webinar to Tuesdays; attendance was 40% higher', 'Cut a podcast answer into a 30-second clip', 'John has 46 years of coaching and sales-training experience',
            'Win-back calls started in February', '<strong>29,900 USD</strong>']) {
            expect(body, words).toContain(words);
        }
        expect(body).not.toContain('file://');
    });

    test('a faulty plan: failing letters explained, the missing reaction flagged, the loose tactic kept', async () => {
        const view = await viewOfPlan(readFileSync(`${repoRoot}/examples/faulty/faulty.smart`, 'utf8'), 'faulty.smart');
        const body = renderPlanBody(view);
        expect(body).toMatch(/sp-letter sp-letter-fail" title="T — Time-bound: not satisfied.\n• Goal &#39;growMembers&#39; is not time-bound/);
        expect(body).toMatch(/sp-step sp-step-missing[^>]*>[\s\S]*?Books a first class[\s\S]*?No reaction planned/);
        expect(body).toMatch(/sp-tactic sp-tactic-loose[^>]*>[\s\S]*?Flyers in the co-working spaces[\s\S]*?Executes no strategy/);
        expect(body).toContain('sp-flag-overdue');
        expect(body).toMatch(/\d+ errors?<\/span>/);
    });

    test('a goal without a deadline still shows the actual value of its check-ins', async () => {
        const view = await viewOfPlan('metric m "M" unit count\ngoal g "G" {\n    metric m\n    baseline 10 on 2027-01-01\n    target 50\n}\ncheckin 2027-02-01 { g 17 }\n');
        expect(view.goals[0]).toMatchObject({ status: 'unknown', actual: 17 });
        expect(renderPlanBody(view)).toContain('<dd class="sp-figure-actual">17</dd>');
    });

    test('a plan without header or goals still renders', () => {
        const empty = { file: 'empty.smart', today: '2027-03-15', goals: [], strategies: [], unassignedTactics: [], budget: { total: [], byStrategy: [], byChannel: [] }, people: [], avatars: [], metrics: [], journeys: [], reviews: [], skills: [], diagnostics: { error: 0, warning: 0, info: 0 } };
        const body = renderPlanBody(empty);
        expect(body).toContain('<h1 class="sp-plan-title">empty.smart</h1>');
        expect(body).toContain('This plan has no goals yet.');
        expect(body).not.toContain('data-line');
        expect(body).not.toContain('Goals at a glance');
    });
});

describe('renderReportHtml', () => {
    const report = renderReportHtml(fullView());

    test('a self-contained document: doctype, UTF-8, strict CSP, title, inline style', () => {
        expect(report.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
        expect(report).toContain('<meta charset="utf-8">');
        expect(report).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;; img-src data:">`);
        expect(report).toContain('<title>Acme Coaching 2027 — progress report</title>');
        expect(report).toContain('<style>');
        expect(report).toContain('@media print');
    });

    test('no script and no external URL anywhere', () => {
        expect(report).not.toMatch(/<script/i);
        expect(report).not.toMatch(/https?:\/\//i);
        expect(report).not.toMatch(/\/\/[a-z0-9.-]+\.[a-z]{2,}/i);
        expect(report).not.toMatch(/@import|url\(/i);
    });
});

describe('renderPlanStyles', () => {
    test('themed with VS Code variables with fallbacks, printable', () => {
        const css = renderPlanStyles();
        expect(css).toContain('var(--vscode-editor-foreground, #1f2328)');
        expect(css).toContain('var(--vscode-editor-background, #ffffff)');
        expect(css).toMatch(/@media print \{[\s\S]*break-inside: avoid/);
        const variables = [...css.matchAll(/var\((--vscode-[a-zA-Z-]+)(,?)/g)];
        expect(variables.length).toBeGreaterThan(10);
        for (const [use, name, comma] of variables) {
            expect(comma, `${name} has a fallback (${use})`).toBe(',');
        }
    });
});

describe('renderWebviewHtml', () => {
    test('a nonce CSP, the nonce on style and script, the root element, no other script', () => {
        const page = renderWebviewHtml({ nonce: 'abc123', cspSource: 'https://file+.vscode-resource.vscode-cdn.net', scriptUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/out/webview.js' });
        expect(page).toContain(`content="default-src &#39;none&#39;; script-src &#39;nonce-abc123&#39;; style-src https://file+.vscode-resource.vscode-cdn.net &#39;nonce-abc123&#39;; img-src https://file+.vscode-resource.vscode-cdn.net data:; font-src https://file+.vscode-resource.vscode-cdn.net"`);
        expect(page).toContain('<style nonce="abc123">');
        expect(page).toContain('<script nonce="abc123" src="https://file+.vscode-resource.vscode-cdn.net/ext/out/webview.js"></script>');
        expect(page).toContain('<main id="smart-preview">');
        expect(page).toContain('<body class="sp-interactive">');
        expect(page.match(/<script/g)).toHaveLength(1);
    });

    test('its options cannot break out of their attributes', () => {
        const page = renderWebviewHtml({ nonce: '"><script>alert(1)</script>', cspSource: '\'"', scriptUri: '"><img src=x onerror=alert(1)>' });
        expect(page.match(/<script/g)).toHaveLength(1);
        expect(page).not.toContain('<img');
    });
});

describe('messages', () => {
    test('reveal and ready messages are recognised, anything else is not', () => {
        expect(isRevealMessage({ type: 'reveal', line: 4 })).toBe(true);
        expect(isRevealMessage({ type: 'reveal', line: -1 })).toBe(false);
        expect(isRevealMessage({ type: 'reveal', line: '4' })).toBe(false);
        expect(isRevealMessage(null)).toBe(false);
        expect(isReadyMessage({ type: 'ready' })).toBe(true);
        expect(isReadyMessage({ type: 'view' })).toBe(false);
        expect(isScrolledMessage({ type: 'scrolled', line: 12.5 })).toBe(true);
        expect(isScrolledMessage({ type: 'scrolled', line: Number.NaN })).toBe(false);
        expect(isPaneMessage({ type: 'export' }, 'export')).toBe(true);
        expect(isPaneMessage({ type: 'print' }, 'export')).toBe(false);
    });
});

describe('renderPlanMarkdown', () => {
    const markdown = renderPlanMarkdown(fullView());

    test('headers, the description, the plan facts by title, the note on a plan dated after today', () => {
        expect(markdown.startsWith('# Acme Coaching 2027 — progress report\n')).toBe(true);
        expect(markdown).toContain('*plans/acme.smart · figures as of 15 Mar 2027*');
        expect(markdown).toContain('> Grow the coaching network through trusted-advisor content');
        expect(markdown).toContain('| Owner | John Hackett |');
        expect(markdown).toContain('| Currency | USD |');
        expect(markdown).toContain('| Next review due | 8 Mar 2027 (**overdue**) |');
        expect(markdown).toContain('| Diagnostics | 1 error, 2 warnings, 3 info |');
        expect(markdown).toContain('> **Nothing in this plan is dated on or before today (15 Mar 2027).** Its check-ins and reviews start on 1 Apr 2027, so no goal has an actual value yet. To see the plan as of another day, set `smart.today` in the editor\'s settings, or run `smart report --today YYYY-MM-DD`.');
    });

    test('the goals at a glance, each row linking to its section', () => {
        expect(markdown.indexOf('## Goals at a glance')).toBeLessThan(markdown.indexOf('## Goals\n'));
        expect(markdown).toContain('| Goal | Status | Actual / target | Progress | Forecast | Deadline | SMART |');
        expect(markdown).toContain('| [Grow paying membership from 120 to 400](#grow-paying-membership-from-120-to-400) | ● On track | 176 / 400 | 20% | 415 | 31 Dec 2027 (291 days left) | S M A · T |');
        expect(markdown).toContain('| [Halve monthly churn](#halve-monthly-churn) | ▲ At risk | 7.5% / 4% | 13% | 4.6% | 31 Dec 2027 (291 days left) | S M A R T |');
        expect(markdown).toContain('| [Be famous](#be-famous) | ? Status unknown | — / — | — | — | — | S · A R · |');
        expect(markdown).toContain('### Grow paying membership from 120 to 400\n');
    });

    test('per goal: people by title, failing letters with reasons, check-ins with notes, the strategies serving it', () => {
        expect(markdown).toContain('- **Owner:** Becki Hackett · **For:** Part-time network marketer, Established team leader · **Metric:** Paying members (count) · **Aligns to:** Reach 22,000 USD monthly recurring revenue');
        expect(markdown).toContain('  - **R** (Reasonable) not satisfied: Benchmark 260 by 30 Jun 2027 is ahead of plan');
        expect(markdown).toContain('  - 1 Feb 2027: 141 (confidence medium) — January webinar brought 19 members');
        expect(markdown).toContain('  - 1 Apr 2027: 190 (after today)');
        expect(markdown).toContain('- **Served by:** [Position John as the trusted advisor](#position-john-as-the-trusted-advisor)');
        expect(markdown).toContain('- **Forecast:** 415 by 31 Dec 2027 at the pace so far · reaches 400 on 2 Dec 2027 · needs +23.5 a month');
        expect(markdown).toContain('- **Roll-up:** 3 aligned: 1 behind, 2 on track');
        expect(markdown).toContain('- **Decisions:**\n  - 22 Feb 2027 · February review: Start win-back calls at day 25\n');
        expect(markdown).toContain('- Start win-back calls at day 25 (about [Halve monthly churn](#halve-monthly-churn))');
    });

    test('each strategy once, with the goals it serves and its tactics; the loose tactic flagged; the budget', () => {
        expect(markdown.match(/### Position John as the trusted advisor\n/g)).toHaveLength(1);
        expect(markdown).toContain('- **Serves:** [Grow paying membership from 120 to 400](#grow-paying-membership-from-120-to-400), [Halve monthly churn](#halve-monthly-churn)');
        expect(markdown).toContain('- **Budget:** 9,300 USD + 750 EUR');
        expect(markdown).toContain('  - **Monthly live webinar** (webinar, John Hackett) — 6,000 USD (500 USD per month; 15 Jan 2027 – 15 Dec 2027; moves Paying members; skills: Run a 20-minute discovery call)');
        expect(markdown).toContain('- **Flyers in co-working spaces** (print, Maria Lopez) — 300 USD — ⚠ **executes no strategy**');
        expect(markdown).toContain('**Total:** 10,800 USD + 750 EUR');
        expect(markdown).toContain('- **Group newsletter feature** (email, John Hackett) — 1,200 USD (100 USD per month; 1 Jan 2027 – 31 Dec 2027; moves Paying members; skills: Cut a 30-second clip) — executes The group\'s one voice, not a strategy of this plan');
        expect(markdown).toContain('| ⚠ no strategy | 300 USD |');
        expect(markdown).toContain('| print | 300 USD |');
    });

    test('ideal clients, journeys with what surrounds each step, SWOT, reviews, skills, people, metrics', () => {
        expect(markdown).toContain('  - Something that fits into evenings — ⚠ addressed by no strategy');
        expect(markdown).toContain('### Journey of Part-time network marketer');
        expect(markdown).toContain('| 1 | Hears the podcast | Weekly podcast; 30-second clips | Stakeholders: Their upline sponsor · Competitors: Free training groups · Worst case: Scrolls past · Alternatives: A free first month |');
        expect(markdown).toContain('| 2 | Books a first call | ⚠ **no reaction planned** |  |');
        expect(markdown).toContain('**Threats**\n\n- Free training groups run by upline leaders');
        expect(markdown).toContain('### 22 Feb 2027 · February review\n\n**Attendees:** John Hackett, Maria Lopez\n\n- Start win-back calls at day 25');
        expect(markdown).toContain('### 12 Apr 2027 · April review (planned)');
        expect(markdown).toContain('- **Cut a 30-second clip** — ⚠ no coach');
        expect(markdown).toContain('- **John Hackett** — Founder and head coach');
        expect(markdown).toContain('- **Paying members** — a count');
    });

    test('links point only at the document\'s own headings; a repeated heading gets GitHub\'s -1 anchor', () => {
        const view = fullView();
        view.goals[1].title = view.goals[0].title;
        const text = renderPlanMarkdown(view);
        expect(text).toContain('(#grow-paying-membership-from-120-to-400)');
        expect(text).toContain('(#grow-paying-membership-from-120-to-400-1)');
        for (const [, target] of text.matchAll(/\]\(([^)]*)\)/g)) {
            expect(target).toMatch(/^#[\p{L}\p{N}_-]+$/u);
        }
    });

    test('table cells hold one line each and plan pipes are escaped', () => {
        const view = fullView();
        view.goals[0].title = 'Up | down\nand *more*';
        const text = renderPlanMarkdown(view);
        expect(text).toContain('| [Up \\| down and \\*more\\*](#up--down-and-more) | ● On track |');
        for (const line of text.split('\n').filter(l => l.startsWith('| '))) {
            expect(line.replace(/\\\|/g, '').split('|').length, line).toBeLessThanOrEqual(9);
        }
    });
});
