#!/usr/bin/env node
// `npm run test:electron`: the @vscode/test-cli suite in a downloaded VS Code (Electron).
// Where VS Code cannot be downloaded (no network, as on the project's build machines) or
// cannot be shown (Linux without a display and without xvfb-run), it prints ONE line with
// the word SKIPPED and exits 0: a skip, never a pass. The real-VS-Code check that runs
// everywhere is `npm run test:e2e` (code-server).
//
// Otherwise: builds the extension (dist/) and the suite (out/electron-test/), copies
// examples/faulty into the suite's workspace folder, and runs `vscode-test`.
import { spawnSync } from 'node:child_process';
import { cp, mkdir, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { downloadAndUnzipVSCode, SilentReporter } from '@vscode/test-electron';
import * as esbuild from 'esbuild';
import { VSCODE_VERSION, WORKSPACE } from '../../.vscode-test.mjs';

const here = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const root = resolve(here, '../..');

function skip(reason) {
    console.log(`test:electron SKIPPED: ${reason} (the real-VS-Code check here is npm run test:e2e)`);
    process.exit(0);
}

try {
    await downloadAndUnzipVSCode({
        version: VSCODE_VERSION,
        cachePath: join(here, '.vscode-test'),
        reporter: new SilentReporter(),
        timeout: 20_000
    });
} catch (error) {
    const message = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    skip(`VS Code ${VSCODE_VERSION} could not be downloaded: ${message}`);
}

let wrapper = [];
if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    if (spawnSync('xvfb-run', ['--help'], { stdio: 'ignore' }).error) {
        skip('no display to run VS Code on, and no xvfb-run');
    }
    wrapper = ['xvfb-run', '-a'];
}

const step = (command, args, cwd) => {
    const result = spawnSync(command, args, { cwd, stdio: 'inherit' });
    if (result.status !== 0) {
        process.exit(result.status ?? 1);
    }
};
step('npm', ['run', 'build'], root);
step(process.execPath, ['esbuild.mjs'], here);

const out = join(here, 'out/electron-test');
await rm(out, { recursive: true, force: true });
await esbuild.build({
    entryPoints: [join(here, 'test/electron/extension.test.ts')],
    outdir: out,
    outExtension: { '.js': '.cjs' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode', 'mocha'],
    logLevel: 'warning'
});
await mkdir(WORKSPACE, { recursive: true });
await cp(join(root, 'examples/faulty'), WORKSPACE, { recursive: true });

const vscodeTest = join(root, 'node_modules/@vscode/test-cli/out/bin.mjs');
const [command, ...args] = [...wrapper, process.execPath, vscodeTest, '--config', join(here, '.vscode-test.mjs'), '--label', 'electron'];
const result = spawnSync(command, args, { cwd: here, stdio: 'inherit' });
process.exit(result.status ?? 1);
