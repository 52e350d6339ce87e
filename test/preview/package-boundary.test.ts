// The preview package must bundle for a browser webview: its sources import only the
// protocol entry of the language package (never Langium), and the pane script bundles
// as a browser IIFE without Node built-ins.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, test } from 'vitest';
import { repoRoot } from '../cli/run-smart.js';

const sources = join(repoRoot, 'packages/preview/src');

describe('@smart-plan/preview stays browser-safe', () => {
    test('every module imports only the protocol and its siblings, and opens with a header comment', () => {
        for (const file of readdirSync(sources).filter(name => name.endsWith('.ts'))) {
            const text = readFileSync(join(sources, file), 'utf8');
            expect(text.startsWith('/**'), `${file} has a header comment`).toBe(true);
            for (const [, specifier] of text.matchAll(/\bfrom\s+'([^']+)'/g)) {
                expect(specifier === '@smart-plan/language/protocol' || specifier.startsWith('./'), `${file} imports ${specifier}`).toBe(true);
            }
        }
    });

    test('index.ts does not export the pane script', () => {
        const exports = readFileSync(join(sources, 'index.ts'), 'utf8').split('\n').filter(line => line.startsWith('export'));
        expect(exports.length).toBeGreaterThan(0);
        expect(exports.join('\n')).not.toMatch(/webview-main|pane\.js/);
    });

    test('webview-main bundles for the browser as an IIFE, without Langium or Node built-ins', async () => {
        const result = await build({
            entryPoints: [join(sources, 'webview-main.ts')],
            bundle: true,
            format: 'iife',
            platform: 'browser',
            target: 'es2022',
            write: false,
            metafile: true,
            logLevel: 'silent'
        });
        const inputs = Object.keys(result.metafile.inputs);
        expect(inputs.some(input => input.includes('langium'))).toBe(false);
        expect(inputs.some(input => input.includes('vscode-languageserver'))).toBe(false);
        expect(inputs.some(input => input.includes('zod'))).toBe(true);
        expect(result.outputFiles[0].text).not.toMatch(/require\(["']node:/);
    });
});
