// The end-to-end scenario, in a real VS Code workbench (code-server) driven by Chromium:
// a copy of examples/faulty is open with `smart.today` = 2027-03-15 in its workspace
// settings, and examples/coaching/acme-coaching.smart beside faulty.smart. Line numbers
// below are those of examples/faulty/faulty.smart; the first completion step inserts one
// line after line 70, so later lines move down by one; the `executes ` step inserts one
// after line 107 (106 in the file).
import { access, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from './checks.mjs';

const RULES_EXPECTED = ['goal-not-time-bound', 'unresolved-reference', 'goal-without-owner', 'tactic-without-strategy', 'review-overdue'];

export async function runScenario({ page, check, artifacts, extensions, workspace }) {
    if (!await openFaultyPlan({ page, check, extensions, build: 'the packaged extension' })) {
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
        const fix = menu.locator('.monaco-list-row', { hasText: "Did you mean 'priya' (Priya Nair)?" });
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

        await check('SMART: Record Check-in… writes the entry into the plan, and the preview moves', async () => {
            const input = page.locator('.quick-input-widget input');
            const title = page.locator('.quick-input-widget .quick-input-title');
            const before = await goalCard('Fill the morning classes').locator('.sp-figure-actual').innerText();
            await runCommand(page, 'SMART: Record Check-in');
            await waitForText(title, /1\/4/, 'the goal step of the check-in');
            await input.fill('Fill the morning');
            await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Fill the morning classes' }).first().waitFor();
            await page.keyboard.press('Enter');
            await waitForText(title, /2\/4/, 'the value step of the check-in');
            await input.fill('70%');
            await page.keyboard.press('Enter');
            await waitForText(title, /3\/4/, 'the date step of the check-in');
            const date = await input.inputValue();
            expect(date === '2027-03-15', `the date step offers '${date}', not smart.today (2027-03-15)`);
            await page.keyboard.press('Enter');
            await waitForText(title, /4\/4/, 'the note step of the check-in');
            await input.fill('Recorded from the command');
            await page.keyboard.press('Enter');
            await waitForText(title, /confidence/, 'the confidence step of the check-in');
            await input.fill('high');
            await page.locator('.quick-input-list .monaco-list-row', { hasText: 'high' }).first().waitFor();
            await page.keyboard.press('Enter');
            const card = goalCard('Fill the morning classes');
            const actual = await waitForValue(() => card.locator('.sp-figure-actual').innerText(), text => text.trim() === '70%', "the preview's actual of 'Fill the morning classes' to read 70%");
            await waitForText(card.locator('.sp-checkins'), /15 Mar 2027\s*70%\s*confidence high\s*Recorded from the command/, 'the recorded check-in in the card');
            await scrollIntoView(card);
            await page.waitForTimeout(300);
            await page.screenshot({ path: join(artifacts, 'preview-after-checkin.png') });
            return `'Fill the morning classes': ${before.trim()} → ${actual.trim()}`;
        });

        await check('the preview reads in people\'s words: titles, not names; the file by its name; the tactic under no strategy flagged', async () => {
            // textContent, not innerText: headings are upper-cased by the stylesheet
            const text = await waitForValue(() => webview.locator('body').textContent({ timeout: 1_000 }), body => body?.includes('Goals at a glance'), 'the preview');
            const owner = await goalCard('Fill the morning classes').locator('.sp-goal-meta').innerText();
            expect(/Owner Maya Chen/.test(owner) && /Busy parent who wants an hour to themselves/.test(owner), `the card's owner and avatar read '${owner}'`);
            expect(/Owner\s*Maya Chen/.test(text), 'the plan header names its owner Maya Chen');
            expect(!/file:\/\//.test(text) && (await webview.locator('.sp-plan-file').innerText()) === 'faulty.smart', `the plan's file reads '${await webview.locator('.sp-plan-file').innerText()}'`);
            expect(/Flyers in the co-working spaces[\s\S]*Executes no strategy/.test(text), 'the flyers tactic is flagged as executing no strategy');
            expect(!/\bmaya\b|\bbusyParent\b|\bmorningReels\b/.test(text), 'a name shows where a title belongs');
            return owner.replace(/\s+/g, ' ');
        });
    }

    await check('completion opens by itself after `executes `, offering the strategies by title', async () => {
        const before = await problemCount(page);
        await goToLine(page, 107); // `channel print` in tactic officeFlyers, which executes no strategy
        await page.keyboard.press('End');
        await page.keyboard.press('Enter');
        await page.keyboard.type('executes ');
        const widget = page.locator('.editor-widget.suggest-widget.visible');
        const rows = await waitForValue(() => widget.locator('.monaco-list-row').allInnerTexts(),
            texts => texts.some(row => row.includes('calmHour') && row.includes('An hour that is yours')) && texts.some(row => row.includes('backCare') && row.includes('Undo the desk')),
            'the suggestions, opened without Ctrl+Space');
        const names = rows.map(row => row.split('\n')[0]);
        expect(!names.some(name => ['busyParent', 'maya', 'members', 'growMembers'].includes(name)), `suggestions other than strategies: ${names.join(', ')}`);
        await widget.locator('.monaco-list-row', { hasText: 'calmHour' }).first().click();
        await waitForValue(() => problemCount(page), count => count === before - 1, `the Problems count to drop from ${before}`);
        return rows.map(row => row.replace(/\s+/g, ' ').trim()).join(' | ');
    });

    if (previewed) {
        await check('clicking a goal\'s code lens opens the preview at that goal', async () => {
            await goToLine(page, 74); // goal sellTrials
            const lens = await lensAbove(page, 'faulty.smart', 74);
            const title = await lens.innerText();
            await lens.click();
            const placed = () => webview.locator('#goal-sellTrials').evaluate(card => [Math.round(card.getBoundingClientRect().top) || 0, card.ownerDocument.activeElement === card]);
            const [top] = await waitForValue(placed, ([at, focused]) => Math.abs(at) <= 2 && focused, 'the goal at the top of the preview, focused');
            await page.waitForTimeout(300);
            await page.screenshot({ path: join(artifacts, 'code-lens-to-preview.png') });
            return `lens '${title.trim()}' → the card at ${top} px`;
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

    await check('the preview\'s Export… and Print… buttons ask where to save the report (a browser workbench cannot print a webview)', async () => {
        await page.keyboard.press('Escape');
        const input = page.locator('.quick-input-widget input');
        const offered = [];
        for (const button of ['Export…', 'Print…']) {
            await webview.locator('.sp-toolbar button', { hasText: button }).click();
            offered.push(await waitForValue(() => input.inputValue({ timeout: 1_000 }), value => value.endsWith('faulty-report.html'), `the save dialog after ${button}`));
            await page.keyboard.press('Escape');
            await page.waitForTimeout(300);
        }
        return offered.map(path => path.split('/').pop()).join(', ');
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

    const acme = await check('the coaching plan in the preview: its journey\'s steps wrap onto rows inside the pane', async () => {
        await openInFirstGroup(page, 'acme-coaching.smart');
        await runCommand(page, 'SMART: Open Preview to the Side');
        await waitForValue(() => webview.locator('.sp-plan-title').innerText({ timeout: 1_000 }), title => title === 'Acme Coaching 2027', 'the preview to follow acme-coaching.smart');
        const journey = webview.locator('.sp-journey').first();
        await scrollIntoView(journey);
        const layout = await journey.evaluate(element => {
            const view = element.ownerDocument.defaultView;
            return {
                width: view.innerWidth,
                pageWidth: element.ownerDocument.documentElement.scrollWidth,
                steps: Array.from(element.querySelectorAll('.sp-step')).map(step => step.getBoundingClientRect()).map(r => ({ left: r.left, right: r.right, top: Math.round(r.top) }))
            };
        });
        const rows = new Set(layout.steps.map(step => step.top)).size;
        expect(layout.steps.length === 5, `${layout.steps.length} steps`);
        expect(rows >= 2, `the 5 steps sit on ${rows} row(s) of a ${layout.width} px pane`);
        expect(layout.steps.every(step => step.left >= 0 && step.right <= layout.width), `a step outside the pane: ${JSON.stringify(layout.steps)}`);
        expect(layout.pageWidth <= layout.width, `the pane scrolls sideways (${layout.pageWidth} px in ${layout.width})`);
        await page.waitForTimeout(300);
        await page.screenshot({ path: join(artifacts, 'preview-journey-dark.png') });
        return `5 steps on ${rows} rows in a ${layout.width} px pane`;
    });

    if (acme) {
        await check('scrolling the editor scrolls the preview to the declaration at the editor\'s top', async () => {
            await goToLine(page, 265); // journey buying: the editor centres it, its top is in the tactics
            const { top, shown } = await waitForValue(async () => {
                const first = await editorTopLine(page, 'acme-coaching.smart');
                const placement = await webview.locator('body').evaluate((body, line) => {
                    let holder;
                    for (const element of body.querySelectorAll('[data-line]')) {
                        if (Number(element.dataset.line) <= line && (!holder || Number(element.dataset.line) > Number(holder.dataset.line))) {
                            holder = element;
                        }
                    }
                    const rect = holder.getBoundingClientRect();
                    return { line: Number(holder.dataset.line), top: rect.top, bottom: rect.bottom, text: holder.textContent.trim().slice(0, 50) };
                }, first - 1);
                return { top: first, shown: placement };
            }, ({ shown: placed }) => placed.top <= 2 && placed.bottom > 0, 'the preview to hold the declaration of the editor\'s top line at its top');
            return `editor top line ${top} → '${shown.text}' (line ${shown.line + 1}) at the preview's top`;
        });

        await check('scrolling the preview scrolls the editor to the declaration at the preview\'s top', async () => {
            // The SWOT (line 75) brought to the top of the preview, as the user's scrolling would.
            await webview.locator('.sp-swot').evaluate(section => section.ownerDocument.defaultView.scrollTo(0, section.getBoundingClientRect().top + section.ownerDocument.defaultView.scrollY));
            const top = await waitForValue(() => editorTopLine(page, 'acme-coaching.smart'), line => line === 75, 'the editor\'s top line to be the SWOT\'s (75)');
            return `editor top line ${top}`;
        });

        await check('the Outline groups the plan\'s elements by kind, with their titles', async () => {
            await runCommand(page, 'Explorer: Focus on Outline View');
            const rows = page.locator('.outline-pane .monaco-list-row');
            // The Outline shows the rows that fit: scroll through it, gathering them.
            const seen = new Set();
            const icons = new Set();
            const labels = await waitForValue(async () => {
                for (const text of await rows.allInnerTexts()) {
                    seen.add(text);
                }
                for (const icon of await page.locator('.outline-pane .monaco-list-row .codicon[class*="symbol-"]').evaluateAll(items => items.map(item => [...item.classList].find(c => c.startsWith('codicon-symbol-'))))) {
                    icons.add(icon);
                }
                await page.locator('.outline-pane').hover();
                await page.mouse.wheel(0, 60);
                return [...seen];
            }, texts => ['People', 'Avatars', 'Goals', 'Strategies', 'Tactics', 'Journeys', 'Check-ins', 'Reviews', 'Skills'].every(group => texts.some(text => text.startsWith(group))),
            'the groups of the Outline');
            const groups = labels.map(text => /^(People|Avatars|SWOT|Metrics|Goals|Strategies|Tactics|Journeys|Check-ins|Reviews|Skills)(?=\d)/.exec(text)?.[1]).filter(Boolean);
            // the groups start collapsed (outline.collapseItems): back to the top, and open the goals
            await page.locator('.outline-pane').hover();
            await page.mouse.wheel(0, -2000);
            const goals = rows.filter({ hasText: /^Goals/ }).first();
            await waitForValue(async () => {
                if (await goals.count() > 0 && await goals.isVisible()) {
                    return true;
                }
                await page.mouse.wheel(0, 30);
                return false;
            }, shown => shown, 'the Goals group in view');
            if ((await goals.getAttribute('aria-expanded')) === 'false') {
                await goals.locator('.monaco-tl-twistie').click();
            }
            await waitForValue(async () => {
                const texts = await rows.allInnerTexts();
                if (!texts.some(text => text.includes('Grow paying membership from 120 to 400'))) {
                    await page.mouse.wheel(0, 30);
                }
                return texts;
            }, texts => texts.some(text => text.includes('Grow paying membership from 120 to 400')), 'a goal by its title under Goals');
            expect(icons.size >= 10, `kind icons in the Outline: ${[...icons].join(', ')}`);
            await page.screenshot({ path: join(artifacts, 'outline.png') });
            return `groups ${groups.join(', ')}; icons ${[...icons].join(', ')}`;
        });

        await check('the light, dark and both high-contrast themes: the preview follows, the today marker keeps AA contrast', async () => {
            const results = [];
            for (const [theme, kind] of [['Default Light Modern', 'vscode-light'], ['Default High Contrast', 'vscode-high-contrast'], ['Default High Contrast Light', 'vscode-high-contrast-light'], ['Default Dark Modern', 'vscode-dark']]) {
                await writeWorkspaceSettings(workspace, { 'workbench.colorTheme': theme });
                await waitForValue(() => webview.locator('body').getAttribute('class', { timeout: 1_000 }), classes => classes?.split(' ').includes(kind), `the preview in ${theme}`);
                await page.waitForTimeout(400);
                const colours = await webview.locator('.sp-chart-today').first().evaluate(line => {
                    const style = element => line.ownerDocument.defaultView.getComputedStyle(element);
                    return { line: style(line).stroke, label: style(line.parentElement.querySelector('.sp-chart-today-label')).fill, card: style(line.closest('.sp-goal')).backgroundColor };
                });
                const [lineContrast, labelContrast] = [contrast(colours.line, colours.card), contrast(colours.label, colours.card)];
                expect(lineContrast >= 3 && labelContrast >= 4.5, `${theme}: the today marker ${colours.line} on ${colours.card}: ${lineContrast.toFixed(1)}:1, its label ${labelContrast.toFixed(1)}:1`);
                results.push(`${theme} ${labelContrast.toFixed(1)}:1`);
                if (theme === 'Default Light Modern') {
                    await scrollIntoView(webview.locator('.sp-journey').first());
                    await page.screenshot({ path: join(artifacts, 'preview-journey-light.png') });
                    await webview.locator('body').evaluate(body => body.ownerDocument.defaultView.scrollTo(0, 0));
                    await page.waitForTimeout(300);
                    await page.screenshot({ path: join(artifacts, 'editor-and-preview-light.png') });
                }
            }
            await webview.locator('body').evaluate(body => body.ownerDocument.defaultView.scrollTo(0, 0));
            await page.waitForTimeout(300);
            await page.screenshot({ path: join(artifacts, 'editor-and-preview-dark.png') });
            return results.join(', ');
        });
    }

    await check('a plan dated wholly after today: the status bar and the preview say so and point to smart.today', async () => {
        await writeWorkspaceSettings(workspace, { 'smart.today': '2026-06-01' });
        try {
            await openInFirstGroup(page, 'faulty.smart');
            await runCommand(page, 'SMART: Open Preview to the Side');
            const text = await waitForText(page.locator('.statusbar-item', { hasText: /goals · all entries after today/ }), /3 goals · all entries after today/, 'the SMART status bar item');
            const note = await waitForValue(() => webview.locator('.sp-callout').innerText({ timeout: 1_000 }), body => /smart\.today/.test(body), 'the note in the preview');
            return `${text.trim()}; the preview: ${note.split('\n')[0]}`;
        } finally {
            await writeWorkspaceSettings(workspace, {});
        }
    });

    await check('SMART: New Plan opens a starter plan', async () => {
        await runCommand(page, 'SMART: New Plan');
        const input = page.locator('.quick-input-widget input');
        await input.waitFor();
        await input.fill('E2E plan');
        await page.keyboard.press('Enter');
        await waitForText(page.locator('.editor-group-container.active .monaco-editor .view-lines'), /plan "E2E plan"/, 'the starter plan in the editor');
        await waitForText(page.locator('[id="status.editor.mode"]'), /SMART plan/, 'the language mode in the status bar');
    });

    // ---- The SMART Goals view (issue 18), a step of its own ----
    await check('the SMART Goals view in the Explorer lists the goals with their status and progress; clicking one reveals it in its plan', async () => {
        await runCommand(page, 'Explorer: Focus on SMART Goals View');
        const pane = page.locator('.pane', { has: page.locator('.pane-header', { hasText: 'SMART Goals' }) });
        const rows = pane.locator('.monaco-list-row');
        const labels = await waitForValue(() => rows.allInnerTexts(),
            texts => texts.some(text => text.includes('Halve monthly churn')) && texts.some(text => text.includes('Grow monthly membership to 300')),
            'the goals of acme-coaching.smart and faulty.smart in the SMART Goals view', 30_000);
        const churn = rows.filter({ hasText: 'Halve monthly churn' }).first();
        const description = await churn.locator('.label-description').innerText();
        expect(/^\d+% · forecast /.test(description), `the description of 'Halve monthly churn' reads '${description}', not its progress and forecast`);
        const icon = await churn.locator('.custom-view-tree-node-item-icon, .codicon').first().getAttribute('class');
        expect(/codicon-circle-filled/.test(icon ?? ''), `the status icon of an on-track goal has the classes '${icon}'`);
        await churn.click();
        // goal reduceChurn: line 125 of acme-coaching.smart
        await waitForValue(() => page.locator('.editor-group-container.active .tab.active').first().innerText({ timeout: 1_000 }), title => title.replace(/\s+/g, '').includes('acme-coaching.smart'), 'acme-coaching.smart in the editor');
        const position = await waitForText(page.locator('[id="status.editor.selection"]'), /Ln 125,/, 'the cursor on the goal\'s line');
        await page.screenshot({ path: join(artifacts, 'goals-view.png') });
        return `${labels.length} rows; 'Halve monthly churn': ${description}; revealed at ${position.trim()}`;
    });
}

/** Opens a file of the workspace in the first editor group (the preview stays in its own). */
async function openInFirstGroup(page, file) {
    await page.locator('.editor-group-container').first().locator('.monaco-editor .view-lines').first().click();
    await quickOpen(page, file);
    await waitForValue(() => page.locator('.editor-group-container.active .tab.active').first().innerText({ timeout: 1_000 }), title => title.replace(/\s+/g, '').includes(file), `${file} in the editor`);
    await waitForText(page.locator('[id="status.editor.mode"]'), /SMART plan/, 'the language mode in the status bar');
}

/** WCAG's contrast ratio of two `rgb(...)` colours. */
function contrast(a, b) {
    const luminance = color => {
        const [r, g, bl] = color.match(/[\d.]+/g).slice(0, 3).map(Number).map(v => v / 255).map(v => v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
        return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
    };
    const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (light + 0.05) / (dark + 0.05);
}

/** Writes the workspace's settings: `smart.today` = 2027-03-15 unless `settings` say otherwise (the workbench follows the file). */
async function writeWorkspaceSettings(workspace, settings) {
    await writeFile(join(workspace, '.vscode/settings.json'), `${JSON.stringify({ 'smart.today': '2027-03-15', ...settings }, null, 2)}\n`);
}

/** The 1-based number of the first line shown in the editor of the file named `name`. */
async function editorTopLine(page, name) {
    return page.locator(`.monaco-editor[data-uri$="${name}"]`).first().evaluate(editor => {
        const top = editor.querySelector('.view-lines').getBoundingClientRect().top;
        const numbers = Array.from(editor.querySelectorAll('.margin-view-overlays .line-numbers'))
            .map(element => ({ line: Number(element.textContent), top: element.getBoundingClientRect().top }))
            .filter(entry => Number.isInteger(entry.line) && entry.top >= top - 2)
            .sort((a, b) => a.top - b.top);
        return numbers[0]?.line;
    });
}

/** The code lens shown just above line `line` (1-based) of the editor of `name`. */
async function lensAbove(page, name, line) {
    const editor = page.locator(`.monaco-editor[data-uri$="${name}"]`).first();
    const index = await editor.evaluate((element, target) => {
        const number = Array.from(element.querySelectorAll('.margin-view-overlays .line-numbers')).find(entry => Number(entry.textContent) === target);
        const limit = number.getBoundingClientRect().top + 1;
        const lenses = Array.from(element.querySelectorAll('.codelens-decoration'));
        let best = -1;
        lenses.forEach((lens, at) => {
            const bottom = lens.getBoundingClientRect().bottom;
            if (bottom <= limit && (best < 0 || bottom > lenses[best].getBoundingClientRect().bottom)) {
                best = at;
            }
        });
        return best;
    }, line);
    if (index < 0) {
        throw new Error(`no code lens above line ${line} of ${name}`);
    }
    return editor.locator('.codelens-decoration').nth(index).locator('a').first();
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

// ---- shared with the browser pass (scenario-web.mjs, issue 20) --------------------------------
// The workbench helpers above, for the scenario of the browser-only build. Keep this block last.
/**
 * The first checks of a pass: the build (`build`, as its check names it) is installed, the
 * workbench loads, and faulty.smart opens as a SMART plan. False when the pass cannot go on.
 */
async function openFaultyPlan({ page, check, extensions, build }) {
    await check(`${build} is installed in code-server`, async () => {
        expect(extensions.some(id => id.startsWith('smart-plan.smart-plan-vscode@')), `installed extensions: ${extensions.join(', ') || 'none'}`);
        return extensions.join(', ');
    });
    const loaded = await check('the workbench loads', async () => {
        await page.locator('.monaco-workbench .part.editor').waitFor({ timeout: 60_000 });
    });
    return loaded && await check('faulty.smart opens as a SMART plan', async () => {
        await quickOpen(page, 'faulty.smart');
        await page.locator('.monaco-editor .view-lines').first().waitFor();
        await waitForText(page.locator('[id="status.editor.mode"]'), /SMART plan/, 'the language mode in the status bar');
    });
}

export { goToLine, openFaultyPlan, openInFirstGroup, quickOpen, runCommand, scrollIntoView, waitForText, waitForValue };
// ---- end of the block shared with scenario-web.mjs --------------------------------------------
