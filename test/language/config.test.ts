// Configuration (.smartrc.json found by walking up, validated with zod) and suppression
// comments, as a plan author meets them.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { ConfigError, findConfigFile, formatDay, readConfigFile, readSuppressions, SmartConfigProvider } from '@smart-plan/language';
import { EmptyFileSystemProvider, URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { findingsOf } from '../helpers.js';

function configDir(config: unknown): string {
    const dir = mkdtempSync(join(tmpdir(), 'smartrc-'));
    writeFileSync(join(dir, '.smartrc.json'), typeof config === 'string' ? config : JSON.stringify(config));
    return dir;
}

async function configError(config: unknown): Promise<string> {
    const file = join(configDir(config), '.smartrc.json');
    try {
        await readConfigFile(NodeFileSystem.fileSystemProvider(), URI.file(file));
    } catch (error) {
        expect(error).toBeInstanceOf(ConfigError);
        const message = (error as Error).message;
        expect(message.split('\n')).toHaveLength(1);
        expect(message.startsWith(file)).toBe(true);
        return message.slice(file.length);
    }
    throw new Error('expected a configuration error');
}

// An avatar with an unaddressed need (info) and a goal with no owner (warning) at lines 2 and 3.
const plan = `metric m "M"
avatar a "A" { need n "N" }
goal g "G" { for a metric m baseline 100 on 2027-01-01 target 500 by 2027-03-31 }`;

describe('.smartrc.json', () => {
    test('severities apply: off drops a rule, others change its severity', async () => {
        const dir = configDir({ rules: { 'goal-without-owner': 'off', 'need-unaddressed': 'error' } });
        const found = await findingsOf(plan, { dir });
        expect(found.map(f => f.rule)).not.toContain('goal-without-owner');
        expect(found.find(f => f.rule === 'need-unaddressed')?.severity).toBe('error');
    });

    test('is found by walking up from the plan', async () => {
        const dir = configDir({ rules: { 'goal-without-owner': 'off' } });
        const nested = join(dir, 'clients', 'acme');
        mkdirSync(nested, { recursive: true });
        expect((await findingsOf(plan, { dir: nested })).map(f => f.rule)).not.toContain('goal-without-owner');
        expect((await findingsOf(plan, { dir: mkdtempSync(join(tmpdir(), 'no-rc-')) })).map(f => f.rule)).toContain('goal-without-owner');
    });

    test('thresholds change what is reasonable', async () => {
        // 100 → 500 in 3 months is about +71% a month.
        expect((await findingsOf(plan, { dir: configDir({}) })).map(f => f.rule)).toContain('target-unreasonable');
        expect((await findingsOf(plan, { dir: configDir({ maxMonthlyGrowth: 0.8 }) })).map(f => f.rule)).not.toContain('target-unreasonable');
    });

    test('today comes from the file when not fixed elsewhere', async () => {
        const checked = `${plan}\ncheckin 2027-02-01 { g 110 }`;
        const early = await findingsOf(checked, { dir: configDir({ today: '2027-02-01' }), today: null });
        const late = await findingsOf(checked, { dir: configDir({ today: '2027-06-01' }), today: null });
        expect(early.map(f => f.rule)).not.toContain('goal-missed');
        expect(late.map(f => f.rule)).toContain('goal-missed');
    });

    test.each([
        [{ rulez: {} }, ": unknown key 'rulez'"],
        [{ rules: { 'goal-without-ownr': 'off' } }, ": 'rules.goal-without-ownr': unknown rule id 'goal-without-ownr'"],
        [{ rules: { 'goal-without-owner': 'loud' } }, ": 'rules.goal-without-owner': expected one of off, info, warning, error"],
        [{ maxMonthlyGrowth: 'high' }, ": 'maxMonthlyGrowth': "],
        [{ behindTolerance: 3 }, ": 'behindTolerance': "],
        [{ today: '2027-02-30' }, ": 'today': expected a real date written YYYY-MM-DD"],
        ['{ "rules": ', ': not valid JSON (line 1, column 12: the text ends too early)'],
        ['{\n  "today": "2027-03-15",\n}', ": not valid JSON (line 3, column 1: expected a quoted key)"],
        ['{ "rules": { "goal-without-owner": off } }', ': not valid JSON (line 1, column 36: expected a value (an object, array, string, number, true, false or null))'],
        ['[]', ': '],
        ['{"__proto__": {"polluted": true}}', ": unknown key '__proto__'"],
        ['{"constructor": {"prototype": {}}}', ": unknown key 'constructor'"],
        ['{"rules": {"__proto__": "off"}}', ": 'rules.__proto__': unknown rule id '__proto__'"]
    ])('%j is one clear error naming the file and the key', async (config, expected) => {
        expect(await configError(config)).toContain(expected);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });

    test('"today", when nothing fixes it, follows the clock past midnight (a language server runs for days)', async () => {
        const provider = new SmartConfigProvider(NodeFileSystem.fileSystemProvider());
        const uri = URI.file(join(mkdtempSync(join(tmpdir(), 'no-rc-')), 'plan.smart'));
        const now = vi.spyOn(Date, 'now');
        try {
            now.mockReturnValue(new Date(2027, 2, 15, 23, 59, 30).getTime());
            expect(formatDay(provider.configFor(uri).today)).toBe('2027-03-15');
            // The local calendar day: one minute later it is the 16th, whatever the time zone.
            now.mockReturnValue(new Date(2027, 2, 16, 0, 0, 30).getTime());
            expect(formatDay(provider.configFor(uri).today)).toBe('2027-03-16');
            // A fixed day stays fixed.
            provider.setOverrides({ today: '2027-01-01' });
            now.mockReturnValue(new Date(2027, 2, 17, 12).getTime());
            expect(formatDay(provider.configFor(uri).today)).toBe('2027-01-01');
        } finally {
            now.mockRestore();
        }
    });

    test('an untitled plan has no folder, so no .smartrc.json (none is looked for where the server runs)', async () => {
        const everythingIsThere = new class extends EmptyFileSystemProvider {
            override async stat(uri: URI) {
                return { uri, isFile: true, isDirectory: false };
            }
        }();
        expect(await findConfigFile(everythingIsThere, URI.parse('untitled:Untitled-1'))).toBeUndefined();
        expect((await findConfigFile(everythingIsThere, URI.file('/plans')))?.path).toBe('/plans/.smartrc.json');
    });

    test('a broken configuration does not break linting: defaults apply', async () => {
        const found = await findingsOf(plan, { dir: configDir('{ broken') });
        expect(found.map(f => f.rule)).toContain('goal-without-owner');
    });
});

describe('suppression comments', () => {
    test('smart-disable-next-line silences the listed rules on the next line only', async () => {
        const found = await findingsOf(`metric m "M"
avatar a "A" { need n "N" }
// smart-disable-next-line goal-without-owner, goal-without-strategy
goal g "G" { for a metric m baseline 100 on 2027-01-01 target 110 by 2027-03-31 }
goal h "H" { for a metric m baseline 100 on 2027-01-01 target 110 by 2027-03-31 }`);
        const onLine = (line: number) => found.filter(f => f.line === line).map(f => f.rule).sort();
        expect(onLine(4)).toEqual([]);
        expect(onLine(5)).toEqual(['goal-without-owner', 'goal-without-strategy']);
    });

    test('smart-disable alone on a line silences a rule for the rest of the file', async () => {
        const found = await findingsOf(`metric m "M"
avatar a "A" { need n "N" }
goal g "G" { for a metric m baseline 100 on 2027-01-01 target 110 by 2027-03-31 }
// smart-disable goal-without-owner
goal h "H" { for a metric m baseline 100 on 2027-01-01 target 110 by 2027-03-31 }
goal k "K" { for a metric m baseline 100 on 2027-01-01 target 110 by 2027-03-31 }`);
        expect(found.filter(f => f.rule === 'goal-without-owner').map(f => f.line)).toEqual([3]);
    });

    test('a suppression naming an unknown rule is itself reported, on the name', async () => {
        const found = await findingsOf('// smart-disable-next-line goal-without-ownr, goal-without-owner\nperson p "P"');
        expect(found).toHaveLength(1);
        expect(found[0]).toMatchObject({ rule: 'unknown-suppression', severity: 'warning', line: 1, text: 'goal-without-ownr' });
        expect(found[0].message).toMatch(/Unknown rule 'goal-without-ownr'/);
    });

    test('readSuppressions finds the ranges of names', () => {
        const suppressions = readSuppressions('  //smart-disable   nope\n// smart-disable-next-line  a-rule ,  goal-missed');
        expect(suppressions.unknown.map(u => [u.name, u.range.line, u.range.character])).toEqual([['nope', 0, 20], ['a-rule', 1, 28]]);
        expect(suppressions.byLine.get(2)).toEqual(new Set(['goal-missed']));
    });

    test('text that only looks like a suppression inside a string silences nothing', async () => {
        const found = await findingsOf('person p "// smart-disable goal-without-owner"\nmetric m "M"\ngoal g "G" { metric m }');
        expect(found.map(f => f.rule)).toContain('goal-without-owner');
    });
});
