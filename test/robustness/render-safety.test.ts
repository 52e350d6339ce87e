// Rendering is safe: a plan with script tags, event handlers, javascript: URLs, template
// syntax and quote-breaking text in every string field of the grammar (checked against the
// grammar, so a string field added later must be added here) renders as text: the HTML
// report holds no live markup and no external URL, every payload appears escaped, the
// webview shell has a strict CSP (default-src 'none', scripts and styles by nonce only,
// a fresh nonce per render), and in headless Chromium the report runs none of it and
// requests nothing but itself. The browser part is skipped, saying why, without Chromium.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { AstUtils, GrammarAST } from 'langium';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { escapeMarkdown, PlanViewSchema, type PlanView } from '@smart-plan/language';
import { renderPlanMarkdown, renderReportHtml, renderWebviewHtml } from '../../packages/preview/src/index.js';
import { repoRoot } from '../cli/run-smart.js';
import { buildPlan, services } from '../helpers.js';
import { expectInert } from '../preview/hostile.js';

/** Each sets window.__pwned if it ever runs. */
const PAYLOADS = [
    '<script>window.__pwned=1</script>',
    '<img src=x onerror="window.__pwned=2">',
    '"><svg onload="window.__pwned=3">',
    '\'><img src=x onerror=\'window.__pwned=4\'>',
    'javascript:window.__pwned=5',
    '</style></title></textarea><script>window.__pwned=6</script>',
    '<a href="javascript:window.__pwned=7">click</a>',
    '{{constructor.constructor(\'window.__pwned=8\')()}} ${window.__pwned=9}',
    '<iframe src="javascript:window.__pwned=10"></iframe>',
    '<style>body{background:url(https://example.com/x.png)}</style><link rel=stylesheet href=https://example.com/x.css>'
];

/** A plan with `@@` wherever the grammar takes a quoted text; each gets the next payload. */
const TEMPLATE = `plan "@@" {
    owner ann
    period 2027-01-01 to 2027-12-31
    review every 1 month
    currency USD
    description "@@"
}
import "@@.smart"
person ann "@@" { role "@@" }
avatar buyer "@@" {
    segment "@@"
    market b2b
    need n "@@"
    motivation "@@"
    criteria "@@"
    channel email
}
swot {
    strength "@@"
    weakness "@@"
    opportunity "@@"
    threat "@@"
}
metric m "@@" unit count
goal g "@@" {
    for buyer
    metric m
    baseline 1 on 2027-01-01
    benchmark 4 by 2027-06-30
    target 10 by 2027-12-31
    owner ann
}
strategy s "@@" {
    serves g
    audience buyer
    addresses buyer.n
    message "@@"
    proposition "@@"
}
tactic t "@@" {
    executes s
    channel email
    owner ann
    budget 100
}
journey j for buyer {
    step a "@@" {
        reaction "@@"
        reaction t
        stakeholder "@@"
        competitor "@@"
        worst "@@"
        alternative "@@"
    }
}
checkin 2027-02-01 { g 3 confidence high "@@" }
review 2027-02-14 "@@" {
    attendee ann
    decision "@@"
}
skill k "@@" {
    coach ann
    supports t
}
`;

/** The payload as a .smart quoted text's content: only \\" and \\\\ are escapes. */
const asPlanString = (text: string) => text.replace(/\\/g, '\\\\').replace(/"/g, '\\"');

// Each quoted text gets the next payload and its own number, so that every one can be found in the output.
let turn = 0;
const HOSTILE_PLAN = TEMPLATE.replace(/@@/g, () => asPlanString(`${PAYLOADS[turn % PAYLOADS.length]} #${turn++}`));

/** Quoted-text fields that are how a plan is put together, not what it says: not shown in the report. */
const NOT_SHOWN = new Set(['Import.path']);

/** Every quoted text of the plan by `Type.feature`, as parsed (the hostile plan's payloads, numbered). */
async function quotedTexts(): Promise<Array<{ field: string; text: string }>> {
    const document = await buildPlan(HOSTILE_PLAN);
    const texts: Array<{ field: string; text: string }> = [];
    for (const node of AstUtils.streamAst(document.parseResult.value)) {
        for (const [feature, value] of Object.entries(node)) {
            for (const item of Array.isArray(value) ? value : [value]) {
                if (typeof item === 'string' && PAYLOADS.some(p => item.startsWith(p))) {
                    texts.push({ field: `${node.$type}.${feature}`, text: item });
                }
            }
        }
    }
    return texts;
}

/** `Rule.feature` for every assignment of a quoted text (STRING) in the grammar. */
function grammarStringFields(): string[] {
    return [...new Set(AstUtils.streamAllContents(services.Grammar)
        .filter(GrammarAST.isAssignment)
        .filter(assignment => GrammarAST.isRuleCall(assignment.terminal) && assignment.terminal.rule.ref?.name === 'STRING')
        .map(assignment => `${AstUtils.getContainerOfType(assignment, GrammarAST.isParserRule)!.name}.${assignment.feature}`)
        .toArray())].sort();
}

async function hostileView(): Promise<PlanView> {
    const document = await buildPlan(HOSTILE_PLAN);
    return services.plan.PlanInsight.planView(document);
}

/** The page's Content-Security-Policy, its attribute value unescaped. */
function contentSecurityPolicy(html: string): string | undefined {
    const value = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1];
    return value?.replace(/&#39;/g, '\'').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\'': '&#39;' })[c]!);

describe('a plan with hostile text in every string field', () => {
    test('the hostile plan fills every quoted-text field of the grammar with a payload', async () => {
        const document = await buildPlan(HOSTILE_PLAN);
        const filled = new Set<string>();
        for (const node of AstUtils.streamAst(document.parseResult.value)) {
            for (const [feature, value] of Object.entries(node)) {
                const values = Array.isArray(value) ? value : [value];
                if (values.some(v => typeof v === 'string' && PAYLOADS.some(p => v.startsWith(`${p} #`)))) {
                    filled.add(`${node.$type}.${feature}`);
                }
            }
        }
        expect(grammarStringFields().length).toBeGreaterThan(25);
        expect([...filled].sort()).toEqual(grammarStringFields());
        expect(document.diagnostics?.filter(d => d.code === 'syntax-error')).toEqual([]);
    });

    test('the HTML report is inert: no live markup, every payload escaped, no external URL, a strict CSP', async () => {
        const view = await hostileView();
        expect(PlanViewSchema.safeParse(view).success).toBe(true);
        const report = renderReportHtml(view);
        expectInert(report);
        // Every payload with markup in it appears only escaped; one without (`javascript:...`) is shown as the
        // text it is, but never inside an attribute.
        for (const payload of PAYLOADS.filter(p => /[<>"'&]/.test(p))) {
            expect(report, payload).not.toContain(payload);
        }
        expect(report).not.toMatch(/="[^"]*javascript:/i);
        // The whole plan is there: every quoted text of the grammar, escaped.
        const texts = await quotedTexts();
        expect(new Set(texts.map(t => t.field)).size).toBe(grammarStringFields().length);
        for (const { field, text } of texts.filter(t => !NOT_SHOWN.has(t.field))) {
            expect(report, field).toContain(escapeHtml(text));
        }
        expect(report).not.toMatch(/<link|@import|<base|<meta http-equiv="refresh"/i);
        expect(report.replace(/&[a-z]+;|&#\d+;/g, '')).not.toMatch(/(src|href|action|srcset|poster)\s*=\s*"(?!#|data:)/i);
        const styles = [...report.matchAll(/<style[^>]*>([\s\S]*?)<\/style>|style="([^"]*)"/g)].map(m => m[1] ?? m[2]).join('\n');
        expect(styles).not.toMatch(/url\(\s*['"]?(?!#|data:)[a-z]+:|@import/i);
        const csp = contentSecurityPolicy(report);
        expect(csp).toMatch(/^default-src 'none'/);
        expect(csp).not.toMatch(/script-src|unsafe-eval|https?:/);
    });

    test('the Markdown report holds no raw payload, and every quoted text escaped', async () => {
        const markdown = renderPlanMarkdown(await hostileView());
        for (const payload of PAYLOADS) {
            expect(markdown, payload).not.toContain(payload);
        }
        expect(markdown).not.toMatch(/(^|[^\\])<(script|img|svg|iframe|a |style|link)/i);
        for (const { field, text } of (await quotedTexts()).filter(t => !NOT_SHOWN.has(t.field))) {
            expect(markdown, field).toContain(escapeMarkdown(text));
        }
    });

    test('the webview shell: default-src \'none\', scripts and styles only with this render\'s nonce', () => {
        const render = (nonce: string) => renderWebviewHtml({ nonce, cspSource: 'vscode-webview://abc', scriptUri: 'vscode-webview://abc/dist/webview.js' });
        const [first, second] = [render('n0nceA1'), render('n0nceB2')];
        for (const [html, nonce] of [[first, 'n0nceA1'], [second, 'n0nceB2']] as const) {
            const csp = contentSecurityPolicy(html) ?? '';
            expect(csp).toMatch(/^default-src 'none';/);
            expect(csp).toContain(`script-src 'nonce-${nonce}'`);
            expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
            const tags = html.match(/<(script|style)\b[^>]*>/g) ?? [];
            expect(tags.length).toBeGreaterThanOrEqual(2);
            expect(tags.every(tag => tag.includes(`nonce="${nonce}"`)), tags.join(' ')).toBe(true);
        }
        // The extension draws a fresh random nonce (16 bytes) each time it renders the shell.
        const panel = readFileSync(join(repoRoot, 'packages/vscode/src/preview-panel.ts'), 'utf8');
        const call = /renderWebviewHtml\(\{([\s\S]*?)\}\)/.exec(panel)?.[1] ?? '';
        expect(call).toMatch(/nonce:\s*freshNonce\(\)/);
        const nonce = readFileSync(join(repoRoot, 'packages/vscode/src/nonce.ts'), 'utf8');
        expect(nonce).toMatch(/crypto\.getRandomValues\(new Uint8Array\((1[6-9]|[2-9]\d)\)\)/);
    });
});

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) {
    console.warn(`render-safety: the browser test is skipped: ${CHROMIUM} is not installed (apt-get install -y chromium)`);
}

describe.skipIf(!hasChromium)(`in headless Chromium${hasChromium ? '' : ` [SKIPPED: ${CHROMIUM} is not installed]`}`, () => {
    let browser: import('playwright-core').Browser;

    beforeAll(async () => {
        const { chromium } = await import('playwright-core');
        browser = await chromium.launch({
            executablePath: CHROMIUM,
            args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
        });
    }, 60_000);

    afterAll(async () => {
        await browser?.close();
    });

    test('the report runs none of the payloads and requests nothing but itself, with and without its CSP', async () => {
        const dir = mkdtempSync(join(tmpdir(), 'smart-render-safety-'));
        const report = renderReportHtml(await hostileView());
        const files = {
            withCsp: join(dir, 'report.html'),
            withoutCsp: join(dir, 'report-no-csp.html')
        };
        writeFileSync(files.withCsp, report);
        writeFileSync(files.withoutCsp, report.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, ''));
        for (const file of Object.values(files)) {
            const page = await browser.newPage();
            const requests: string[] = [];
            const dialogs: string[] = [];
            page.on('request', request => requests.push(request.url()));
            page.on('dialog', dialog => {
                dialogs.push(dialog.message());
                void dialog.dismiss();
            });
            await page.goto(pathToFileURL(file).href);
            await page.waitForTimeout(300);
            expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned), file).toBeUndefined();
            expect(dialogs).toEqual([]);
            expect(requests.filter(url => !url.startsWith('data:')), 'requests other than the report itself').toEqual([pathToFileURL(file).href]);
            const live = await page.evaluate(() => Array.from(document.querySelectorAll('script, img, iframe, object, embed, link, base, a[href^="javascript"]')).map(e => e.tagName));
            expect(live).toEqual([]);
            const text = await page.locator('body').innerText();
            expect(text).toContain('<script>window.__pwned=1</script>');
            expect(text).toContain('<img src=x onerror="window.__pwned=2">');
            // Every quoted text of the plan reads as the text it is.
            for (const { field, text: quoted } of (await quotedTexts()).filter(t => !NOT_SHOWN.has(t.field))) {
                expect(text, field).toContain(quoted);
            }
            await page.close();
        }
    }, 60_000);
});
