// The bundles the extension ships, as esbuild options (esbuild.mjs builds them into dist/;
// the tests build the browser ones to check what they import):
//   extension.cjs       the desktop client (Node, CommonJS, `vscode` external)
//   server.cjs          the language server with Langium bundled in (Node, CommonJS)
//   extension-web.js    the browser client (CommonJS, `vscode` external), for VS Code for the Web
//   server-web.js       the language server for a web worker (a classic script: IIFE)
//   webview.js          the preview pane's script (browser, IIFE), from @smart-plan/preview
// The browser bundles must not import any Node built-in: with platform 'browser' esbuild
// refuses one, and browserBundleProblems() names anything else they leave outside.
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

export const here = fileURLToPath(new URL('.', import.meta.url));
const root = resolve(here, '../..');

/** @returns {Record<string, import('esbuild').BuildOptions & { browser: boolean }>} */
export function bundles({ dev = false, outdir = join(here, 'dist') } = {}) {
    const common = {
        bundle: true,
        minify: !dev,
        sourcemap: dev ? 'linked' : false,
        legalComments: 'none',
        logLevel: 'warning',
        metafile: true,
        absWorkingDir: here,
        outdir,
        // examples/ci/smart-plan.yml, written by SMART: Add the CI Workflow
        loader: { '.yml': 'text' }
    };
    const node = { ...common, browser: false, platform: 'node', format: 'cjs', target: 'node20', outExtension: { '.js': '.cjs' } };
    const browser = { ...common, browser: true, platform: 'browser', target: 'es2022' };
    return {
        extension: { ...node, entryPoints: { extension: 'src/extension.ts' }, external: ['vscode'] },
        // Langium and chevrotain are ESM-only; bundled into CommonJS. Keep class names for stack traces.
        server: { ...node, entryPoints: { server: 'src/server.ts' }, keepNames: true },
        extensionWeb: { ...browser, entryPoints: { 'extension-web': 'src/extension-web.ts' }, format: 'cjs', external: ['vscode'] },
        // A classic script: workbenches start the worker with importScripts(), which module workers refuse.
        serverWeb: { ...browser, entryPoints: { 'server-web': 'src/server-web.ts' }, format: 'iife', keepNames: true },
        webview: { ...browser, entryPoints: { webview: join(root, 'packages/preview/src/webview-main.ts') }, format: 'iife' }
    };
}

/**
 * What a browser bundle's metafile shows it needs from outside: every import left
 * external other than `vscode` (the workbench provides it), and every input that is a
 * Node built-in. An empty list is a bundle that runs in a browser.
 */
export function browserBundleProblems(metafile) {
    const problems = [];
    for (const [input, { imports }] of Object.entries(metafile.inputs)) {
        if (/^node:|^\(disabled\):/.test(input)) {
            problems.push(`${input} is bundled`);
        }
        for (const imported of imports) {
            if (imported.external && imported.path !== 'vscode' && imported.path !== '<runtime>') {
                problems.push(`${input} imports ${imported.path}, left outside the bundle`);
            }
        }
    }
    return problems;
}

/**
 * Builds one bundle (a key of bundles()) minified in memory, as it ships: its text, its
 * size in bytes and its metafile. For the tests and the benchmark, which measure the code
 * as it is now rather than whatever dist/ holds.
 */
export async function buildInMemory(name) {
    const { browser, ...options } = bundles()[name];
    const result = await esbuild.build({ ...options, write: false, logLevel: 'silent' });
    const output = result.outputFiles.find(file => !file.path.endsWith('.map'));
    return { browser, text: output.text, bytes: output.contents.byteLength, metafile: result.metafile };
}

