// The CI formats of `smart lint` (sarif, github, junit) as CI tools read them: the SARIF
// log validates against the SARIF 2.1.0 schema and carries every rule; the github lines
// follow the workflow-command grammar and decode back to the diagnostics; the JUnit XML
// parses and counts what the run found. Each is checked against `--format json` of the
// same run, so the formats cannot disagree about what was found.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import AjvModule from 'ajv-draft-04';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { RULES } from '@smart-plan/language';
import { formatGithub } from '../../packages/cli/src/formats/github.js';
import { formatJunit } from '../../packages/cli/src/formats/junit.js';
import type { FileDiagnostics, PlanDiagnostic } from '../../packages/cli/src/diagnostics.js';
import { repoRoot, runSmart } from './run-smart.js';
import { scratch } from './scratch.js';

const FAULTY = ['lint', 'examples/faulty', '--today', '2027-03-15'];

interface JsonFile {
    file: string;
    diagnostics: Array<{ rule: string; severity: 'error' | 'warning' | 'info'; message: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } }>;
}

function lintJson(args: string[], cwd = repoRoot): JsonFile[] {
    return JSON.parse(runSmart([...args, '--format', 'json'], { cwd }).stdout) as JsonFile[];
}

const repository = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { repository: { url: string } }).repository.url;

// ---------------------------------------------------------------------------------------
// SARIF
// ---------------------------------------------------------------------------------------

/** A validator for the SARIF 2.1.0 schema, with the URI and date formats it uses checked too. */
function sarifValidator() {
    const schema = createRequire(import.meta.url)('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json') as object;
    // A CommonJS module: its class is the default export's `default` under Node's ESM interop.
    const Ajv = (AjvModule as unknown as { default: typeof AjvModule.default }).default;
    const ajv = new Ajv({ strict: false, unicodeRegExp: false, logger: false });
    const uriCharacters = /^[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]*$/;
    ajv.addFormat('uri-reference', (value: string) => uriCharacters.test(value));
    ajv.addFormat('uri', (value: string) => uriCharacters.test(value) && URL.canParse(value));
    ajv.addFormat('date-time', (value: string) => !Number.isNaN(Date.parse(value)));
    return ajv.compile(schema);
}

describe('--format sarif', () => {
    const run = runSmart([...FAULTY, '--format', 'sarif']);
    const expected = lintJson(FAULTY);

    test('validates against the SARIF 2.1.0 schema', () => {
        expect(run.stderr).toBe('');
        expect(run.code).toBe(1);
        const validate = sarifValidator();
        const log = JSON.parse(run.stdout);
        expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
        // and the validator does reject what GitHub would reject
        expect(validate({ ...log, version: '2.0.0' })).toBe(false);
        expect(validate({ ...log, runs: [{ ...log.runs[0], results: [{ message: { text: 'x' }, level: 'fatal' }] }] })).toBe(false);
    });

    test('one run whose driver lists every rule with its help, linked to the rule docs', () => {
        const log = JSON.parse(run.stdout);
        expect(log.version).toBe('2.1.0');
        expect(log.runs).toHaveLength(1);
        const driver = log.runs[0].tool.driver;
        expect(driver.name).toBe('smart');
        expect(driver.version).toMatch(/^\d+\.\d+\.\d+/);
        expect(driver.informationUri).toBe(repository);
        expect(driver.rules.map((rule: { id: string }) => rule.id)).toEqual(RULES.map(rule => rule.id));
        const docs = readFileSync(join(repoRoot, 'packages/cli/docs/rules.md'), 'utf8');
        for (const [index, rule] of RULES.entries()) {
            const sarifRule = driver.rules[index];
            expect(sarifRule.shortDescription.text).toBe(rule.summary);
            expect(sarifRule.fullDescription.text).toContain(rule.summary);
            expect(sarifRule.help.text).toContain(rule.fix);
            expect(sarifRule.help.text).toContain(rule.example);
            expect(sarifRule.helpUri).toBe(`${repository}/blob/main/packages/cli/docs/rules.md#${rule.id}`);
            expect(docs).toContain(`\n## ${rule.id}\n`); // the anchor the link points at exists
            expect(sarifRule.defaultConfiguration.level).toBe({ error: 'error', warning: 'warning', info: 'note' }[rule.severity]);
            expect(sarifRule.properties.smartLetter).toBe(rule.letter ?? null);
        }
    });

    test('one result per diagnostic, with relative URIs and 1-based regions', () => {
        const log = JSON.parse(run.stdout);
        const { rules } = log.runs[0].tool.driver;
        const results = log.runs[0].results;
        const diagnostics = expected.flatMap(file => file.diagnostics.map(d => ({ file: file.file, ...d })));
        expect(new Set(diagnostics.map(d => d.severity))).toEqual(new Set(['error', 'warning', 'info']));
        expect(results).toHaveLength(diagnostics.length);
        for (const [i, d] of diagnostics.entries()) {
            const result = results[i];
            expect(result.ruleId).toBe(d.rule);
            expect(rules[result.ruleIndex].id).toBe(d.rule);
            expect(result.level).toBe({ error: 'error', warning: 'warning', info: 'note' }[d.severity]);
            expect(result.message.text).toBe(d.message);
            const { artifactLocation, region } = result.locations[0].physicalLocation;
            expect(artifactLocation.uri).toBe(d.file);
            expect(artifactLocation.uri).toMatch(/^examples\/faulty\/[a-z-]+\.smart$/);
            expect(region).toEqual({
                startLine: d.range.start.line + 1, startColumn: d.range.start.character + 1,
                endLine: d.range.end.line + 1, endColumn: d.range.end.character + 1
            });
        }
    });

    test('a path with spaces and a clean run still validate', () => {
        const dir = scratch({ 'my plans/q1 plan.smart': 'person p "P"\ngoal g "G" { owner nobody }' });
        const log = JSON.parse(runSmart(['lint', '--format', 'sarif'], { cwd: dir }).stdout);
        expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('my%20plans/q1%20plan.smart');
        expect(sarifValidator()(log)).toBe(true);
        const clean = runSmart(['lint', '--format', 'sarif'], { cwd: scratch({ 'ok.smart': 'person p "P"' }) });
        expect(clean.code).toBe(0);
        expect(JSON.parse(clean.stdout).runs[0].results).toEqual([]);
    });
});

// ---------------------------------------------------------------------------------------
// github
// ---------------------------------------------------------------------------------------

const COMMAND = /^::(error|warning|notice) file=([^,:\r\n]+),line=(\d+)(?:,col=(\d+))?,endLine=(\d+)(?:,endColumn=(\d+))?,title=([^,:\r\n]+)::([^\r\n]*)$/;
const decode = (text: string) => text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');

describe('--format github', () => {
    test('one workflow command per diagnostic, then a summary line', () => {
        const run = runSmart([...FAULTY, '--format', 'github']);
        expect(run.code).toBe(1);
        const lines = run.stdout.trimEnd().split('\n');
        const diagnostics = lintJson(FAULTY).flatMap(file => file.diagnostics.map(d => ({ file: file.file, ...d })));
        expect(lines).toHaveLength(diagnostics.length + 1);
        for (const [i, d] of diagnostics.entries()) {
            const match = COMMAND.exec(lines[i]);
            expect(match, lines[i]).not.toBeNull();
            const [, command, file, line, col, endLine, endColumn, title, message] = match!;
            expect(command).toBe({ error: 'error', warning: 'warning', info: 'notice' }[d.severity]);
            expect([decode(file), decode(title), decode(message)]).toEqual([d.file, d.rule, d.message]);
            expect(Number(line)).toBe(d.range.start.line + 1);
            expect(Number(endLine)).toBe(d.range.end.line + 1);
            expect(Number(col)).toBe(d.range.start.character + 1);
            expect(Number(endColumn)).toBe(Math.max(d.range.end.character, d.range.start.character + 1));
        }
        const count = (severity: string) => diagnostics.filter(d => d.severity === severity).length;
        const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
        expect(lines.at(-1)).toBe(`smart: ${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')}, ${count('info')} info in 2 plans`);
    });

    test('escapes %, CR and LF in messages, and also : and , in properties', () => {
        const dir = scratch({ 'q1,draft:v2 100%.smart': 'metric m "M" unit count\nperson p "P"\ngoal g "G" { metric m target 50% by 2027-12-31 owner p }' });
        const run = runSmart(['lint', '--format', 'github', '--rule', 'goal-without-strategy=off', '--rule', 'goal-without-avatar=off', '--rule', 'goal-missing-baseline=off'], { cwd: dir });
        expect(run.stdout).toBe(
            '::error file=q1%2Cdraft%3Av2 100%25.smart,line=3,col=30,endLine=3,endColumn=32,title=unit-mismatch::' +
            "The target of goal 'g' is a percentage, but its metric 'm' counts in count: drop the '%25' or measure a '%25' metric.\n" +
            'smart: 1 error, 0 warnings, 0 info in 1 plan\n');
        const synthetic = formatGithub([{ path: '/w/a.smart', diagnostics: [diagnostic({ message: 'one\r\ntwo: 5%, three', rule: 'x' })] }], '/w');
        expect(synthetic.split('\n')[0]).toBe('::error file=a.smart,line=1,col=1,endLine=1,endColumn=1,title=x::one%0D%0Atwo: 5%25, three');
    });

    test('a range over several lines carries no columns; a clean run says so', () => {
        const multiline = diagnostic({ range: { start: { line: 1, character: 4 }, end: { line: 3, character: 2 } } });
        expect(formatGithub([{ path: '/w/a.smart', diagnostics: [multiline] }], '/w')).toMatch(/^::error file=a\.smart,line=2,endLine=4,title=/);
        expect(formatGithub([{ path: '/w/a.smart', diagnostics: [] }, { path: '/w/b.smart', diagnostics: [] }], '/w')).toBe('smart: no problems in 2 plans\n');
    });
});

function diagnostic(overrides: Partial<PlanDiagnostic> = {}): PlanDiagnostic {
    return { rule: 'goal-missed', severity: 'error', message: 'm', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, ...overrides };
}

// ---------------------------------------------------------------------------------------
// junit
// ---------------------------------------------------------------------------------------

interface Testcase { classname: string; name: string; failure?: { message: string; type: string; '#text': string }; 'system-out'?: string }

function parseJunit(xml: string): { suite: Record<string, string>; cases: Testcase[] } {
    expect(XMLValidator.validate(xml)).toBe(true);
    // XML 1.0 allows no C0 controls but tab, LF and CR, no lone surrogates, no U+FFFE or U+FFFF.
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    const parsed = new XMLParser({ htmlEntities: true, ignoreAttributes: false, attributeNamePrefix: '', parseAttributeValue: false, parseTagValue: false, trimValues: false, isArray: name => name === 'testcase' }).parse(xml);
    const suite = parsed.testsuites.testsuite;
    return { suite, cases: suite.testcase ?? [] };
}

describe('--format junit', () => {
    test('a testcase per plan; a plan with errors fails, listing each error; others go to system-out', () => {
        const run = runSmart([...FAULTY, '--format', 'junit']);
        expect(run.code).toBe(1);
        const { suite, cases } = parseJunit(run.stdout);
        const files = lintJson(FAULTY);
        expect(cases.map(c => [c.classname, c.name])).toEqual(files.map(f => [f.file, f.file]));
        const failing = files.filter(f => f.diagnostics.some(d => d.severity === 'error'));
        expect(failing.length).toBeGreaterThan(0);
        expect(suite.tests).toBe(String(files.length));
        expect(suite.failures).toBe(String(failing.length));
        for (const [i, file] of files.entries()) {
            const errors = file.diagnostics.filter(d => d.severity === 'error');
            const others = file.diagnostics.filter(d => d.severity !== 'error');
            const failure = cases[i].failure;
            if (errors.length === 0) {
                expect(failure).toBeUndefined();
            } else {
                expect(failure!.type).toBe('error');
                expect(failure!.message).toBe(`${errors.length} error${errors.length === 1 ? '' : 's'}`);
                expect(failure!['#text'].split('\n')).toEqual(errors.map(d => `${d.range.start.line + 1}:${d.range.start.character + 1}  error  ${d.rule}  ${d.message}`));
            }
            expect(cases[i]['system-out']?.split('\n') ?? []).toHaveLength(others.length);
        }
    });

    test('warnings fail their plans when the run has more than --max-warnings', () => {
        const dir = scratch({ 'plan.smart': 'person p "P"\nskill s "S" { }', 'clean.smart': 'person q "Q"' });
        const within = runSmart(['lint', '--format', 'junit', '--max-warnings', '1'], { cwd: dir });
        expect(within.code).toBe(0);
        expect(parseJunit(within.stdout).suite.failures).toBe('0');
        const beyond = runSmart(['lint', '--format', 'junit', '--max-warnings', '0'], { cwd: dir });
        expect(beyond.code).toBe(1);
        const { suite, cases } = parseJunit(beyond.stdout);
        expect(suite.failures).toBe('1');
        expect(cases.map(c => [c.name, c.failure?.type])).toEqual([['clean.smart', undefined], ['plan.smart', 'warning']]);
        expect(cases[1].failure!.message).toBe('1 warning');
    });

    test('escapes markup and replaces the characters XML 1.0 cannot hold', () => {
        const name = 'a&b <"c\'>\u0001.smart';
        const dir = scratch({ [name]: 'person p "P"\ngoal g "G" { owner nobody }' });
        const { cases } = parseJunit(runSmart(['lint', '--format', 'junit', '--quiet'], { cwd: dir }).stdout);
        expect(cases[0].name).toBe('a&b <"c\'>\\u{1}.smart');
        const files: FileDiagnostics[] = [{ path: '/w/x.smart', diagnostics: [diagnostic({ message: 'bell\u0007 & <tag> ]]> "q" \uFFFF lone\uD800 ok\uD83D\uDE00 line\r\nnext' })] }];
        const parsed = parseJunit(formatJunit(files, { cwd: '/w', warningsFail: false }));
        expect(parsed.cases[0].failure!['#text']).toBe('1:1  error  goal-missed  bell\\u{7} & <tag> ]]> "q" \\u{FFFF} lone\\u{D800} ok\uD83D\uDE00 line\r\nnext');
    });
});
