// Presets (cli.md, "Adopting smart"): `extends` names files relative to the configuration
// or installed packages whose root holds a smartrc.json; later entries override earlier
// ones and the file's own keys override all, rule by rule. A cycle, a missing preset, a
// package without smartrc.json or a bad key anywhere in the chain is one error naming the
// file it is in. Presets are JSON: a package's code is never run.
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ConfigError, readConfigChain as readChain } from '@smart-plan/language';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { findingsOf } from '../helpers.js';

function tree(files: Record<string, unknown>): string {
    const dir = mkdtempSync(join(tmpdir(), 'smart-presets-'));
    for (const [name, content] of Object.entries(files)) {
        mkdirSync(dirname(join(dir, name)), { recursive: true });
        writeFileSync(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content));
    }
    return dir;
}

/** The chain of a configuration file on disk, its files as paths. */
async function readConfigChain(path: string) {
    const { config, files } = await readChain(NodeFileSystem.fileSystemProvider(), URI.file(path));
    return { config, files: files.map(file => file.fsPath) };
}

async function chainError(dir: string, file = 'plans/.smartrc.json'): Promise<string> {
    try {
        await readConfigChain(join(dir, file));
    } catch (error) {
        expect(error).toBeInstanceOf(ConfigError);
        expect((error as Error).message.split('\n')).toHaveLength(1);
        return (error as Error).message.replace(dir, '<dir>').replace(dir, '<dir>');
    }
    throw new Error('expected a configuration error');
}

describe('presets', () => {
    test('order and override: presets in order, then the file itself, rule by rule', async () => {
        const dir = tree({
            'agency.smartrc.json': { rules: { 'goal-without-owner': 'off', 'need-unaddressed': 'warning' }, behindTolerance: 0.2 },
            'strict.smartrc.json': { rules: { 'goal-without-owner': 'error' }, maxMonthlyGrowth: 0.5 },
            'plans/.smartrc.json': { extends: ['../agency.smartrc.json', '../strict.smartrc.json'], rules: { 'need-unaddressed': 'off' }, maxMonthlyGrowth: 0.3 }
        });
        const { config, files } = await readConfigChain(join(dir, 'plans/.smartrc.json'));
        expect(config).toEqual({ rules: { 'goal-without-owner': 'error', 'need-unaddressed': 'off' }, behindTolerance: 0.2, maxMonthlyGrowth: 0.3 });
        expect(files).toEqual([join(dir, 'plans/.smartrc.json'), join(dir, 'agency.smartrc.json'), join(dir, 'strict.smartrc.json')]);
    });

    test('a preset of a preset, and an installed package (found from the configuration\'s folder up) whose code never runs', async () => {
        const dir = tree({
            'node_modules/@acme/smart-preset/package.json': { name: '@acme/smart-preset', main: 'index.js' },
            'node_modules/@acme/smart-preset/index.js': 'require("node:fs").writeFileSync(__dirname + "/RAN", "x")',
            'node_modules/@acme/smart-preset/smartrc.json': { extends: './base.json', rules: { 'review-overdue': 'off' } },
            'node_modules/@acme/smart-preset/base.json': { rules: { 'review-overdue': 'error', 'checkin-stale': 'off' } },
            'plans/.smartrc.json': { extends: '@acme/smart-preset' }
        });
        expect((await readConfigChain(join(dir, 'plans/.smartrc.json'))).config).toEqual({ rules: { 'review-overdue': 'off', 'checkin-stale': 'off' } });
        expect(existsSync(join(dir, 'node_modules/@acme/smart-preset/RAN'))).toBe(false);
    });

    test('the editor and the CLI apply the merged settings', async () => {
        const dir = tree({
            'agency.smartrc.json': { rules: { 'goal-without-owner': 'off' } },
            'plans/.smartrc.json': { extends: '../agency.smartrc.json' }
        });
        const found = await findingsOf('metric m "M"\ngoal g "G" { metric m target 5 by 2027-12-31 }', { dir: join(dir, 'plans') });
        expect(found.map(f => f.rule)).not.toContain('goal-without-owner');
        expect(found.map(f => f.rule)).toContain('goal-missing-baseline');
    });

    test('a cycle, a missing preset, a package without smartrc.json, a package not installed, a bad key in a preset', async () => {
        expect(await chainError(tree({ 'a.json': { extends: './plans/.smartrc.json' }, 'plans/.smartrc.json': { extends: '../a.json' } })))
            .toBe("<dir>/a.json: 'extends': a cycle of presets (.smartrc.json → a.json → .smartrc.json)");
        expect(await chainError(tree({ 'plans/.smartrc.json': { extends: './missing.json' } })))
            .toBe("<dir>/plans/.smartrc.json: 'extends': the preset './missing.json' does not exist (looked for <dir>/plans/missing.json)");
        expect(await chainError(tree({ 'node_modules/empty-preset/package.json': {}, 'plans/.smartrc.json': { extends: 'empty-preset' } })))
            .toBe("<dir>/plans/.smartrc.json: 'extends': the package 'empty-preset' has no smartrc.json at its root (<dir>/node_modules/empty-preset)");
        expect(await chainError(tree({ 'plans/.smartrc.json': { extends: 'not-installed-preset-xyz' } })))
            .toMatch(/^<dir>\/plans\/\.smartrc\.json: 'extends': the package 'not-installed-preset-xyz' is not installed \(no node_modules\/not-installed-preset-xyz from <dir>\/plans up\)$/);
        expect(await chainError(tree({ 'agency.json': { rule: {} }, 'plans/.smartrc.json': { extends: '../agency.json' } })))
            .toBe("<dir>/agency.json: unknown key 'rule'");
        expect(await chainError(tree({ 'plans/.smartrc.json': { extends: 'https://example.com/preset.json' } })))
            .toBe("<dir>/plans/.smartrc.json: 'extends': 'https://example.com/preset.json' is neither a relative path (./preset.json) nor a package name");
    });
});
