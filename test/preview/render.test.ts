// The renderers' content: header, goal cards (status chips, figures, letters with their
// reasons, deadlines, budgets summed per currency), charts, journeys with a missing
// reaction flagged, data-line on every declaration, and the report and webview pages.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { renderPlanBody, renderPlanMarkdown, renderPlanStyles, renderReportHtml, renderWebviewHtml, isRevealMessage, isReadyMessage } from '../../packages/preview/src/index.js';
import { repoRoot } from '../cli/run-smart.js';
import { fullView, viewOfPlan } from './fixtures.js';

/** The opening tags of elements with this class. */
function tagsWithClass(html: string, className: string): string[] {
    return (html.match(/<[a-z]+\b[^>]*>/g) ?? []).filter(tag => / class="([^"]*)"/.exec(tag)?.[1].split(' ').includes(className));
}

describe('renderPlanBody on a full view', () => {
    const body = renderPlanBody(fullView());

    test('the plan header: title, owner, period, cadence, reviews, overdue flag, diagnostics', () => {
        expect(body).toContain('<h1 class="sp-plan-title">Acme Coaching 2027</h1>');
        expect(body).toContain('<span class="sp-person">john</span>');
        expect(body).toContain('1 Jan 2027 – 31 Dec 2027');
        expect(body).toContain('every 2 weeks');
        expect(body).toContain('22 Feb 2027');
        expect(body).toMatch(/8 Mar 2027 <span class="sp-flag sp-flag-overdue">overdue<\/span>/);
        expect(body).toContain('1 error');
        expect(body).toContain('2 warnings');
        expect(body).toContain('3 info');
        expect(body).toContain('3 goals');
    });

    test('a card per goal with its title, a status chip with words, and its figures', () => {
        expect(tagsWithClass(body, 'sp-goal')).toHaveLength(3);
        expect(body).toContain('Grow paying membership from 120 to 400');
        expect(body).toContain('Halve monthly churn');
        expect(body).toMatch(/sp-chip sp-chip-on-track"><span class="sp-chip-symbol" aria-hidden="true">●<\/span> On track/);
        expect(body).toMatch(/sp-chip sp-chip-at-risk">.*At risk/);
        expect(body).toMatch(/sp-chip sp-chip-unknown">.*Status unknown/);
        expect(body).toContain('<dd class="sp-figure-actual">176</dd>');
        expect(body).toContain('<dd class="sp-figure-actual">7.5%</dd>');
        expect(body).toContain('<span class="sp-avatar">networkBuilder</span><span class="sp-avatar">teamLeader</span>');
    });

    test('SMART letters: failing ones marked, with the rules\' messages in the tooltip', () => {
        expect(body).toContain('<li class="sp-letter sp-letter-ok" title="S — Specific: satisfied"');
        expect(body).toContain('<li class="sp-letter sp-letter-fail" title="R — Reasonable: not satisfied.\n• Benchmark 260 by 2027-06-30 is ahead of plan"');
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

    test('an inline SVG chart per goal that has dated figures, with nothing external', () => {
        expect(body.match(/<svg class="sp-chart-svg"/g)).toHaveLength(2);
        expect(body).toContain('<polyline class="sp-chart-plan"');
        expect(body).toContain('<polyline class="sp-chart-actual"');
        expect(body).toContain('<title>Check-in 1 Feb 2027: 141 — January webinar brought 19 members</title>');
        expect(body).toContain('No dated figures to chart yet.');
        expect(body).not.toMatch(/xlink:href|<image|<use|url\(/);
    });

    test('strategy → tactic tree with budgets summed per currency', () => {
        expect(body).toContain('Position John as the trusted advisor');
        expect(body).toContain('<span class="sp-budget" title="Budget of its tactics">9,300 USD + 750 EUR</span>');
        expect(body).toContain('<span class="sp-tag">webinar</span><span class="sp-person">john</span><span class="sp-budget">6,000 USD</span>');
        expect(body).toContain('“You need a proven way to meet new people”');
        expect(body).toContain('No strategy serves this goal yet.');
    });

    test('journeys as a row of steps with reactions; a step without one is flagged', () => {
        expect(body).toContain('<h2>Buying journeys</h2>');
        expect(body).toMatch(/<li class="sp-step" data-line="61">[\s\S]*Hears the podcast[\s\S]*<li>advisorPodcast<\/li><li>30-second clips<\/li>/);
        expect(body).toMatch(/<li class="sp-step sp-step-missing" data-line="64">[\s\S]*Books a first call[\s\S]*No reaction planned/);
    });

    test('every declaration carries its line for click-to-reveal', () => {
        const lines = [...body.matchAll(/data-line="(\d+)"/g)].map(m => Number(m[1])).sort((a, b) => a - b);
        expect(lines).toEqual([0, 10, 20, 25, 30, 30, 40, 40, 47, 47, 54, 54, 60, 61, 64]);
    });

    test('no inline style attributes (the webview CSP forbids them) and no event handlers', () => {
        expect(body).not.toMatch(/\sstyle="/);
        expect(body).not.toMatch(/\son[a-z]+="/);
    });
});

describe('renderPlanBody on real plans', () => {
    test('the coaching example: five goals on track, decreasing churn bar, budgets from the plan', async () => {
        const view = await viewOfPlan(readFileSync(`${repoRoot}/examples/coaching/acme-coaching.smart`, 'utf8'), 'acme-coaching.smart');
        const body = renderPlanBody(view);
        for (const goal of view.goals) {
            expect(body).toContain(`>${goal.title}</h3>`);
            expect(body).toContain(`data-line="${goal.line}"`);
        }
        expect(body.match(/sp-chip sp-chip-on-track/g)).toHaveLength(5);
        expect(body.match(/<svg class="sp-chart-svg"/g)).toHaveLength(5);
        expect(body).toContain('9,300 USD'); // trustedAdvisor: webinar 6,000 + podcast 3,300
        expect(body).toContain('<span class="sp-budget">3,300 USD</span>');
        expect(body).toContain('<dd class="sp-figure-actual">7.1%</dd>');
        expect(body).toContain('<rect class="sp-bar-fill" x="0" y="9" width="22.5%"');
    });

    test('a faulty plan: failing letters explained, the missing reaction flagged', async () => {
        const view = await viewOfPlan(readFileSync(`${repoRoot}/examples/faulty/faulty.smart`, 'utf8'), 'faulty.smart');
        const body = renderPlanBody(view);
        expect(body).toMatch(/sp-letter sp-letter-fail" title="T — Time-bound: not satisfied.\n• Goal &#39;growMembers&#39; is not time-bound/);
        expect(body).toMatch(/sp-step sp-step-missing[^>]*>[\s\S]*?Books a first class[\s\S]*?No reaction planned/);
        expect(body).toContain('sp-flag-overdue');
        expect(body).toMatch(/\d+ errors?<\/span>/);
    });

    test('a plan without header or goals still renders', () => {
        const body = renderPlanBody({ file: 'empty.smart', today: '2027-03-15', goals: [], journeys: [], diagnostics: { error: 0, warning: 0, info: 0 } });
        expect(body).toContain('<h1 class="sp-plan-title">empty.smart</h1>');
        expect(body).toContain('This plan has no goals yet.');
        expect(body).not.toContain('data-line');
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
    });
});

describe('renderPlanMarkdown', () => {
    const markdown = renderPlanMarkdown(fullView());

    test('headers, the plan facts and a table of goals', () => {
        expect(markdown.startsWith('# Acme Coaching 2027 — progress report\n')).toBe(true);
        expect(markdown).toContain('| Next review due | 8 Mar 2027 (**overdue**) |');
        expect(markdown).toContain('| Diagnostics | 1 error, 2 warnings, 3 info |');
        expect(markdown).toContain('| Goal | Status | Actual / target | Progress | Deadline | SMART |');
        expect(markdown).toContain('| Grow paying membership from 120 to 400 | ● On track | 176 / 400 | 20% | 31 Dec 2027 (291 days left) | S M A · T |');
        expect(markdown).toContain('| Halve monthly churn | ▲ At risk | 7.5% / 4% | 13% | 31 Dec 2027 (291 days left) | S M A R T |');
        expect(markdown).toContain('| Be famous | ? Status unknown | — / — | — | — | S · A R · |');
    });

    test('per goal: failing letters with reasons, strategies and tactics with budgets', () => {
        expect(markdown).toContain('### Grow paying membership from 120 to 400');
        expect(markdown).toContain('  - **R** (Reasonable) not satisfied: Benchmark 260 by 2027-06-30 is ahead of plan');
        expect(markdown).toContain('  - Position John as the trusted advisor — 9,300 USD + 750 EUR');
        expect(markdown).toContain('    - Monthly live webinar (webinar, john) — 6,000 USD');
    });

    test('journeys as a table, the missing reaction flagged', () => {
        expect(markdown).toContain('### buying (for networkBuilder)');
        expect(markdown).toContain('| 1 | Hears the podcast | advisorPodcast; 30-second clips |');
        expect(markdown).toContain('| 2 | Books a first call | ⚠ **no reaction planned** |');
    });

    test('table cells hold one line each and plan pipes are escaped', () => {
        const view = fullView();
        view.goals[0].title = 'Up | down\nand *more*';
        const text = renderPlanMarkdown(view);
        expect(text).toContain('| Up \\| down and \\*more\\* | ● On track |');
        for (const line of text.split('\n').filter(l => l.startsWith('| '))) {
            expect(line.replace(/\\\|/g, '').split('|').length, line).toBeLessThanOrEqual(8);
        }
    });
});
