// The portfolio report in a real browser (Debian's Chromium through playwright-core), as a
// reader uses it: the contents list takes them to each plan and back, every goal of the
// alignment tree to its card, in the corporate example and in a portfolio of 500 plans;
// nothing runs, nothing is fetched, nothing is wider than a phone. Screenshots go to
// .artifacts/. Skipped, saying why, without /usr/bin/chromium.
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { largePortfolio } from '../cli/portfolio-fixture.js';
import { repoRoot, runSmart } from '../cli/run-smart.js';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
const skipped = hasChromium ? '' : ` [SKIPPED: ${CHROMIUM} is not installed; apt-get install -y chromium]`;
if (!hasChromium) {
    console.warn(`portfolio browser tests skipped: ${CHROMIUM} is not installed (apt-get install -y chromium)`);
}

/** Where an element is in the viewport: its top, rounded (0 when scrolled to the top of the page's view). */
function topOf(page: Page, id: string): Promise<number> {
    return page.evaluate(target => Math.round(document.getElementById(target)!.getBoundingClientRect().top) || 0, id);
}

/** Requests the page makes, and its console errors. */
function watch(page: Page): { requests: string[]; errors: string[] } {
    const seen = { requests: [] as string[], errors: [] as string[] };
    page.on('request', request => seen.requests.push(request.url()));
    page.on('console', message => {
        if (message.type() === 'error') seen.errors.push(message.text());
    });
    page.on('pageerror', error => seen.errors.push(error.message));
    return seen;
}

describe.skipIf(!hasChromium)(`the portfolio in Chromium${skipped}`, () => {
    let browser: Browser;
    let dir: string;

    beforeAll(async () => {
        const { chromium } = await import('playwright-core');
        browser = await chromium.launch({
            executablePath: CHROMIUM,
            args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
        });
        dir = mkdtempSync(join(tmpdir(), 'smart-portfolio-'));
        mkdirSync(join(repoRoot, '.artifacts'), { recursive: true });
    }, 60_000);

    afterAll(async () => {
        await browser?.close();
    });

    test('examples/corporate: the contents list reaches every plan, the tree every goal\'s card, and back', async () => {
        const out = join(dir, 'corporate.html');
        expect(runSmart(['report', 'examples/corporate', '--today', '2027-03-15', '--out', out]).code).toBe(0);
        const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
        const seen = watch(page);
        await page.goto(pathToFileURL(out).href);
        await page.screenshot({ path: join(repoRoot, '.artifacts/portfolio.png'), fullPage: false });
        const plans = page.locator('.sp-contents-plans a');
        expect(await plans.allInnerTexts()).toEqual(['Northwind Field group marketing 2027', 'Northwind Field EMEA 2027', 'Northwind Field Nordics 2027']);
        for (const [index, anchor] of ['corporate.smart', 'emea-unit.smart', 'nordics-unit.smart'].entries()) {
            await plans.nth(index).click();
            await expect.poll(() => topOf(page, anchor)).toBe(0);
            expect(await page.locator(`[id="${anchor}"] h1`).innerText()).toBe(await plans.nth(index).innerText());
            await page.locator(`[id="${anchor}"] .sp-portfolio-back a`).click();
            await expect.poll(() => topOf(page, 'sp-contents')).toBe(0);
        }
        // Every goal of the tree: its link shows its card, whose title is the link's text.
        const links = page.locator('.sp-tree a.sp-tree-title');
        expect(await links.count()).toBe(10);
        const nested = await page.locator('.sp-tree > li:nth-child(2) > .sp-tree-children > li:nth-child(3) > .sp-tree-children a.sp-tree-title').allInnerTexts();
        expect(nested).toEqual(['Win 24 customers through referrals']);
        for (let index = 0; index < 10; index++) {
            const link = links.nth(index);
            const target = decodeURIComponent((await link.getAttribute('href'))!.slice(1));
            await link.click();
            await expect.poll(() => topOf(page, target)).toBe(0);
            expect(await page.locator(`[id="${target}"] h3.sp-goal-title`).innerText()).toBe(await link.innerText());
            await page.goto(`${pathToFileURL(out).href}#sp-alignment`);
        }
        await page.goto(`${pathToFileURL(out).href}#sp-alignment`);
        await page.screenshot({ path: join(repoRoot, '.artifacts/portfolio-tree.png'), fullPage: false });
        expect(seen.errors).toEqual([]);
        expect(new Set(seen.requests.map(url => url.split('#')[0]))).toEqual(new Set([pathToFileURL(out).href]));
        await page.close();
        // On a phone: nothing wider than the screen.
        const phone = await browser.newPage({ viewport: { width: 360, height: 800 } });
        await phone.goto(pathToFileURL(out).href);
        expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
        await phone.screenshot({ path: join(repoRoot, '.artifacts/portfolio-360.png'), fullPage: false });
        await phone.close();
    });

    test('500 plans: the contents list lists them all and takes the reader to any of them and back; the tree to any goal', async () => {
        const plansDir = largePortfolio(500);
        const out = join(plansDir, 'portfolio.html');
        expect(runSmart(['report', '.', '--out', out], { cwd: plansDir }).code).toBe(0);
        const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
        const seen = watch(page);
        await page.goto(pathToFileURL(out).href);
        // The contents list comes first, in columns: all 501 plans within a few screens.
        const contents = await page.locator('#sp-contents').boundingBox();
        expect(contents!.y).toBeLessThan(900);
        expect(contents!.height).toBeLessThan(4 * 900);
        const plans = page.locator('.sp-contents-plans a');
        expect(await plans.count()).toBe(501);
        for (const index of [1, 250, 400, 500]) {
            const anchor = decodeURIComponent((await plans.nth(index).getAttribute('href'))!.slice(1));
            expect(anchor).toBe(`units/unit-${String(index).padStart(3, '0')}.smart`);
            await plans.nth(index).click();
            await expect.poll(() => topOf(page, anchor)).toBe(0);
            await page.locator(`[id="${anchor}"] .sp-portfolio-back a`).click();
            await expect.poll(() => topOf(page, 'sp-contents')).toBe(0);
        }
        const goal = page.locator('.sp-tree a.sp-tree-title', { hasText: 'Keep unit 250' });
        await goal.click();
        await expect.poll(() => topOf(page, 'units/unit-250.smart--keep250')).toBe(0);
        expect(seen.errors).toEqual([]);
        await page.close();
    }, 120_000);
});
