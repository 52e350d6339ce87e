// The extension's browser bundles (the client for VS Code for the Web, the language server's
// web worker, the preview pane's script) import no Node built-in, need nothing from outside
// but `vscode`, and the worker stays within its size budget (the benchmark's figure).
import { builtinModules } from 'node:module';
import { describe, expect, test } from 'vitest';
import * as esbuild from 'esbuild';
import { FIGURES } from '../../scripts/bench/budgets.mjs';
import { browserBundleProblems, buildInMemory } from '../../packages/vscode/bundles.mjs';

const BUILTINS = new Set(builtinModules.flatMap(name => [name, `node:${name}`]));

/** `require("fs")`, `import("node:path")`, `from "os"` of a Node built-in in bundled code. */
function builtinLoads(text: string): string[] {
    return [...text.matchAll(/(?<![.\w$])(?:require|import)\s*\(\s*["']([^"']+)["']\s*\)|\bfrom\s*["']([^"']+)["']/g)]
        .map(match => match[1] ?? match[2])
        .filter(name => BUILTINS.has(name));
}

describe('the browser bundles', () => {
    for (const name of ['extensionWeb', 'serverWeb', 'webview']) {
        test(`${name} bundles no Node built-in and needs nothing from outside but vscode`, async () => {
            const bundle = await buildInMemory(name);
            expect(bundle.browser).toBe(true);
            expect(browserBundleProblems(bundle.metafile)).toEqual([]);
            expect(Object.keys(bundle.metafile.inputs).filter(input => BUILTINS.has(input))).toEqual([]);
            expect(builtinLoads(bundle.text)).toEqual([]);
        }, 60_000);
    }

    test('the worker bundle is within the budget of npm run bench', async () => {
        const budget = FIGURES.find(figure => figure.id === 'workerBundleSize')?.budget?.max;
        expect(budget).toBe(1.5);
        const { bytes } = await buildInMemory('serverWeb');
        expect(bytes / (1024 * 1024)).toBeLessThanOrEqual(budget!);
    }, 60_000);

    test('the check names what a bundle leaves outside, and esbuild refuses a Node built-in for the browser', async () => {
        const leaky = await esbuild.build({
            stdin: { contents: 'import { join } from "node:path"; console.log(join("a", "b"));', resolveDir: process.cwd() },
            bundle: true, write: false, metafile: true, platform: 'browser', external: ['node:path'], logLevel: 'silent'
        });
        expect(browserBundleProblems(leaky.metafile)).toEqual(['<stdin> imports node:path, left outside the bundle']);
        await expect(esbuild.build({
            stdin: { contents: 'import { readFileSync } from "node:fs"; readFileSync("x");', resolveDir: process.cwd() },
            bundle: true, write: false, platform: 'browser', logLevel: 'silent'
        })).rejects.toThrow(/node:fs/);
    });
});
