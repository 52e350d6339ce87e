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

/**
 * What breaks the layout at the page's width, as sentences: an element outside its card
 * (cards: goal and other cards, journeys, steps, tables, SWOT parts, rows, notes; an
 * element clipped by an ancestor that hides its overflow is judged by that ancestor), a
 * journey step outside the viewport, a page wider than the viewport, chart text under
 * 10 CSS pixels, and text cut off (an element hiding overflow it has).
 */
async function layoutProblems(page: Page): Promise<string[]> {
    return page.evaluate(() => {
        const problems: string[] = [];
        const describe = (element: Element) => `${element.tagName.toLowerCase()}.${(element.getAttribute('class') ?? '').split(' ')[0]} "${(element.textContent ?? '').trim().slice(0, 40)}"`;
        const clips = (element: Element) => {
            const style = getComputedStyle(element);
            return style.overflowX !== 'visible' || style.clip !== 'auto' && style.clip !== '';
        };
        for (const card of Array.from(document.querySelectorAll('.sp-goal, .sp-card, .sp-journey, .sp-step, .sp-table, .sp-swot-part, .sp-row, .sp-callout, .sp-plan'))) {
            const box = card.getBoundingClientRect();
            for (const element of Array.from(card.querySelectorAll('*'))) {
                let clipped = false;
                for (let parent = element.parentElement; parent && parent !== card; parent = parent.parentElement) {
                    clipped ||= clips(parent);
                }
                const rect = element.getBoundingClientRect();
                if (clipped || rect.width === 0 && rect.height === 0) {
                    continue;
                }
                if (rect.left < box.left - 1 || rect.right > box.right + 1 || rect.top < box.top - 1 || rect.bottom > box.bottom + 1) {
                    problems.push(`${describe(element)} overflows its card ${describe(card)} (${Math.round(rect.left)}-${Math.round(rect.right)} in ${Math.round(box.left)}-${Math.round(box.right)})`);
                }
            }
        }
        for (const step of Array.from(document.querySelectorAll('.sp-step'))) {
            const rect = step.getBoundingClientRect();
            if (rect.left < 0 || rect.right > window.innerWidth) {
                problems.push(`journey step ${describe(step)} is outside the viewport (${Math.round(rect.left)}-${Math.round(rect.right)} of ${window.innerWidth})`);
            }
        }
        if (document.documentElement.scrollWidth > window.innerWidth) {
            problems.push(`the page is ${document.documentElement.scrollWidth} px wide in a ${window.innerWidth} px viewport`);
        }
        for (const text of Array.from(document.querySelectorAll<SVGGraphicsElement>('.sp-chart text'))) {
            const size = parseFloat(getComputedStyle(text).fontSize) * (text.getScreenCTM()?.a ?? 1);
            if (getComputedStyle(text).display !== 'none' && size < 10) {
                problems.push(`chart text ${describe(text)} is ${size.toFixed(1)} px`);
            }
        }
        for (const legend of Array.from(document.querySelectorAll('.sp-chart-legend'))) {
            const size = parseFloat(getComputedStyle(legend).fontSize);
            if (size < 10) {
                problems.push(`a chart legend is ${size} px`);
            }
        }
        for (const element of Array.from(document.querySelectorAll('.sp-report *'))) {
            const style = getComputedStyle(element);
            if ((style.textOverflow === 'ellipsis' || style.overflowX === 'hidden') && style.clip === 'auto' && element.scrollWidth > element.clientWidth + 1) {
                problems.push(`${describe(element)} is cut off (${element.scrollWidth} px of text in ${element.clientWidth} px)`);
            }
        }
        return problems;
    });
}

/** WCAG's contrast ratio of two `rgb(...)` colours. */
function contrast(a: string, b: string): number {
    const luminance = (color: string) => {
        const [r, g, bl] = color.match(/[\d.]+/g)!.slice(0, 3).map(Number).map(v => v / 255).map(v => v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
        return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
    };
    const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (light + 0.05) / (dark + 0.05);
}

/**
 * The colours VS Code's default themes give the variables the pane reads (from the themes'
 * definitions: Light Modern, Dark Modern, High Contrast, High Contrast Light).
 */
const THEMES: Record<string, Record<string, string>> = {
    'Light Modern': { 'editor-foreground': '#3b3b3b', 'editor-background': '#ffffff', 'editorWidget-background': '#f8f8f8', 'descriptionForeground': '#3b3b3b', 'charts-orange': '#d18616' },
    'Dark Modern': { 'editor-foreground': '#cccccc', 'editor-background': '#1f1f1f', 'editorWidget-background': '#202020', 'descriptionForeground': '#9d9d9d', 'charts-orange': '#d18616' },
    'High Contrast': { 'editor-foreground': '#ffffff', 'editor-background': '#000000', 'editorWidget-background': '#0c141f', 'descriptionForeground': '#ffffff', 'charts-orange': '#d18616' },
    'High Contrast Light': { 'editor-foreground': '#292929', 'editor-background': '#ffffff', 'editorWidget-background': '#ffffff', 'descriptionForeground': '#292929', 'charts-orange': '#b5200d' }
};

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

    test.each([360, 460, 1280])('the coaching report at %i px: nothing overflows its card, journeys wrap, chart text at least 10 px, nothing cut off', async width => {
        const page = await browser.newPage({ viewport: { width, height: 900 } });
        await page.goto(pathToFileURL(report('examples/coaching/acme-coaching.smart', `acme-${width}`)).href);
        expect(await layoutProblems(page)).toEqual([]);
        // the five steps of the journey are all in view, on as many rows as the width needs
        const steps = await page.locator('.sp-step').evaluateAll(items => items.map(item => item.getBoundingClientRect()).map(r => ({ top: Math.round(r.top), right: r.right })));
        expect(steps).toHaveLength(5);
        const rows = new Set(steps.map(step => step.top)).size;
        expect(width === 1280 ? rows <= 2 : rows >= 3, `${rows} rows of steps at ${width} px`).toBe(true);
        mkdirSync(join(repoRoot, '.artifacts'), { recursive: true });
        await page.screenshot({ path: join(repoRoot, `.artifacts/report-${width}.png`), fullPage: true });
        await page.close();
    });

    test('the today marker keeps AA contrast against the card in the light, dark and both high-contrast themes', async () => {
        const page = await browser.newPage({ viewport: { width: 800, height: 900 } });
        await page.goto(pathToFileURL(report('examples/coaching/acme-coaching.smart', 'acme-themes')).href);
        for (const [theme, colours] of Object.entries(THEMES)) {
            await page.evaluate(variables => {
                for (const [name, value] of Object.entries(variables)) {
                    document.documentElement.style.setProperty(`--vscode-${name}`, value);
                }
            }, colours);
            const { line, label, card } = await page.evaluate(() => ({
                line: getComputedStyle(document.querySelector('.sp-chart-today')!).stroke,
                label: getComputedStyle(document.querySelector('.sp-chart-today-label')!).fill,
                card: getComputedStyle(document.querySelector('.sp-goal')!).backgroundColor
            }));
            expect(contrast(line, card), `${theme}: the today line ${line} on ${card}`).toBeGreaterThanOrEqual(3);
            expect(contrast(label, card), `${theme}: the today label ${label} on ${card}`).toBeGreaterThanOrEqual(4.5);
        }
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

        async function openPane(width = 480): Promise<{ page: Page; seen: Watch }> {
            const page = await browser.newPage({ viewport: { width, height: 700 } });
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
            // (scrolling the pane, the test's and the clicks', also tells the editor: `scrolled`)
            expect((await posted(page)).filter(message => (message as { type: string }).type !== 'scrolled')).toEqual([{ type: 'ready' }, { type: 'reveal', line: 47 }, { type: 'reveal', line: 20 }]);
            // reload: the last view comes back from the saved state before any message
            await page.reload();
            await expect.poll(() => page.locator('h3.sp-goal-title', { hasText: 'Renamed goal' }).count()).toBe(1);
            expect(seen.errors).toEqual([]);
            await page.close();
        });

        test.each([360, 460, 1280])('the pane at %i px, every section and the toolbar: nothing overflows, chart text at least 10 px', async width => {
            const { page, seen } = await openPane(width);
            await post(page, { type: 'view', view: fullView() });
            await expect.poll(() => page.locator('article.sp-goal').count()).toBe(3);
            expect(await layoutProblems(page)).toEqual([]);
            expect(await page.locator('.sp-toolbar button').allInnerTexts()).toEqual(['Export…', 'Print…']);
            expect(seen.errors).toEqual([]);
            await page.close();
        });

        test('the editor\'s scroll moves the pane to the declaration of its top line; the user\'s scroll tells the editor its line', async () => {
            const { page, seen } = await openPane(480);
            await post(page, { type: 'view', view: fullView() });
            await expect.poll(() => page.locator('article.sp-goal').count()).toBe(3);
            const topOf = (selector: string) => page.locator(selector).evaluate(element => (Math.round(element.getBoundingClientRect().top) || 0));
            // the editor's top line is the churn goal's (line 20): the pane shows its card at the top
            await post(page, { type: 'scroll', line: 20 });
            await expect.poll(() => topOf('#goal-reduceChurn')).toBe(0);
            // line 62 lies two thirds of the way from the step on line 61 to the next declaration (64)
            await post(page, { type: 'scroll', line: 61 });
            await expect.poll(() => topOf('[data-line="61"]')).toBe(0);
            await page.waitForTimeout(400);
            // the pane's own scrolling is not echoed back to the editor
            expect((await posted(page)).filter(m => (m as { type: string }).type === 'scrolled')).toEqual([]);
            // the user scrolls the pane to the strategy (line 30): the editor is told line 30
            await page.evaluate(() => window.scrollTo(0, document.getElementById('strategy-trustedAdvisor')!.getBoundingClientRect().top + window.scrollY));
            await expect.poll(async () => (await posted(page)).filter(m => (m as { type: string }).type === 'scrolled').at(-1)).toEqual({ type: 'scrolled', line: 30 });
            expect(seen.errors).toEqual([]);
            await page.close();
        });

        test('show brings a goal into view, highlighted and focused; Enter on a focused card reveals it; links and buttons do not', async () => {
            const { page, seen } = await openPane(480);
            await post(page, { type: 'view', view: fullView() });
            await expect.poll(() => page.locator('article.sp-goal').count()).toBe(3);
            await post(page, { type: 'show', line: 25 });
            await expect.poll(() => page.locator('#goal-vague').evaluate(element => [(Math.round(element.getBoundingClientRect().top) || 0), element.classList.contains('sp-highlight'), document.activeElement === element])).toEqual([0, true, true]);
            await page.keyboard.press('Enter');
            // Tab moves on through the links and declarations: it reaches the strategy's card, where Space reveals it
            for (let tabs = 0; tabs < 20 && await page.evaluate(() => document.activeElement?.id) !== 'strategy-trustedAdvisor'; tabs++) {
                await page.keyboard.press('Tab');
            }
            await page.keyboard.press(' ');
            // a link to a card scrolls to it, and a button asks the extension; neither reveals
            await page.locator('button[data-action="export"]').click();
            await page.locator('button[data-action="print"]').click();
            await page.locator('.sp-goal-table a[href="#goal-growMembers"]').click();
            const sent = (await posted(page)).filter(message => (message as { type: string }).type !== 'scrolled');
            expect(sent).toEqual([{ type: 'ready' }, { type: 'reveal', line: 25 }, { type: 'reveal', line: 30 }, { type: 'export' }, { type: 'print' }]);
            expect(await page.locator('#goal-growMembers').evaluate(element => (Math.round(element.getBoundingClientRect().top) || 0))).toBe(0);
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
            view.goals.forEach((goal, index) => Object.assign(goal, { status: valid.goals[index].status, direction: valid.goals[index].direction, checkins: valid.goals[index].checkins, path: valid.goals[index].path, benchmarks: valid.goals[index].benchmarks, deadline: valid.goals[index].deadline, rollup: valid.goals[index].rollup }));
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
