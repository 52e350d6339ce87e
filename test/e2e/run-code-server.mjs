#!/usr/bin/env node
// `npm run test:e2e`: the extension in a REAL VS Code. Installs its tools once (see
// setup.mjs; cached under .cache/e2e/), builds and packages the .vsix, and runs two passes,
// each in a fresh code-server on a fresh copy of examples/faulty (with the coaching example
// beside it), driven with Chromium through playwright-core:
//   desktop  the packaged .vsix, which code-server runs in its Node extension host, as
//            VS Code on the desktop does (scenario.mjs), then the language-model tools
//            through a test-only probe extension installed beside it (lm-tools.mjs);
//            screenshots in .artifacts/e2e/;
//   web      the browser-only build (the same files, a manifest without `main`; see
//            web-only-vsix.mjs), which code-server runs in its web worker extension host,
//            as vscode.dev and github.dev do: the language server in a web worker, every
//            file read through the workbench (scenario-web.mjs); its checks read `[web] ...`
//            and its screenshots go to .artifacts/e2e/web/.
// Everything a pass writes (HOME, TMPDIR, XDG_*) stays in .cache/e2e/run/<pass>/, kept
// until the next run for its logs (code-server.log, and browser-console.log: the console of
// the workbench and its workers). Ends with `N passed, N failed`; exits 1 when a check
// fails or none ran.
//
// `--readme-images` also writes the browser pass's screenshots, small (JPEG, 1280 px wide),
// to packages/vscode/images/, where the READMEs show them from.
//
//   node test/e2e/run-code-server.mjs [--no-build] [--headed] [--pass desktop|web] [--readme-images]
import { spawnSync } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createChecks, expect } from './checks.mjs';
import { installExtension, prepareRunFolder, startCodeServer } from './code-server.mjs';
import { packageLanguageModelProbe, runLanguageModelToolChecks } from './lm-tools.mjs';
import { runScenario } from './scenario.mjs';
import { prepareWebWorkspace, runWebScenario } from './scenario-web.mjs';
import { CHROMIUM, ensureTools } from './setup.mjs';
import { packageWebOnly } from './web-only-vsix.mjs';
import { vsixProblems, zipEntries } from '../../scripts/vsix-contents.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const cache = join(root, '.cache/e2e');
const artifactsRoot = join(root, '.artifacts/e2e');
const argv = process.argv.slice(2);
const args = new Set(argv);
const only = argv.includes('--pass') ? argv[argv.indexOf('--pass') + 1] : undefined;
const started = performance.now();
const seconds = () => `${((performance.now() - started) / 1000).toFixed(0)} s`;
const log = message => console.log(message);
const checks = createChecks(log);

const PASSES = [
    {
        id: 'desktop',
        title: 'the packaged extension, in code-server\'s Node extension host',
        prefix: '',
        artifacts: artifactsRoot,
        viewport: { width: 1600, height: 1200 },
        vsix: vsix => vsix,
        prepare: async () => undefined,
        scenario: runScenario,
        // The tools resolve paths on the disk: the desktop build registers them, the browser build does not.
        languageModelTools: true
    },
    {
        id: 'web',
        title: 'the browser-only build (no `main`), in code-server\'s web worker extension host',
        prefix: '[web] ',
        artifacts: join(artifactsRoot, 'web'),
        // The README's screenshots come from this pass: a common laptop's width.
        viewport: { width: 1280, height: 800 },
        readmeImages: args.has('--readme-images') ? join(root, 'packages/vscode/images') : undefined,
        vsix: () => packageWebOnly(root, join(cache, 'web-only')),
        prepare: prepareWebWorkspace,
        scenario: runWebScenario
    }
];
if (only && !PASSES.some(pass => pass.id === only)) {
    console.error(`e2e: --pass ${only}: expected one of ${PASSES.map(pass => pass.id).join(', ')}`);
    process.exit(2);
}

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
    await checks.check('the packaged .vsix holds both entries, both language servers and the walkthrough, and nothing that does not run', async () => {
        const problems = vsixProblems(await readFile(vsix));
        expect(problems.length === 0, problems.join('; '));
        return `${zipEntries(await readFile(vsix)).length} files`;
    });
    await rm(join(cache, 'run'), { recursive: true, force: true });
    await rm(artifactsRoot, { recursive: true, force: true });
    for (const pass of PASSES.filter(candidate => !only || candidate.id === only)) {
        log(`e2e: pass '${pass.id}': ${pass.title}`);
        const check = (name, body) => checks.check(`${pass.prefix}${name}`, body);
        try {
            await runPass(pass, tools, await pass.vsix(vsix), check);
        } catch (error) {
            checks.fail(`${pass.prefix}the end-to-end pass '${pass.id}'`, error instanceof Error ? error.stack ?? error.message : error);
        } finally {
            await browser?.close().catch(() => undefined);
            await server?.stop();
            browser = undefined;
            server = undefined;
        }
    }
} catch (error) {
    checks.fail('the end-to-end run', error instanceof Error ? error.stack ?? error.message : error);
}

log(`e2e: screenshots in ${artifactsRoot} [${seconds()}]`);
log(`${checks.passed} passed, ${checks.failed} failed`);
process.exit(checks.failed > 0 || checks.passed === 0 ? 1 : 0);

/** One pass: a fresh run folder, workspace, code-server and Chromium profile, then the pass's scenario. */
async function runPass(pass, tools, vsix, check) {
    const run = join(cache, 'run', pass.id);
    const artifacts = pass.artifacts;
    await mkdir(artifacts, { recursive: true });
    const runFolder = await prepareRunFolder(run, tools);
    const workspace = join(run, 'workspace');
    await cp(join(root, 'examples'), workspace, { recursive: true });
    const folder = join(workspace, 'faulty');
    await mkdir(join(folder, '.vscode'), { recursive: true });
    await writeFile(join(folder, '.vscode/settings.json'), `${JSON.stringify({ 'smart.today': '2027-03-15' }, null, 2)}\n`);
    // A second, complete plan beside the faulty one: a long journey to wrap, sections to scroll through.
    await cp(join(root, 'examples/coaching/acme-coaching.smart'), join(folder, 'acme-coaching.smart'));
    await pass.prepare(folder);

    const extensions = installExtension(runFolder, tools, vsix);
    if (pass.languageModelTools) {
        installExtension(runFolder, tools, packageLanguageModelProbe(run));
    }
    server = await startCodeServer(runFolder, tools, folder);
    log(`e2e: code-server ${server.url} (process group ${server.pid}) on ${folder} [${seconds()}]`);

    const { chromium } = createRequire(tools.playwright)('playwright-core');
    browser = await chromium.launchPersistentContext(runFolder.folders.chromiumProfile, {
        executablePath: CHROMIUM,
        headless: !args.has('--headed'),
        viewport: pass.viewport,
        args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
            '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage']
    });
    const page = browser.pages()[0] ?? await browser.newPage();
    page.setDefaultTimeout(20_000);
    // The console of the workbench, its frames and its workers (the extension host's, the
    // language server's in the browser pass), for the logs of a failed check.
    const consoleLog = createWriteStream(join(run, 'browser-console.log'));
    page.on('console', message => consoleLog.write(`[page ${message.type()}] ${message.text()}\n`));
    page.on('worker', worker => {
        consoleLog.write(`[worker started] ${worker.url().slice(0, 120)}\n`);
        worker.on('console', message => consoleLog.write(`[worker ${message.type()}] ${message.text()}\n`));
    });
    checks.onFailure = async number => {
        const file = join(artifacts, `failed-check-${number}.png`);
        await page.screenshot({ path: file });
        log(`      screenshot: ${file}`);
    };
    await page.goto(server.url);
    log(`e2e: checks [${seconds()}]`);
    await pass.scenario({ page, check, artifacts, extensions, workspace: folder, readmeImages: pass.readmeImages });
    if (pass.languageModelTools) {
        await runLanguageModelToolChecks({ page, check, workspace: folder });
    }
}

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
