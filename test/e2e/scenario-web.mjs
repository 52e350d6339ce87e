// The browser pass of the end-to-end run: the browser-only build of the extension (no
// `main`; web-only-vsix.mjs) in code-server's web worker extension host, its language
// server in a web worker reading every file through the workbench. The workspace is the
// desktop pass's (a copy of examples/faulty with `smart.today` = 2027-03-15, the coaching
// plan beside it) plus test/e2e/fixtures/imports/ in imports/. Checks what a reviewer on
// github.dev meets: the diagnostics in the Problems panel, the status bar, completion, a
// quick fix, the preview, imports and .smartrc.json read through the workspace file
// system, the SMART Goals view, Record Check-in…, the walkthrough and a restart. Takes the
// screenshots of the README (packages/vscode/images/, see --readme-images in
// run-code-server.mjs). Line numbers are those of examples/faulty/faulty.smart; the
// completion step inserts one line after line 70.
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from './checks.mjs';
import { goToLine, openFaultyPlan, openInFirstGroup, quickOpen, runCommand, scrollIntoView, waitForText, waitForValue } from './scenario.mjs';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
/** The screenshots the READMEs show (packages/vscode/images/). */
const README_IMAGES = ['quick-fix', 'editor-and-preview', 'goals-view', 'walkthrough'];
const RULES_EXPECTED = ['goal-not-time-bound', 'unresolved-reference', 'goal-without-owner', 'tactic-without-strategy', 'review-overdue'];

/** Adds the imports fixture (and a folder named like a plan) to the workspace. */
export async function prepareWebWorkspace(folder) {
    await cp(join(FIXTURES, 'imports'), join(folder, 'imports'), { recursive: true });
    await mkdir(join(folder, 'imports/folder.smart'), { recursive: true });
}

export async function runWebScenario({ page, check, artifacts, extensions, workspace, readmeImages }) {
    /** A screenshot into the artifacts and, for the README's (README_IMAGES) with --readme-images, a small JPEG copy. */
    const shoot = async name => {
        await page.screenshot({ path: join(artifacts, `${name}.png`) });
        if (readmeImages && README_IMAGES.includes(name)) {
            await mkdir(readmeImages, { recursive: true });
            await page.screenshot({ path: join(readmeImages, `${name}.jpg`), type: 'jpeg', quality: 60 });
        }
    };
    /** Closes the notifications a command left (they would cover a screenshot). */
    const clearNotifications = async () => {
        await runCommand(page, 'Notifications: Clear All Notifications');
        await page.waitForTimeout(300);
    };
    if (!await openFaultyPlan({ page, check, extensions, build: 'the browser-only build' })) {
        return;
    }

    await check('the extension runs in the web worker extension host, not in Node', async () => {
        await runCommand(page, 'Developer: Show Running Extensions');
        const row = page.locator('.runtime-extensions-editor .monaco-list-row', { hasText: 'SMART marketing plans' });
        const text = await waitForValue(() => row.first().innerText({ timeout: 1_000 }), shown => /web worker/i.test(shown), 'SMART marketing plans in the running extensions, in the web worker host', 30_000);
        await page.keyboard.press('Control+W');
        return text.replace(/\s+/g, ' ').trim();
    });

    await check('the worker\'s diagnostics are in the Problems panel with their rule ids; team.smart\'s people resolve', async () => {
        await page.keyboard.press('Control+Shift+M');
        const count = await waitForValue(() => problemCount(page, 'faulty.smart'), found => found >= 13, 'the Problems count of faulty.smart', 45_000);
        const codes = await page.locator('.markers-panel .monaco-list-row .marker-code').allInnerTexts();
        const missing = RULES_EXPECTED.filter(rule => !codes.includes(rule));
        expect(missing.length === 0, `rule ids missing from the Problems panel: ${missing.join(', ')} (shown: ${codes.join(', ')})`);
        // owner maya, leo, priya come from team.smart, which the worker read through the workbench
        const unresolved = await page.locator('.markers-panel .monaco-list-row .marker-message', { hasText: /Could not resolve|unresolved/i }).allInnerTexts();
        expect(unresolved.every(message => /priyaa/.test(message)), `unresolved names other than the misspelt 'priyaa': ${unresolved.join(' | ')}`);
        await goToLine(page, 62);
        await waitForValue(() => page.locator('.monaco-editor .squiggly-error').count(), found => found > 0, 'error squiggles in the editor');
        await page.waitForTimeout(500);
        await shoot('diagnostics');
        return `${count} problems; rule ids ${[...new Set(codes)].join(', ')}`;
    });

    // A first-time user starts from the walkthrough (the workbench opens it on an install
    // from the Marketplace; its progress is followed from then on). Once the extension is
    // up: the palette lists the commands of the extensions loaded when it opens.
    const walkthroughSteps = () => page.locator('.getting-started-step').evaluateAll(items => items.map(item =>
        `${item.querySelector('.step-title')?.textContent?.trim()}: ${item.getAttribute('aria-checked') === 'true' ? 'done' : 'open'}`));
    await check('SMART: Get Started opens the walkthrough; its New Plan step opens a starter plan and is checked', async () => {
        await runCommand(page, 'SMART: Get Started');
        const states = await waitForValue(walkthroughSteps, shown => shown.length === 5, 'the five steps of the walkthrough');
        expect(states.every(state => state.endsWith('open')), `steps checked before anything was done: ${states.join('; ')}`);
        await page.locator('.getting-started-step.expanded .button-container .monaco-button', { hasText: 'New Plan' }).first().click();
        const input = page.locator('.quick-input-widget input');
        await input.waitFor();
        await input.fill('Walkthrough plan');
        await page.keyboard.press('Enter');
        await waitForText(page.locator('.editor-group-container.active .monaco-editor .view-lines'), /plan "Walkthrough plan"/, 'the starter plan in the editor');
        await runCommand(page, 'SMART: Get Started');
        const after = await waitForValue(walkthroughSteps, shown => shown[0]?.endsWith('done'), 'the first step checked');
        await page.keyboard.press('Control+W');
        await runCommand(page, 'View: Revert and Close Editor'); // the starter plan
        await waitForValue(() => page.locator('.editor-group-container.active .tab.active').first().innerText({ timeout: 1_000 }), title => title.replace(/\s+/g, '').includes('faulty.smart'), 'faulty.smart in the editor again');
        return after.join('; ');
    });

    await check('the status bar counts the goals on track, at risk and behind', async () => {
        const text = await waitForText(page.locator('.statusbar-item', { hasText: /on track/ }), /1 on track · 1 at risk · 0 behind/, 'the SMART status bar item');
        return text.trim();
    });

    await check('completion after `owner ` offers the persons (from the imported team.smart), and accepting one fixes goal-without-owner', async () => {
        const before = await problemCount(page, 'faulty.smart');
        await goToLine(page, 70);
        await page.keyboard.press('End');
        await page.keyboard.press('Enter');
        await page.keyboard.type('owner ');
        await page.keyboard.press('Control+Space');
        const widget = page.locator('.editor-widget.suggest-widget.visible');
        const rows = await waitForValue(() => widget.locator('.monaco-list-row').allInnerTexts(),
            texts => ['maya', 'leo', 'priya'].every(name => texts.some(row => row.includes(name))), 'the suggestions');
        await page.waitForTimeout(300);
        await shoot('completion');
        await widget.locator('.monaco-list-row', { hasText: 'maya' }).first().click();
        await waitForValue(() => problemCount(page, 'faulty.smart'), found => found === before - 1, `the Problems count to drop from ${before}`);
        return rows.map(row => row.split('\n')[0]).join(', ');
    });

    await check('a quick fix (Ctrl+.) on a misspelt name applies, and the Problems count drops', async () => {
        const before = await problemCount(page, 'faulty.smart');
        await goToLine(page, 115, 13); // `owner priyaa` (line 114 before the insertion above)
        const menu = page.locator('.action-widget');
        const fix = menu.locator('.monaco-list-row', { hasText: "Did you mean 'priya' (Priya Nair)?" });
        for (let attempt = 1; ; attempt++) {
            await page.keyboard.press('Control+.');
            try {
                await fix.waitFor({ timeout: 4_000 });
                break;
            } catch (error) {
                if (attempt === 4) {
                    throw error;
                }
                await page.keyboard.press('Escape');
            }
        }
        await page.waitForTimeout(300);
        await shoot('quick-fix');
        await fix.click();
        await waitForValue(() => problemCount(page, 'faulty.smart'), found => found === before - 1, `the Problems count to drop from ${before}`);
        return `${before} → ${before - 1} problems`;
    });

    const webview = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
    const previewed = await check('SMART: Open Preview to the Side shows each goal with its status and progress bar', async () => {
        await runCommand(page, 'SMART: Open Preview to the Side');
        const card = webview.locator('article.sp-goal').filter({ has: webview.locator('.sp-goal-title', { hasText: 'Fill the morning classes' }) });
        await card.waitFor({ timeout: 30_000 });
        const goals = await webview.locator('article.sp-goal').count();
        const bars = await webview.locator('.sp-bar-svg').count();
        expect(goals === 3 && bars >= 2, `${goals} goal cards and ${bars} progress bars`);
        await scrollIntoView(card);
        await page.waitForTimeout(500);
        await shoot('preview');
        return `${goals} goal cards, ${bars} progress bars`;
    });

    await check('a .smartrc.json written on disk is read through the workbench: review-overdue turned off', async () => {
        const before = await problemCount(page, 'faulty.smart');
        await writeFile(join(workspace, '.smartrc.json'), `${JSON.stringify({ rules: { 'review-overdue': 'off' } }, null, 2)}\n`);
        await waitForValue(() => problemCount(page, 'faulty.smart'), found => found === before - 1, `the Problems count to drop from ${before}`, 30_000);
        return `${before} → ${before - 1} problems`;
    });

    await check('imports resolve through the workspace file system: a plan in a dot-folder, a missing plan, a folder', async () => {
        await openInFirstGroup(page, 'imports.smart');
        const messages = () => page.locator('.markers-panel .monaco-list-row .marker-message').allInnerTexts();
        const shown = await waitForValue(messages,
            texts => texts.some(text => /"\.\/later\.smart" does not exist/.test(text)) && texts.some(text => /"\.\/folder\.smart" is a directory/.test(text)),
            'the unresolved-import problems of imports.smart', 30_000);
        expect(!shown.some(text => /'sam'|people\.smart/.test(text)), `the dot-folder import did not resolve: ${shown.join(' | ')}`);
        await shoot('imports');
        // The missing plan appears on disk: the workbench tells the worker, which reads it.
        await writeFile(join(workspace, 'imports/later.smart'), '// Written by the end-to-end run.\nperson kim "Kim Lee" {\n    role "Analyst"\n}\n');
        await waitForValue(messages, texts => !texts.some(text => /later\.smart/.test(text)), 'the import of later.smart to resolve once it exists', 30_000);
        return shown.filter(text => /import/.test(text)).join(' | ');
    });

    await check('the SMART Goals view lists the goals of the workspace\'s plans; a click opens the goal', async () => {
        await runCommand(page, 'Explorer: Focus on SMART Goals View');
        // The folder's tree collapsed, so that the view has the side bar's height.
        const folderHeader = page.locator('.pane-header[aria-expanded="true"]', { hasText: 'faulty' });
        if (await folderHeader.count() > 0) {
            await folderHeader.first().click();
        }
        const rows = page.locator('.pane', { has: page.locator('.pane-header', { hasText: 'SMART Goals' }) }).locator('.monaco-list-row');
        const labels = await waitForValue(() => rows.allInnerTexts(),
            texts => texts.some(text => text.includes('Sell trial passes to desk workers')) && texts.some(text => text.includes('Grow paying membership from 120 to 400')),
            'the goals of faulty.smart and acme-coaching.smart in the SMART Goals view', 30_000);
        await page.waitForTimeout(500);
        await shoot('goals-view');
        await rows.filter({ hasText: 'Sell trial passes to desk workers' }).first().click();
        // goal sellTrials: line 73, 74 after the insertion
        await waitForText(page.locator('[id="status.editor.selection"]'), /Ln 74,/, 'the cursor on the goal');
        return `${labels.length} rows: ${labels.map(text => text.split('\n')[0]).slice(0, 4).join(', ')}, ...`;
    });

    await check('SMART: Record Check-in… writes the entry into the plan through the worker', async () => {
        await openInFirstGroup(page, 'faulty.smart');
        await runCommand(page, 'SMART: Record Check-in…');
        const input = page.locator('.quick-input-widget input');
        /** Types `text` (undefined: keeps what is offered) into the step whose title holds `title`. */
        const answer = async (title, text) => {
            await waitForValue(() => page.locator('.quick-input-widget .quick-input-title').innerText({ timeout: 1_000 }), shown => shown.includes(title), `the step '${title}'`);
            if (text !== undefined) {
                await input.fill(text);
            }
            await page.waitForTimeout(200);
            await page.keyboard.press('Enter');
        };
        await answer('(1/4)', 'Sell trial passes');
        await answer('(2/4)', '180');
        await answer('(3/4)'); // the date offered: today, 2027-03-15
        await answer('(4/4)', 'Web pass');
        await answer('Check-in: confidence', 'high');
        await page.keyboard.press('Control+S');
        const text = await waitForValue(() => readFile(join(workspace, 'faulty.smart'), 'utf8'), saved => /checkin 2027-03-15 \{\s*sellTrials 180 confidence high "Web pass"\s*\}/.test(saved), 'the check-in in faulty.smart on disk');
        return text.match(/checkin 2027-03-15 \{[^}]*\}/)[0].replace(/\s+/g, ' ');
    });

    await check('the walkthrough: the steps done since are checked, and its CI step writes the workflow', async () => {
        await runCommand(page, 'SMART: Get Started');
        await waitForValue(walkthroughSteps, states => states.length === 5, 'the five steps of the walkthrough');
        await waitForValue(walkthroughSteps, states => ['quick fix', 'people\'s words', 'check-in'].every(step => states.some(state => state.includes(step) && state.endsWith('done'))),
            'the quick-fix, preview and check-in steps checked', 10_000);
        await page.locator('.getting-started-step', { hasText: 'Lint the plans in CI' }).first().click();
        await page.locator('.getting-started-step.expanded .button-container .monaco-button', { hasText: 'Add the CI Workflow' }).first().click();
        const workflow = await waitForValue(() => readFile(join(workspace, '.github/workflows/smart-plan.yml'), 'utf8').catch(() => ''), text => text.includes('uses: smart-plan/smart-plan@'), '.github/workflows/smart-plan.yml');
        await runCommand(page, 'SMART: Get Started');
        const states = await waitForValue(walkthroughSteps, shown => shown.every(state => state.endsWith('done')), 'every step checked');
        await clearNotifications();
        // The walkthrough alone: its group maximized, the panel hidden, then both restored.
        await runCommand(page, 'View: Toggle Maximize Editor Group');
        await page.keyboard.press('Control+J');
        await page.waitForTimeout(600);
        await shoot('walkthrough');
        await page.keyboard.press('Control+J');
        await runCommand(page, 'View: Toggle Maximize Editor Group');
        await runCommand(page, 'View: Close All Editors');
        return `${states.join('; ')}; the workflow has ${workflow.split('\n').length} lines`;
    });

    await check('SMART: Restart Language Server starts a new worker and brings the diagnostics back', async () => {
        await quickOpen(page, 'faulty.smart');
        await waitForText(page.locator('[id="status.editor.mode"]'), /SMART plan/, 'the language mode in the status bar');
        await page.keyboard.press('Control+Shift+M');
        const before = await waitForValue(() => problemCount(page, 'faulty.smart'), found => found > 0, 'the Problems count of faulty.smart');
        await runCommand(page, 'SMART: Restart Language Server');
        await page.waitForTimeout(1_000);
        const after = await waitForValue(() => problemCount(page, 'faulty.smart'), found => found === before, `the Problems count to be ${before} again`, 30_000);
        return `${after} problems after the restart`;
    });

    if (previewed) {
        await check('the editor and the preview side by side (the README\'s picture)', async () => {
            await quickOpen(page, 'acme-coaching.smart');
            await waitForValue(() => page.locator('.editor-group-container.active .tab.active').first().innerText({ timeout: 1_000 }), title => title.replace(/\s+/g, '').includes('acme-coaching.smart'), 'acme-coaching.smart in the editor');
            await waitForText(page.locator('[id="status.editor.mode"]'), /SMART plan/, 'the language mode in the status bar');
            await runCommand(page, 'SMART: Open Preview to the Side');
            await waitForValue(() => webview.locator('.sp-plan-title').innerText({ timeout: 1_000 }), title => title === 'Acme Coaching 2027', 'the preview of acme-coaching.smart');
            await clearNotifications();
            await page.waitForTimeout(500);
            await shoot('editor-and-preview');
        });
    }
}

/** The count in the Problems panel's row of a file ("13 problems in file faulty.smart ..."). */
async function problemCount(page, file) {
    const label = await page.locator(`.markers-panel .monaco-list-row[aria-label*="in file ${file}"]`).first().getAttribute('aria-label', { timeout: 1_000 });
    const match = /^(\d+) problems? in file/.exec(label ?? '');
    if (!match) {
        throw new Error(`no problem count in '${label}'`);
    }
    return Number(match[1]);
}
