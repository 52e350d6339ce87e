// The end-to-end scenario, in a real VS Code workbench (code-server) driven by Chromium:
// a copy of examples/faulty is open with `smart.today` = 2027-03-15 in its workspace
// settings. Line numbers below are those of examples/faulty/faulty.smart; the completion
// step inserts one line after line 70, so later lines move down by one.
import { access, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from './checks.mjs';

const RULES_EXPECTED = ['goal-not-time-bound', 'unresolved-reference', 'goal-without-owner', 'tactic-without-strategy', 'review-overdue'];

export async function runScenario({ page, check, artifacts, extensions, workspace }) {
    await check('the packaged extension is installed in code-server', async () => {
        expect(extensions.some(id => id.startsWith('smart-plan.smart-plan-vscode@')), `installed extensions: ${extensions.join(', ') || 'none'}`);
        return extensions.join(', ');
    });

    const loaded = await check('the workbench loads', async () => {
        await page.locator('.monaco-workbench .part.editor').waitFor({ timeout: 60_000 });
    });
    if (!loaded) {
        return;
    }

    const opened = await check('faulty.smart opens as a SMART plan', async () => {
        await quickOpen(page, 'faulty.smart');
        await page.locator('.monaco-editor .view-lines').first().waitFor();
        await waitForText(page.locator('[id="status.editor.mode"]'), /SMART plan/, 'the language mode in the status bar');
    });
    if (!opened) {
        return;
    }

    let problems = 0;
    await check('the Problems panel lists the diagnostics with their rule ids', async () => {
        await page.keyboard.press('Control+Shift+M');
        // 13 with smart.today = 2027-03-15 (review-overdue and goal-at-risk need that day).
        problems = await waitForValue(() => problemCount(page), count => count >= 13, 'the Problems count of faulty.smart', 30_000);
        const rows = page.locator('.markers-panel .monaco-list-row .marker-message-details-container');
        const codes = await page.locator('.markers-panel .monaco-list-row .marker-code').allInnerTexts();
        expect(codes.length === await rows.count(), `${await rows.count()} problem rows shown, but ${codes.length} rule ids`);
        const missing = RULES_EXPECTED.filter(rule => !codes.includes(rule));
        expect(missing.length === 0, `rule ids missing from the Problems panel: ${missing.join(', ')} (shown: ${codes.join(', ')})`);
        await goToLine(page, 62); // the errors of lines 53-80 in view
        const squiggles = await waitForValue(() => page.locator('.monaco-editor .squiggly-error').count(), count => count > 0, 'error squiggles in the editor');
        await page.screenshot({ path: join(artifacts, 'editor-problems.png') });
        return `${problems} problems, ${squiggles} error squiggles in view; rule ids shown: ${[...new Set(codes)].join(', ')}`;
    });

    await check('the status bar counts the goals on track, at risk and behind', async () => {
        const item = page.locator('.statusbar-item', { hasText: /on track/ });
        const text = await waitForText(item, /1 on track · 1 at risk · 0 behind/, 'the SMART status bar item');
        return text.trim();
    });

    await check('completion after `owner ` in a goal offers the persons, and accepting one fixes goal-without-owner', async () => {
        const before = await problemCount(page);
        await goToLine(page, 70); // `target 75% by 2027-12-31` in goal fillClasses, which has no owner
        await page.keyboard.press('End');
        await page.keyboard.press('Enter');
        await page.keyboard.type('owner ');
        await page.keyboard.press('Control+Space');
        const widget = page.locator('.editor-widget.suggest-widget.visible');
        const labels = await waitForValue(() => widget.locator('.monaco-list-row').allInnerTexts(),
            rows => ['maya', 'leo', 'priya'].every(name => rows.some(row => row.includes(name))), 'the suggestions');
        const names = labels.map(row => row.split('\n')[0]);
        expect(!names.some(name => ['busyParent', 'members', 'calmHour'].includes(name)), `suggestions other than persons: ${names.join(', ')}`);
        await widget.locator('.monaco-list-row', { hasText: 'maya' }).first().click();
        await waitForValue(() => problemCount(page), count => count === before - 1, `the Problems count to drop from ${before}`);
        return `suggested ${names.join(', ')}`;
    });

    await check('a quick fix (Ctrl+.) on a misspelt name applies, and the Problems count drops', async () => {
        const before = await problemCount(page);
        await goToLine(page, 115, 13); // `owner priyaa` (line 114 before the insertion above)
        const menu = page.locator('.action-widget');
        const fix = menu.locator('.monaco-list-row', { hasText: "Did you mean 'priya'?" });
        // The key can land while the editor is still taking the focus back: press it again if no menu shows.
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
        const offered = await menu.locator('.monaco-list-row').allInnerTexts();
        await fix.click();
        await waitForValue(() => problemCount(page), count => count === before - 1, `the Problems count to drop from ${before}`);
        return `offered: ${offered.map(text => text.trim()).filter(Boolean).join(' | ')}; ${before} → ${before - 1} problems`;
    });

    const webview = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
    const goalCard = title => webview.locator('article.sp-goal').filter({ has: webview.locator('.sp-goal-title', { hasText: title }) });

    const previewed = await check('SMART: Open Preview to the Side shows each goal with its status and progress bar', async () => {
        await runCommand(page, 'SMART: Open Preview to the Side');
        const card = goalCard('Fill the morning classes');
        await card.waitFor({ timeout: 30_000 });
        const chip = await card.locator('.sp-chip').innerText();
        expect(/at risk/i.test(chip), `the status chip of 'Fill the morning classes' reads '${chip}', not 'at risk'`);
        const goals = await webview.locator('article.sp-goal').count();
        const bars = await webview.locator('.sp-bar-svg').count();
        expect(goals === 3 && bars >= 2, `${goals} goal cards and ${bars} progress bars`);
        await scrollIntoView(card);
        await page.waitForTimeout(500);
        await page.screenshot({ path: join(artifacts, 'editor-and-preview.png') });
        await page.locator('iframe.webview.ready').screenshot({ path: join(artifacts, 'preview.png') });
        return `${goals} goal cards, ${bars} progress bars; 'Fill the morning classes': ${chip.replace(/\s+/g, ' ').trim()}`;
    });

    if (previewed) {
        await check('editing the plan updates the preview and the status bar', async () => {
            await page.locator('.monaco-editor .view-lines').first().click();
            await page.keyboard.press('Control+End');
            await page.keyboard.press('Enter');
            await page.keyboard.insertText('checkin 2027-03-14 { fillClasses 58% "A second morning class" }');
            await page.keyboard.press('Home');
            const chip = await waitForValue(() => goalCard('Fill the morning classes').locator('.sp-chip').innerText(),
                text => /on track/i.test(text), "the status chip of 'Fill the morning classes' to turn 'on track'");
            await waitForText(page.locator('.statusbar-item', { hasText: /on track/ }), /2 on track · 0 at risk · 0 behind/, 'the SMART status bar item');
            await scrollIntoView(goalCard('Fill the morning classes'));
            await page.waitForTimeout(300);
            await page.screenshot({ path: join(artifacts, 'preview-after-edit.png') });
            return `'Fill the morning classes': ${chip.replace(/\s+/g, ' ').trim()}`;
        });

        await check('clicking a goal in the preview reveals it in the editor', async () => {
            await webview.locator('.sp-goal-title', { hasText: 'Sell trial passes' }).click();
            // goal sellTrials: line 73, 74 after the insertion.
            return waitForText(page.locator('[id="status.editor.selection"]'), /Ln 74,/, 'the cursor position in the status bar');
        });
    }

    await check('SMART: Export Report (HTML) writes the report to the chosen file', async () => {
        const target = join(workspace, 'faulty-report.html');
        await runCommand(page, 'SMART: Export Report (HTML)');
        // code-server's save dialog is a quick input holding a path: wait for its default
        // (faulty-report.html beside the plan) before typing over it.
        const input = page.locator('.quick-input-widget input');
        await waitForValue(() => input.inputValue({ timeout: 1_000 }), value => value.endsWith('faulty-report.html'), 'the save dialog\'s default path');
        await input.fill(target);
        await waitForValue(() => input.inputValue({ timeout: 1_000 }), value => value === target, `the path ${target} in the save dialog`);
        await page.keyboard.press('Enter');
        const html = await waitForValue(async () => {
            try {
                await access(target);
                return await readFile(target, 'utf8');
            } catch {
                return '';
            }
        }, text => text.includes('Sell trial passes to desk workers'), `${target} with the goals`);
        return `${(html.length / 1024).toFixed(1)} KiB written`;
    });

    await check('SMART: Restart Language Server brings the diagnostics back', async () => {
        await page.keyboard.press('Escape');
        const before = await problemCount(page);
        await runCommand(page, 'SMART: Restart Language Server');
        await page.waitForTimeout(1_000);
        const after = await waitForValue(() => problemCount(page), count => count === before, `the Problems count to be ${before} again`, 30_000);
        return `${after} problems after the restart`;
    });

    await check('a .smartrc.json written on disk reaches the server: review-overdue turned off', async () => {
        const before = await problemCount(page);
        await writeFile(join(workspace, '.smartrc.json'), `${JSON.stringify({ rules: { 'review-overdue': 'off' } }, null, 2)}\n`);
        await waitForValue(() => problemCount(page), count => count === before - 1, `the Problems count to drop from ${before}`, 30_000);
        return `${before} → ${before - 1} problems`;
    });

    await check('.smartrc.json is checked against its JSON schema', async () => {
        const folder = join(workspace, 'schema-check');
        await mkdir(folder, { recursive: true });
        await writeFile(join(folder, '.smartrc.json'), '{\n    "rules": { "no-such-rule": "error", "goal-without-owner": "loud" },\n    "behindTolerance": 2\n}\n');
        await quickOpen(page, 'schema-check/.smartrc.json', 'schema-check');
        const rows = page.locator('.markers-panel .monaco-list-row .marker-message');
        const messages = await waitForValue(() => rows.allInnerTexts(),
            texts => texts.some(text => /no-such-rule/.test(text)) && texts.some(text => /Value is not accepted/.test(text)) && texts.some(text => /above the maximum of 1/.test(text)),
            'the schema problems of .smartrc.json');
        return messages.filter(text => /no-such-rule|not accepted|maximum/.test(text)).join(' | ');
    });

    await check('SMART: New Plan opens a starter plan', async () => {
        await runCommand(page, 'SMART: New Plan');
        const input = page.locator('.quick-input-widget input');
        await input.waitFor();
        await input.fill('E2E plan');
        await page.keyboard.press('Enter');
        await waitForText(page.locator('.monaco-editor .view-lines').first(), /plan "E2E plan"/, 'the starter plan in the editor');
        await waitForText(page.locator('[id="status.editor.mode"]'), /SMART plan/, 'the language mode in the status bar');
    });
}

/** Polls `read` until `accept(value)`; throws with the last value after `timeoutMs`. */
async function waitForValue(read, accept, what, timeoutMs = 20_000) {
    const deadline = Date.now() + timeoutMs;
    let last;
    for (;;) {
        try {
            last = await read();
            if (accept(last)) {
                return last;
            }
        } catch (error) {
            last = error instanceof Error ? error.message : error;
        }
        if (Date.now() > deadline) {
            throw new Error(`timed out waiting for ${what} (last seen: ${JSON.stringify(last)?.slice(0, 300)})`);
        }
        await new Promise(resolve => setTimeout(resolve, 250));
    }
}

async function waitForText(locator, pattern, what, timeoutMs = 20_000) {
    // The editor renders spaces as no-break spaces.
    const read = async () => (await locator.first().innerText({ timeout: 1_000 })).replace(/\u00a0/g, ' ');
    return waitForValue(read, text => pattern.test(text), what, timeoutMs);
}

/** Scrolls an element of the preview into view; the pane re-renders on each view, so retry. */
async function scrollIntoView(locator) {
    await waitForValue(async () => {
        await locator.scrollIntoViewIfNeeded({ timeout: 2_000 });
        return true;
    }, done => done, 'an element of the preview in view', 10_000);
}

/** The count in the Problems panel's row of faulty.smart ("13 problems in file faulty.smart ..."). */
async function problemCount(page) {
    const label = await page.locator('.markers-panel .monaco-list-row[aria-label*="in file faulty.smart"]').first().getAttribute('aria-label', { timeout: 1_000 });
    const match = /^(\d+) problems? in file/.exec(label ?? '');
    if (!match) {
        throw new Error(`no problem count in '${label}'`);
    }
    return Number(match[1]);
}

async function openQuickInput(page, text) {
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill(text);
    return input;
}

async function runCommand(page, title) {
    await openQuickInput(page, `>${title}`);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor();
    await page.keyboard.press('Enter');
}

async function quickOpen(page, file, rowText = file) {
    await openQuickInput(page, file);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: rowText }).first().waitFor();
    await page.keyboard.press('Enter');
}

async function goToLine(page, line, column) {
    await openQuickInput(page, column ? `:${line}:${column}` : `:${line}`);
    await page.waitForTimeout(150);
    await page.keyboard.press('Enter');
    await waitForText(page.locator('[id="status.editor.selection"]'), new RegExp(`Ln ${line},`), `the cursor on line ${line}`);
}
