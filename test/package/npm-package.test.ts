// The npm package smart-plan, as published and as a new user installs it: what the tarball
// holds, that it depends on nothing, and that installed offline into an empty folder its
// commands work (scripts/smoke-npm-package.sh, here under the Node running the tests;
// .ci/run runs the same script under Node 20, 22 and 24).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { repoRoot } from '../cli/run-smart.js';
import { packedTarball } from './pack.js';

let tarball: string;
const fromTarball = (file: string) => spawnSync('tar', ['-xOzf', tarball, `package/${file}`], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).stdout;

beforeAll(() => {
    tarball = packedTarball();
}, 120_000);

describe('the tarball', () => {
    test('holds only what runs, the README and the licences', () => {
        const listing = spawnSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).stdout.trim().split('\n').sort();
        expect(listing).toEqual([
            'package/LICENSE',
            'package/README.md',
            'package/THIRD_PARTY_LICENSES',
            'package/bin/smart.cjs',
            'package/dist/smart.cjs',
            'package/package.json'
        ]);
    });

    test('is named smart-plan, has the bins smart and smart-plan, no dependencies, no scripts, engines node >= 20.10', () => {
        const manifest = JSON.parse(fromTarball('package.json')) as Record<string, unknown>;
        const cli = JSON.parse(readFileSync(join(repoRoot, 'packages/cli/package.json'), 'utf8')) as { version: string };
        expect(manifest.name).toBe('smart-plan');
        expect(manifest.version).toBe(cli.version);
        expect(manifest.bin).toEqual({ smart: 'bin/smart.cjs', 'smart-plan': 'bin/smart.cjs' });
        expect(manifest.engines).toEqual({ node: '>=20.10' });
        expect(manifest.license).toBe('MIT');
        for (const field of ['dependencies', 'peerDependencies', 'optionalDependencies', 'bundleDependencies', 'scripts', 'private']) {
            expect(manifest, field).not.toHaveProperty(field);
        }
        expect(tarball.endsWith(`smart-plan-${cli.version}.tgz`)).toBe(true);
    });

    test('the bundle needs nothing but Node\'s built-in modules, and carries no V8 code cache', () => {
        const bundle = fromTarball('dist/smart.cjs');
        // A require inside a string is code text, not a call: ajv (in the MCP SDK) keeps
        // `require("ajv/dist/runtime/equal")` as the source it would write for standalone code.
        const required = [...new Set([...bundle.matchAll(/(?<![`'"])\brequire\("([^"]+)"\)/g)].map(match => match[1]))];
        expect(required.length).toBeGreaterThan(3);
        const builtins = new Set(builtinModules.flatMap(name => [name, `node:${name}`]));
        expect(required.filter(name => !builtins.has(name))).toEqual([]);
        expect(bundle).toContain('Object.groupBy'); // the Node 20 polyfill is inside
    });

    test('the bin runs the bundle with Node\'s own compile cache where there is one', () => {
        const bin = fromTarball('bin/smart.cjs');
        expect(bin.startsWith('#!/usr/bin/env node\n')).toBe(true);
        expect(bin).toContain("require('../dist/smart.cjs')");
        expect(bin).toContain('enableCompileCache');
    });

    test('the licences: the project\'s, and each bundled package\'s with its licence text', () => {
        expect(fromTarball('LICENSE')).toBe(readFileSync(join(repoRoot, 'LICENSE'), 'utf8'));
        expect(readFileSync(join(repoRoot, 'packages/vscode/LICENSE'), 'utf8')).toBe(readFileSync(join(repoRoot, 'LICENSE'), 'utf8'));
        const notices = fromTarball('THIRD_PARTY_LICENSES');
        expect(notices).toMatch(/^chevrotain 13\.\d+\.\d+ \(Apache-2\.0\)\n\nApache License/m);
        expect(notices).toMatch(/^langium 4\.4\.\d+ \(MIT\)\n\nCopyright \d{4} TypeFox GmbH\n\nPermission is hereby granted/m);
        expect(notices).toMatch(/^zod \S+ \(MIT\)/m);
        expect(notices).not.toMatch(/^@smart-plan\//m);
    });
});

describe('installed offline into an empty folder', () => {
    test('lint, diff, report, --version and the language server work (scripts/smoke-npm-package.sh)', () => {
        const smoke = spawnSync('bash', [join(repoRoot, 'scripts/smoke-npm-package.sh'), tarball], {
            encoding: 'utf8',
            env: { ...process.env, PATH: `${dirname(process.execPath)}:${process.env.PATH}` },
            timeout: 120_000
        });
        expect(smoke.stderr).toBe('');
        expect(smoke.stdout).toContain(`smoke test of smart-plan`);
        expect(smoke.stdout.trim().split('\n').at(-1)).toBe(`== smoke test of smart-plan ${JSON.parse(fromTarball('package.json')).version} on node ${process.version}: passed`);
        expect(smoke.status).toBe(0);
    }, 120_000);
});
