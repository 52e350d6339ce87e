#!/usr/bin/env node
// `npm run test:e2e`: the extension in a REAL VS Code. Installs its tools once (see
// setup.mjs; cached under .cache/e2e/), builds and packages the .vsix, installs it into a
// fresh code-server, opens a copy of examples/faulty (with the coaching example beside it),
// and drives the workbench with Chromium through playwright-core (see scenario.mjs); then
// calls the language-model tools through a test-only probe extension installed beside it
// (see lm-tools.mjs). Screenshots, in the dark and the light theme, go to .artifacts/e2e/.
// Everything the run writes (HOME, TMPDIR, XDG_*) stays in .cache/e2e/run/, kept until
// the next run for its logs. Ends with `N passed, N failed`; exits 1 when a check fails.
//
//   node test/e2e/run-code-server.mjs [--no-build] [--headed]
import { spawnSync } from 'node:child_process';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createChecks } from './checks.mjs';
import { installExtension, prepareRunFolder, startCodeServer } from './code-server.mjs';
import { packageLanguageModelProbe, runLanguageModelToolChecks } from './lm-tools.mjs';
import { runScenario } from './scenario.mjs';
import { CHROMIUM, ensureTools } from './setup.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const cache = join(root, '.cache/e2e');
const artifacts = join(root, '.artifacts/e2e');
const args = new Set(process.argv.slice(2));
const started = performance.now();
const seconds = () => `${((performance.now() - started) / 1000).toFixed(0)} s`;
const log = message => console.log(message);
const checks = createChecks(log);

let server;
let browser;
// code-server runs in its own process group: an interrupted run must still end it.
for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, async () => {
        log(`e2e: ${signal}, stopping code-server`);
        await browser?.close().catch(() => undefined);
        await server?.stop();
        process.exit(130);
    });
}
try {
    log(`e2e: tools (cached in ${cache})`);
    const tools = await ensureTools(cache, message => log(`  ${message}`));

    const vsix = await packageExtension();
    log(`e2e: ${vsix} [${seconds()}]`);

    const run = join(cache, 'run');
    await rm(run, { recursive: true, force: true });
    await rm(artifacts, { recursive: true, force: true });
    await mkdir(artifacts, { recursive: true });
    const runFolder = await prepareRunFolder(run, tools);
    const workspace = join(run, 'workspace');
    await cp(join(root, 'examples'), workspace, { recursive: true });
    const folder = join(workspace, 'faulty');
    await mkdir(join(folder, '.vscode'), { recursive: true });
    await writeFile(join(folder, '.vscode/settings.json'), `${JSON.stringify({ 'smart.today': '2027-03-15' }, null, 2)}\n`);
    // A second, complete plan beside the faulty one: a long journey to wrap, sections to scroll through.
    await cp(join(root, 'examples/coaching/acme-coaching.smart'), join(folder, 'acme-coaching.smart'));

    const extensions = installExtension(runFolder, tools, vsix);
    installExtension(runFolder, tools, packageLanguageModelProbe(run));
    server = await startCodeServer(runFolder, tools, folder);
    log(`e2e: code-server ${server.url} (process group ${server.pid}) on ${folder} [${seconds()}]`);

    const { chromium } = createRequire(tools.playwright)('playwright-core');
    browser = await chromium.launchPersistentContext(runFolder.folders.chromiumProfile, {
        executablePath: CHROMIUM,
        headless: !args.has('--headed'),
        viewport: { width: 1600, height: 1200 },
        args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
            '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage']
    });
    const page = browser.pages()[0] ?? await browser.newPage();
    page.setDefaultTimeout(20_000);
    checks.onFailure = async number => {
        const file = join(artifacts, `failed-check-${number}.png`);
        await page.screenshot({ path: file });
        log(`      screenshot: ${file}`);
    };
    await page.goto(server.url);
    log(`e2e: checks`);
    await runScenario({ page, check: checks.check, artifacts, extensions, workspace: folder });
    await runLanguageModelToolChecks({ page, check: checks.check, workspace: folder });
} catch (error) {
    checks.fail('the end-to-end run', error instanceof Error ? error.stack ?? error.message : error);
} finally {
    await browser?.close().catch(() => undefined);
    await server?.stop();
}

log(`e2e: screenshots in ${artifacts} [${seconds()}]`);
log(`${checks.passed} passed, ${checks.failed} failed`);
process.exit(checks.failed > 0 || checks.passed === 0 ? 1 : 0);

/** `npm run package` (build + vsce), unless --no-build; returns the .vsix path. */
async function packageExtension() {
    const manifest = JSON.parse(await readFile(join(root, 'packages/vscode/package.json'), 'utf8'));
    const vsix = join(root, 'packages/vscode', `${manifest.name}-${manifest.version}.vsix`);
    if (!args.has('--no-build')) {
        log('e2e: npm run package');
        const result = spawnSync('npm', ['run', 'package'], { cwd: root, encoding: 'utf8' });
        if (result.status !== 0) {
            throw new Error(`npm run package failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
        }
    }
    return vsix;
}
