// @vscode/test-cli configuration of the electron suite (test/electron/*.test.ts, bundled to
// out/electron-test/ by test/electron/run.mjs, which also skips the suite when VS Code
// cannot be downloaded). Opens a folder holding a copy of examples/faulty.
import { defineConfig } from '@vscode/test-cli';
import { fileURLToPath } from 'node:url';

export const VSCODE_VERSION = 'stable';
export const WORKSPACE = fileURLToPath(new URL('./out/electron-test/workspace', import.meta.url));

export default defineConfig({
    label: 'electron',
    files: 'out/electron-test/**/*.test.cjs',
    version: VSCODE_VERSION,
    workspaceFolder: WORKSPACE,
    launchArgs: ['--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
    mocha: { ui: 'tdd', timeout: 60_000 }
});
