// The report and the pane in a real browser (Debian's Chromium through playwright-core):
// the coaching example renders its goals (chips, bars, charts); a plan full of script
// and event-handler payloads runs nothing and shows them as text, with and without the
// report's CSP; the pane script renders posted views, reports invalid ones, restores its
// state and reveals clicked declarations. Skipped, saying why, without /usr/bin/chromium.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { PlanView } from '@smart-plan/language';
import { renderWebviewHtml } from '../../packages/preview/src/index.js';
import { repoRoot, runSmart } from '../cli/run-smart.js';
import { fullView } from './fixtures.js';
import { hostileView } from './hostile.js';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
const skipped = hasChromium ? '' : ` [SKIPPED: ${CHROMIUM} is not installed; apt-get install -y chromium]`;
if (!hasChromium) {
    console.warn(`browser tests skipped: ${CHROMIUM} is not installed (apt-get install -y chromium)`);
}

const HOSTILE_PLAN = String.raw`plan "<script>window.__pwned=1</script> Plan" {
    owner ann
    period 2027-01-01 to 2027-12-31
    review every 1 month
    currency USD
}
person ann "<img src=x onerror=\"window.__pwned=2\">"
avatar buyer "\"'><svg onload=window.__pwned=3>" {
    need n "javascript:window.__pwned=4"
    channel email
}
metric m "<b>m</b>" unit count
goal g "<img src=x onerror=window.__pwned=5> goal" {
    for buyer
    metric m
    baseline 1 on 2027-01-01
    benchmark 4 by 2027-06-30
    target 10 by 2027-12-31
    owner ann
}
strategy s "<script>window.__pwned=6</script>" {
    serves g
    audience buyer
    addresses buyer.n
    message "\"><img src=x onerror=window.__pwned=7>"
}
tactic t "<iframe src=javascript:window.__pwned=8>" {
    executes s
    channel email
    owner ann
    budget 100
}
journey j for buyer {
    step a "<svg onload=window.__pwned=9>" { reaction "<img src=x onerror=window.__pwned=10>" }
    step b "</style><script>window.__pwned=11</script>" { }
}
checkin 2027-02-01 { g 3 "<img src=x onerror=window.__pwned=12>" }
`;

/** What a page did that it should not: dialogs, console errors (CSP violations among them). */
interface Watch {
    dialogs: string[];
    errors: string[];
}

function watch(page: Page): Watch {
    const seen: Watch = { dialogs: [], errors: [] };
    page.on('dialog', dialog => {
        seen.dialogs.push(dialog.message());
        void dialog.dismiss();
    });
    page.on('console', message => {
        if (message.type() === 'error') seen.errors.push(message.text());
    });
    page.on('pageerror', error => seen.errors.push(error.message));
    return seen;
}

/** Live markup under `root`: script-like elements and event-handler or javascript: attributes. */
async function liveMarkup(page: Page, root = 'html'): Promise<string[]> {
    return page.evaluate(selector => {
        const found: string[] = [];
        for (const element of Array.from(document.querySelector(selector)!.querySelectorAll('*'))) {
            if (['SCRIPT', 'IMG', 'IFRAME', 'OBJECT', 'EMBED'].includes(element.tagName.toUpperCase())) {
                found.push(element.tagName);
            }
            for (const attribute of Array.from(element.attributes)) {
                if (/^on/i.test(attribute.name) || /^\s*javascript:/i.test(attribute.value) && /^(href|src|action)$/i.test(attribute.name)) {
                    found.push(`${element.tagName}[${attribute.name}]`);
                }
            }
        }
        return found;
    }, root);
}

describe.skipIf(!hasChromium)(`in Chromium${skipped}`, () => {
    let browser: Browser;
    let dir: string;

    beforeAll(async () => {
        const { chromium } = await import('playwright-core');
        browser = await chromium.launch({
            executablePath: CHROMIUM,
            args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
        });
        dir = mkdtempSync(join(tmpdir(), 'smart-browser-'));
    }, 60_000);

    afterAll(async () => {
        await browser?.close();
    });

    function report(plan: string, name: string): string {
        const out = join(dir, `${name}.html`);
        const run = runSmart(['report', plan, '--format', 'html', '--today', '2027-03-15', '--out', out]);
        expect(run.code, run.stderr).toBe(0);
        return out;
    }

    test('the coaching report: every goal with its chip, a visible bar and a chart', async () => {
        const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
        const seen = watch(page);
        await page.goto(pathToFileURL(report('examples/coaching/acme-coaching.smart', 'acme')).href);
        const cards = page.locator('article.sp-goal');
        await expect.poll(() => cards.count()).toBe(5);
        for (const title of ['Grow paying membership from 120 to 400', 'Reach 22,000 USD monthly recurring revenue', 'Halve monthly churn', 'Build an email list of 3,000 subscribers', 'Sign 30 team-plan accounts']) {
            expect(await page.locator('h3.sp-goal-title', { hasText: title }).isVisible()).toBe(true);
        }
        const chips = await page.locator('article.sp-goal .sp-chip').allInnerTexts();
        expect(chips.map(chip => chip.replace(/\s+/g, ' ').trim())).toEqual(Array(5).fill('● On track'));
        const bars = await page.locator('article.sp-goal').evaluateAll(articles => articles.map(article => ({
            bar: article.querySelector('.sp-bar-svg')!.getBoundingClientRect().width,
            fill: article.querySelector('.sp-bar-fill')!.getBoundingClientRect().width,
            charts: article.querySelectorAll('svg.sp-chart-svg').length,
            chartHeight: article.querySelector('svg.sp-chart-svg')!.getBoundingClientRect().height,
            checkins: article.querySelectorAll('.sp-chart-checkin').length
        })));
        for (const bar of bars) {
            expect(bar.bar).toBeGreaterThan(200);
            expect(bar.fill).toBeGreaterThan(0);
            expect(bar.fill).toBeLessThan(bar.bar);
            expect(bar.charts).toBe(1);
            expect(bar.chartHeight).toBeGreaterThan(50);
            expect(bar.checkins).toBe(3);
        }
        expect(await page.locator('.sp-step').count()).toBe(5);
        expect(seen.errors).toEqual([]);
        mkdirSync(join(repoRoot, '.artifacts'), { recursive: true });
        await page.screenshot({ path: join(repoRoot, '.artifacts/report.png'), fullPage: true });
        await page.emulateMedia({ media: 'print' });
        await page.screenshot({ path: join(repoRoot, '.artifacts/report-print.png'), fullPage: true });
        await page.close();
    });

    test('a hostile plan runs nothing and shows its payloads as text', async () => {
        const plan = join(dir, 'hostile.smart');
        writeFileSync(plan, HOSTILE_PLAN);
        const file = report(plan, 'hostile');
        // Once as written (with its CSP), once without the CSP: escaping alone must hold.
        const withoutCsp = join(dir, 'hostile-no-csp.html');
        writeFileSync(withoutCsp, readFileSync(file, 'utf8').replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, ''));
        for (const path of [file, withoutCsp]) {
            const page = await browser.newPage();
            const seen = watch(page);
            await page.goto(pathToFileURL(path).href);
            await page.waitForTimeout(300);
            expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
            expect(seen.dialogs).toEqual([]);
            expect(await liveMarkup(page)).toEqual([]);
            const text = await page.locator('body').innerText();
            expect(text).toContain('<script>window.__pwned=1</script> Plan');
            expect(text).toContain('<img src=x onerror=window.__pwned=5> goal');
            expect(text).toContain('<script>window.__pwned=6</script>');
            expect(text).toContain('<iframe src=javascript:window.__pwned=8>');
            expect(text).toContain('<svg onload=window.__pwned=9>');
            expect(text).toContain('<img src=x onerror=window.__pwned=10>');
            expect(text).toContain('</style><script>window.__pwned=11</script>');
            expect(await page.title()).toBe('<script>window.__pwned=1</script> Plan — progress report');
            await page.close();
        }
    });

    describe('the pane script', () => {
        let shell: string;

        beforeAll(async () => {
            const script = join(dir, 'webview.js');
            await build({ entryPoints: [join(repoRoot, 'packages/preview/src/webview-main.ts')], bundle: true, format: 'iife', platform: 'browser', outfile: script, logLevel: 'silent' });
            const nonce = 'n0nce';
            // A stand-in for VS Code's webview API, loaded with the page's nonce before the pane script.
            const harness = `<script nonce="${nonce}">
window.__posted = [];
window.__state = JSON.parse(sessionStorage.getItem('state') || 'null');
window.acquireVsCodeApi = () => ({
  postMessage: message => window.__posted.push(message),
  getState: () => window.__state,
  setState: state => { window.__state = state; sessionStorage.setItem('state', JSON.stringify(state)); }
});
</script>`;
            const page = renderWebviewHtml({ nonce, cspSource: 'file:', scriptUri: pathToFileURL(script).href })
                .replace('</head>', `${harness}\n</head>`);
            shell = join(dir, 'pane.html');
            writeFileSync(shell, page);
        }, 60_000);

        async function openPane(): Promise<{ page: Page; seen: Watch }> {
            const page = await browser.newPage({ viewport: { width: 480, height: 700 } });
            const seen = watch(page);
            await page.goto(pathToFileURL(shell).href);
            await expect.poll(() => page.evaluate(() => (window as unknown as { __posted: unknown[] }).__posted)).toEqual([{ type: 'ready' }]);
            return { page, seen };
        }

        const post = (page: Page, message: unknown) => page.evaluate(data => window.postMessage(data, '*'), message);
        const posted = (page: Page) => page.evaluate(() => (window as unknown as { __posted: unknown[] }).__posted);

        test('renders a posted view, keeps the scroll position, reveals a clicked declaration, restores its state', async () => {
            const { page, seen } = await openPane();
            await post(page, { type: 'view', view: fullView() });
            await expect.poll(() => page.locator('article.sp-goal').count()).toBe(3);
            await page.evaluate(() => window.scrollTo(0, 600));
            const before = await page.evaluate(() => window.scrollY);
            expect(before).toBeGreaterThan(0);
            const changed = fullView();
            changed.goals[0].title = 'Renamed goal';
            await post(page, { type: 'view', view: changed });
            await expect.poll(() => page.locator('h3.sp-goal-title', { hasText: 'Renamed goal' }).count()).toBe(1);
            expect(await page.evaluate(() => window.scrollY)).toBe(before);
            await page.locator('.sp-tactic', { hasText: 'Weekly podcast' }).first().click();
            await page.locator('h3.sp-goal-title', { hasText: 'Halve monthly churn' }).click();
            expect(await posted(page)).toEqual([{ type: 'ready' }, { type: 'reveal', line: 47 }, { type: 'reveal', line: 20 }]);
            // reload: the last view comes back from the saved state before any message
            await page.reload();
            await expect.poll(() => page.locator('h3.sp-goal-title', { hasText: 'Renamed goal' }).count()).toBe(1);
            expect(seen.errors).toEqual([]);
            await page.close();
        });

        test('an invalid view shows a short error and the pane keeps working', async () => {
            const { page, seen } = await openPane();
            await post(page, { type: 'view', view: { goals: 'nope' } });
            await expect.poll(() => page.locator('.sp-error').innerText()).toMatch(/^The preview cannot show this plan: its view model is not valid/);
            await post(page, { type: 'something-else' });
            await post(page, { type: 'view', view: fullView() });
            await expect.poll(() => page.locator('article.sp-goal').count()).toBe(3);
            expect(seen.errors).toEqual([]);
            await page.close();
        });

        test('a view full of payloads renders as text and runs nothing', async () => {
            const { page, seen } = await openPane();
            const view = hostileView(fullView(), ['<img src=x onerror="window.__pwned=1">', '<script>window.__pwned=2</script>', '"\'><svg onload="window.__pwned=3">']);
            const valid = fullView();
            // The enums, dates and numbers the schema checks stay valid; every other string is a payload.
            view.goals.forEach((goal, index) => Object.assign(goal, { status: valid.goals[index].status, direction: valid.goals[index].direction, checkins: valid.goals[index].checkins, path: valid.goals[index].path, benchmarks: valid.goals[index].benchmarks, deadline: valid.goals[index].deadline }));
            const tactics = (v: PlanView) => [...v.strategies.flatMap(s => s.tactics), ...v.unassignedTactics];
            tactics(view).forEach((tactic, index) => Object.assign(tactic, { budgetRate: tactics(valid)[index].budgetRate }));
            Object.assign(view, { today: valid.today });
            await post(page, { type: 'view', view: view satisfies PlanView });
            await expect.poll(() => page.locator('article.sp-goal').count()).toBe(3);
            await page.waitForTimeout(200);
            expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
            expect(seen.dialogs).toEqual([]);
            expect(await liveMarkup(page, '#smart-preview')).toEqual([]);
            expect(await page.locator('body').innerText()).toContain('<script>window.__pwned=2</script>');
            await page.close();
        });
    });
});
