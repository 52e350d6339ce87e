// scripts/vsix-contents.mjs, the check `npm run publish:*`, the end-to-end run and CI make of
// the packaged extension, on .vsix files that vsce packages here: it reads the archive and
// names what keeps one from shipping (an entry missing, a language server missing, no
// virtual-workspace support, a source map that does not run).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { vsixProblems, zipEntries } from '../../scripts/vsix-contents.mjs';
import { repoRoot } from '../cli/run-smart.js';

/** Packages an extension made of `files` (path → text) with vsce; returns the .vsix bytes. */
function packageExtension(manifest: Record<string, unknown>, files: Record<string, string | Buffer>): Buffer {
    const dir = mkdtempSync(join(tmpdir(), 'smart-vsix-'));
    const all: Record<string, string | Buffer> = {
        'package.json': JSON.stringify({ name: 'probe', publisher: 'probe', version: '0.0.1', engines: { vscode: '^1.91.0' }, activationEvents: ['onStartupFinished'], repository: 'https://github.com/smart-plan/smart-plan', license: 'MIT', ...manifest }),
        'README.md': '# Probe\n',
        LICENSE: 'MIT\n',
        ...files
    };
    for (const [path, text] of Object.entries(all)) {
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        writeFileSync(join(dir, path), text);
    }
    const out = join(dir, 'probe.vsix');
    const packaged = spawnSync(join(repoRoot, 'node_modules/.bin/vsce'), ['package', '--no-dependencies', '--out', out], { cwd: dir, encoding: 'utf8' });
    expect(packaged.status, packaged.stderr).toBe(0);
    return readFileSync(out);
}

describe('vsix-contents', () => {
    test('an extension with both entries, both servers and its walkthrough media is ready to ship', () => {
        const vsix = packageExtension({
            main: './dist/extension.cjs',
            browser: './dist/extension-web.js',
            icon: 'icons/icon.png',
            capabilities: { virtualWorkspaces: true },
            contributes: { walkthroughs: [{ id: 'w', title: 'W', description: 'W', steps: [{ id: 's', title: 'S', description: 'S', media: { markdown: 'walkthrough/s.md' } }] }] }
        }, {
            'dist/extension.cjs': 'exports.activate = () => {};',
            'dist/extension-web.js': 'exports.activate = () => {};',
            'dist/server.cjs': '',
            'dist/server-web.js': '',
            'walkthrough/s.md': '# S\n',
            'icons/icon.png': readFileSync(join(repoRoot, 'packages/vscode/icons/icon.png'))
        });
        expect(zipEntries(vsix).map(entry => entry.name)).toEqual(expect.arrayContaining(['extension/package.json', 'extension/dist/extension-web.js', 'extension/walkthrough/s.md']));
        expect(vsixProblems(vsix)).toEqual([]);
    }, 60_000);

    test('a desktop-only package is refused, naming each missing part; so is a source map', () => {
        const vsix = packageExtension({ main: './dist/extension.cjs' }, {
            'dist/extension.cjs': 'exports.activate = () => {};',
            'dist/extension.cjs.map': '{}',
            'dist/server.cjs': ''
        });
        expect(vsixProblems(vsix)).toEqual([
            "the manifest has no 'browser' entry",
            'the manifest does not declare virtualWorkspaces: true',
            'the web worker language server dist/server-web.js is not in the package',
            'the manifest names no icon',
            'extension/dist/extension.cjs.map does not run and should not ship'
        ]);
    }, 60_000);
});
