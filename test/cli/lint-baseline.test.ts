// The lint baseline as a team adopting smart meets it: record today's problems, and from
// then on only new ones fail; a fixed problem leaves an unused count that fails until
// pruned; the file is sorted JSON with relative paths; a broken file is one line, exit 2;
// and the language server shows the baselined problems as hints.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';
import { LspClient } from '../lsp/lsp-client.js';
import { runSmart } from './run-smart.js';
import { scratch } from './scratch.js';

// Two goals without owner (warnings) and one tactic without strategy (an error), in plans/a.smart.
const A = `metric m "M" unit count
goal g1 "G1" { metric m target 5 by 2027-12-31 }
goal g2 "G2" { metric m target 5 by 2027-12-31 }
tactic t "T" { channel web }
`;
const B = 'person p "P"\n';

const lint = (cwd: string, ...args: string[]) => runSmart(['lint', 'plans', '--today', '2027-03-15', '-f', 'json', ...args], { cwd });
const rulesOf = (stdout: string) => (JSON.parse(stdout) as Array<{ file: string; diagnostics: Array<{ rule: string; severity: string }> }>)
    .flatMap(file => file.diagnostics.filter(d => d.severity !== 'info').map(d => `${file.file} ${d.rule}`)).sort();

describe('smart lint baseline', () => {
    test('--suppress-all records errors and warnings per file and rule, sorted, paths relative to the file; later runs pass', () => {
        const dir = scratch({ 'plans/a.smart': A, 'plans/b.smart': B });
        expect(lint(dir).code).toBe(1);
        const record = lint(dir, '--suppress-all');
        expect(record.stderr).toContain('smart: smart-suppressions.json: 10 problems recorded in 1 plan\n');
        expect(record.code).toBe(0);
        const file = readFileSync(join(dir, 'smart-suppressions.json'), 'utf8');
        const parsed = JSON.parse(file) as Record<string, Record<string, { count: number }>>;
        expect(Object.keys(parsed)).toEqual(['plans/a.smart']);
        expect(Object.keys(parsed['plans/a.smart'])).toEqual([...Object.keys(parsed['plans/a.smart'])].sort());
        expect(parsed['plans/a.smart']['goal-without-owner']).toEqual({ count: 2 });
        expect(parsed['plans/a.smart']['tactic-without-strategy']).toEqual({ count: 1 });
        expect(file).toBe(JSON.stringify(parsed, null, 2) + '\n');
        const later = lint(dir);
        expect(later.code).toBe(0);
        expect(rulesOf(later.stdout)).toEqual([]);
        expect(later.stderr).toBe('smart: 10 problems held back by smart-suppressions.json\n');
    });

    test('a new problem of a baselined rule reports all of that rule in the file, saying what the baseline allows', () => {
        const dir = scratch({ 'plans/a.smart': A });
        lint(dir, '--suppress-all');
        writeFileSync(join(dir, 'plans/a.smart'), A + 'goal g3 "G3" { metric m target 5 by 2027-12-31 }\n');
        const run = lint(dir);
        expect(run.code).toBe(0); // warnings only
        const files = JSON.parse(run.stdout) as Array<{ diagnostics: Array<{ rule: string; message: string }> }>;
        const owners = files[0].diagnostics.filter(d => d.rule === 'goal-without-owner');
        expect(owners).toHaveLength(3);
        expect(owners.every(d => d.message.endsWith('(3 of this rule here; the baseline allows 2)'))).toBe(true);
        // A new error fails the build.
        writeFileSync(join(dir, 'plans/a.smart'), A + 'tactic t2 "T2" { channel web }\n');
        expect(lint(dir).code).toBe(1);
    });

    test('a fixed problem leaves an unused count: it fails until pruned, unless --pass-on-unpruned-suppressions', () => {
        const dir = scratch({ 'plans/a.smart': A });
        lint(dir, '--suppress-all');
        writeFileSync(join(dir, 'plans/a.smart'), A.replace('goal g2 "G2" { metric m', 'goal g2 "G2" { owner p metric m').replace('metric m "M"', 'person p "P"\nmetric m "M"'));
        const run = lint(dir);
        expect(run.stderr).toContain('smart: smart-suppressions.json: plans/a.smart records 2 × goal-without-owner, 1 found: run smart lint --prune-suppressions\n');
        expect(run.code).toBe(1);
        expect(lint(dir, '--pass-on-unpruned-suppressions').code).toBe(0);
        expect(lint(dir, '--prune-suppressions').code).toBe(0);
        expect(JSON.parse(readFileSync(join(dir, 'smart-suppressions.json'), 'utf8'))['plans/a.smart']['goal-without-owner']).toEqual({ count: 1 });
        expect(lint(dir).code).toBe(0);
    });

    test('--suppress-rule records one rule; --suppressions-location names another file', () => {
        const dir = scratch({ 'plans/a.smart': A });
        const run = lint(dir, '--suppress-rule', 'goal-without-owner', '--suppressions-location', 'ci/baseline.json');
        expect(run.code).toBe(1); // the error is not suppressed
        expect(JSON.parse(readFileSync(join(dir, 'ci/baseline.json'), 'utf8'))).toEqual({ '../plans/a.smart': { 'goal-without-owner': { count: 2 } } });
        expect(rulesOf(run.stdout)).not.toContain('plans/a.smart goal-without-owner');
    });

    test('a renamed plan: its entry names a missing file (exit 2) until pruned; then record the new name', () => {
        const dir = scratch({ 'plans/a.smart': A });
        lint(dir, '--suppress-all');
        renameSync(join(dir, 'plans/a.smart'), join(dir, 'plans/renamed.smart'));
        const run = lint(dir);
        expect(run.stderr).toBe("smart: smart-suppressions.json: names 'plans/a.smart', which does not exist: run smart lint --prune-suppressions\n");
        expect(run.code).toBe(2);
        expect(lint(dir, '--prune-suppressions').code).toBe(1);
        expect(JSON.parse(readFileSync(join(dir, 'smart-suppressions.json'), 'utf8'))).toEqual({});
        expect(lint(dir, '--suppress-all').code).toBe(0);
        expect(Object.keys(JSON.parse(readFileSync(join(dir, 'smart-suppressions.json'), 'utf8')))).toEqual(['plans/renamed.smart']);
    });

    const broken: Array<[string, string, RegExp]> = [
        ['not JSON', '{ "plans/a.smart": ', /^smart: smart-suppressions\.json: not valid JSON \(line 1, column 20: the text ends too early\): expected \{ "plans\/a\.smart": \{ "rule-id": \{ "count": 1 \} \} \}\n$/],
        ['a negative count', '{ "plans/a.smart": { "goal-without-owner": { "count": -2 } } }', /^smart: smart-suppressions\.json: plans\/a\.smart → goal-without-owner → count: expected \{ "count": N \} with N a whole number of 1 or more\n$/],
        ['an unknown rule', '{ "plans/a.smart": { "goal-without-ownr": { "count": 1 } } }', /^smart: smart-suppressions\.json: plans\/a\.smart → goal-without-ownr: not a rule id\n$/]
    ];
    for (const [why, text, stderr] of broken) {
        test(`a suppressions file with ${why} is one line, exit 2`, () => {
            const dir = scratch({ 'plans/a.smart': A, 'smart-suppressions.json': text });
            const run = lint(dir);
            expect(run.stderr).toMatch(stderr);
            expect(run.code).toBe(2);
            expect(run.stdout).toBe('');
        });
    }
});

describe('the baseline in the editor', () => {
    let client: LspClient | undefined;
    afterEach(() => {
        client?.process.kill();
        client = undefined;
    });

    test('baselined problems are published as hints, new ones as they are', async () => {
        const dir = scratch({ 'plans/a.smart': A, '.smartrc.json': '{ "today": "2027-03-15" }' });
        lint(dir, '--suppress-all');
        writeFileSync(join(dir, 'plans/a.smart'), A + 'tactic t2 "T2" { channel web }\n');
        const bin = new URL('../../packages/cli/bin/smart.js', import.meta.url).pathname;
        client = new LspClient(process.execPath, [bin, 'lsp', '--stdio'], dir);
        await client.initialize(pathToFileURL(dir).toString());
        const uri = pathToFileURL(join(dir, 'plans/a.smart')).toString();
        const published = client.diagnosticsFor(uri, () => true);
        await client.open(uri, readFileSync(join(dir, 'plans/a.smart'), 'utf8'));
        const { diagnostics } = await published as unknown as { diagnostics: Array<{ code: string; severity: number; message: string }> };
        const owners = diagnostics.filter(d => d.code === 'goal-without-owner');
        expect(owners.map(d => d.severity)).toEqual([4, 4]);
        expect(owners[0].message).toMatch(/\(held back by the baseline in smart-suppressions\.json\)$/);
        // Two tactics without strategy now, one recorded: both are errors again.
        expect(diagnostics.filter(d => d.code === 'tactic-without-strategy').map(d => d.severity)).toEqual([1, 1]);
    });
});
