// Hostile files through the `smart` binary as a user runs it: exit 0 clean, 1 on lint
// errors, 2 with one line on stderr (never a stack trace) for what cannot be read as a
// plan — invalid UTF-8, a FIFO, a directory named like a plan, a broken .smartrc.json.
// Ranges are the editor's whatever the line endings or a byte-order mark; imports of
// missing, non-plan and outside files never echo another file's content; a directory
// symlink loop ends; `smart fmt` never rewrites what it cannot read and keeps CRLF and BOM.
import { execFileSync } from 'node:child_process';
import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runSmart, type SmartRun } from '../cli/run-smart.js';
import { scratch } from '../cli/scratch.js';
import { bigPlan, FAULTY, HOSTILE_TEXTS, withLineEndings } from './hostile-texts.js';

/** One line on stderr, starting `smart: `, and no stack trace anywhere. */
function expectOneLineError(run: SmartRun, says: RegExp): void {
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toMatch(/^smart: [^\n]+\n$/);
    expect(run.stderr).toMatch(says);
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at |Error:/);
}

interface JsonFile {
    file: string;
    diagnostics: Array<{ rule: string; message: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } }>;
}

function lintJson(dir: string, ...files: string[]): JsonFile[] {
    const run = runSmart(['lint', '--format', 'json', '--today', '2027-03-15', ...files], { cwd: dir });
    expect(run.stderr).toBe('');
    expect([0, 1]).toContain(run.code);
    return JSON.parse(run.stdout) as JsonFile[];
}

const placed = (file: JsonFile) => file.diagnostics.map(d => `${d.rule}@${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`);

const isRoot = process.getuid?.() === 0;

describe('smart lint on hostile files', () => {
    test('an empty file is a clean plan (exit 0)', () => {
        const run = runSmart(['lint', 'empty.smart'], { cwd: scratch({ 'empty.smart': '' }) });
        expect(run).toEqual({ code: 0, stdout: '1 plan checked: no problems.\n', stderr: '' });
    });

    test('CRLF, CR, mixed line endings and a byte-order mark give the ranges of the LF file', () => {
        const dir = scratch({
            'lf.smart': FAULTY,
            'crlf.smart': withLineEndings(FAULTY, '\r\n'),
            'cr.smart': withLineEndings(FAULTY, '\r'),
            'mixed.smart': HOSTILE_TEXTS['mixed line endings'](),
            'bom.smart': '\uFEFF' + FAULTY,
            'bom-first-line.smart': '\uFEFFgoal g "G" {}\n',
            'first-line.smart': 'goal g "G" {}\n'
        });
        const [lf, crlf, cr, mixed, bom] = lintJson(dir, 'lf.smart', 'crlf.smart', 'cr.smart', 'mixed.smart', 'bom.smart');
        expect(placed(lf).length).toBeGreaterThan(10);
        for (const other of [crlf, cr, mixed, bom]) {
            expect(placed(other), other.file).toEqual(placed(lf));
        }
        // The column of a diagnostic on the first line is the editor's (which hides the BOM).
        const [withBom, without] = lintJson(dir, 'bom-first-line.smart', 'first-line.smart');
        expect(placed(withBom)).toEqual(placed(without));
        expect(without.diagnostics[0].range.start).toEqual({ line: 0, character: 5 });
    });

    test('a NUL byte is a syntax error at its place (exit 1)', () => {
        const dir = scratch({ 'nul.smart': 'person p\0 "P"\nperson q "Q\0"\n' });
        const [file] = lintJson(dir, 'nul.smart');
        expect(file.diagnostics.map(d => [d.rule, d.range.start])).toEqual([
            ['syntax-error', { line: 0, character: 8 }],
            ['syntax-error', { line: 1, character: 11 }]
        ]);
    });

    test('invalid UTF-8 is one line naming the file and where, exit 2', () => {
        const dir = scratch({});
        writeFileSync(join(dir, 'latin1.smart'), Buffer.concat([Buffer.from('person p "P"\nperson q "Caf'), Buffer.from([0xE9]), Buffer.from('"\n')]));
        expectOneLineError(runSmart(['lint', 'latin1.smart'], { cwd: dir }), /^smart: \S*latin1\.smart: not UTF-8 text \(line 2, column 14\): save it as UTF-8\n$/);
    });

    test('a 1 MB line and 20,000 nested braces are diagnostics, not crashes', () => {
        const dir = scratch({ 'title.smart': HOSTILE_TEXTS['a 1 MB title'](), 'braces.smart': HOSTILE_TEXTS['20,000 nested braces']() });
        const [title, braces] = lintJson(dir, 'title.smart', 'braces.smart');
        expect(title.diagnostics).toEqual([]);
        expect(braces.diagnostics.map(d => d.rule)).toEqual(['syntax-error']);
    });

    test('a 100,000-line plan is linted in bounded time', () => {
        const dir = scratch({ 'big.smart': bigPlan(100_000) });
        const started = Date.now();
        const run = runSmart(['lint', '--quiet', '--today', '2027-03-15', 'big.smart'], { cwd: dir });
        expect(Date.now() - started).toBeLessThan(90_000);
        expect(run).toEqual({ code: 0, stdout: expect.stringMatching(/^1 plan checked/), stderr: '' });
    }, 120_000);

    test('imports of itself, a cycle, a missing file, a directory, a non-.smart file: exit 1, never another file\'s content', () => {
        const secret = 'TOP-SECRET-4242';
        const dir = scratch({
            'work/self.smart': 'import "./self.smart"\n',
            'work/a.smart': 'import "./b.smart"\nperson a "A"\n',
            'work/b.smart': 'import "./a.smart"\nperson b "B"\n',
            'work/missing.smart': 'import "./nowhere.smart"\n',
            'work/folder.smart/inside.smart': 'person i "I"\n',
            'work/dir.smart': 'import "./folder.smart"\n',
            'work/text.smart': 'import "../outside/secret.txt"\n',
            'work/outside.smart': 'import "../outside/secret.smart"\nperson o "O"\n',
            'outside/secret.txt': `${secret}\n`,
            'outside/secret.smart': `${secret} ${secret} {\n`
        });
        const cwd = join(dir, 'work');
        const run = runSmart(['lint', 'self.smart', 'a.smart', 'missing.smart', 'dir.smart', 'text.smart', 'outside.smart'], { cwd });
        expect(run.code).toBe(1);
        expect(run.stderr).toBe('');
        expect(run.stdout).toContain('The import "./self.smart" imports this file itself: remove it.');
        expect(run.stdout).toContain('The import "./b.smart" makes an import cycle (a.smart → b.smart → a.smart): remove one of the imports.');
        expect(run.stdout).toMatch(/The import "\.\/nowhere\.smart" does not exist \(looked for \S+nowhere\.smart\)\./);
        expect(run.stdout).toContain('The import "./folder.smart" is a directory: name a .smart file in it.');
        expect(run.stdout).toContain('The import "../outside/secret.txt" is not a .smart file: only plans can be imported.');
        expect(run.stdout).not.toContain(secret);
        const json = runSmart(['lint', '--format', 'json', 'outside.smart', 'text.smart'], { cwd });
        expect(json.stdout).not.toContain(secret);
    });

    test('a directory symlink loop ends, each plan counted once (exit 0)', () => {
        const dir = scratch({ 'plans/a/p.smart': 'person p "P"\n' });
        symlinkSync('..', join(dir, 'plans/a/up'));
        symlinkSync(join(dir, 'plans'), join(dir, 'plans/a/again'));
        for (const target of ['plans', 'plans/a/up/a/up', 'plans/**/*.smart']) {
            const run = runSmart(['lint', target], { cwd: dir });
            expect(run, target).toEqual({ code: 0, stdout: '1 plan checked: no problems.\n', stderr: '' });
        }
    });

    test('a FIFO named like a plan is "not a regular file", exit 2 (it is never read, so nothing blocks)', () => {
        const dir = scratch({});
        execFileSync('mkfifo', [join(dir, 'pipe.smart')]);
        expectOneLineError(runSmart(['lint', 'pipe.smart'], { cwd: dir }), /pipe\.smart: not a regular file\n$/);
        // A FIFO inside a searched directory is skipped, not read.
        writeFileSync(join(dir, 'plan.smart'), 'person p "P"\n');
        expect(runSmart(['lint', '.'], { cwd: dir }).code).toBe(0);
    });

    test('a directory named like a plan, or one without plans, is exit 2', () => {
        const dir = scratch({ 'folder.smart/notes.txt': 'x' });
        expectOneLineError(runSmart(['lint', 'folder.smart'], { cwd: dir }), /folder\.smart: no \.smart files in this directory/);
    });

    test.skipIf(isRoot)('an unreadable file is exit 2 [SKIPPED when run as root: chmod 000 does not stop root from reading]', () => {
        const dir = scratch({ 'locked.smart': 'person p "P"\n' });
        execFileSync('chmod', ['000', join(dir, 'locked.smart')]);
        expectOneLineError(runSmart(['lint', 'locked.smart'], { cwd: dir }), /locked\.smart: cannot read the file \(EACCES\)/);
    });
    if (isRoot) {
        console.warn('hostile-cli: the chmod 000 case is skipped: tests run as root, who can read any file (a FIFO and a directory named .smart stand in for it).');
    }
});

describe('a hostile .smartrc.json is one line naming the file and the key, exit 2', () => {
    const cases: Array<[string, RegExp]> = [
        ['{"__proto__": {"rules": {}}}', /\.smartrc\.json: unknown key '__proto__'/],
        ['{"constructor": {"prototype": {}}}', /\.smartrc\.json: unknown key 'constructor'/],
        ['{"rules": {"__proto__": "off"}}', /'rules\.__proto__': unknown rule id '__proto__'/],
        ['{"rules": {"constructor": "off", "goal-without-owner": "off"}}', /'rules\.constructor': unknown rule id 'constructor'/],
        ['{"rules": {"goal-without-owner": {"toString": 1}}}', /'rules\.goal-without-owner': expected one of off, info, warning, error/],
        ['{"maxMonthlyGrowth": "0.5"}', /'maxMonthlyGrowth': .*expected number/],
        ['{"today": "2027-02-30"}', /'today': expected a real date written YYYY-MM-DD/],
        ['[]', /\.smartrc\.json: .*expected object/],
        ['{', /\.smartrc\.json: not valid JSON/]
    ];
    test.each(cases)('%s', (config, says) => {
        const dir = scratch({ 'plan.smart': 'person p "P"\n', '.smartrc.json': config });
        const run = runSmart(['lint', 'plan.smart'], { cwd: dir });
        expectOneLineError(run, says);
        expect(run.stderr).toContain('.smartrc.json');
    });
});

describe('smart fmt never rewrites what it cannot read, and keeps line endings and the BOM', () => {
    test('invalid UTF-8 is left byte for byte (exit 2); a NUL plan is left as is (exit 1)', () => {
        const dir = scratch({ 'nul.smart': 'person p\0 "P"\n' });
        const latin1 = Buffer.from([0x70, 0x65, 0x72, 0x73, 0x6F, 0x6E, 0x20, 0x70, 0x20, 0x22, 0xE9, 0x22, 0x0A]);
        writeFileSync(join(dir, 'latin1.smart'), latin1);
        expectOneLineError(runSmart(['fmt', 'latin1.smart'], { cwd: dir }), /latin1\.smart: not UTF-8 text \(line 1, column 11\)/);
        expect(readFileSync(join(dir, 'latin1.smart')).equals(latin1)).toBe(true);
        const run = runSmart(['fmt', 'nul.smart'], { cwd: dir });
        expect(run.code).toBe(1);
        expect(run.stderr).toBe('smart: nul.smart: has syntax errors (first on line 1); fix them before formatting\n');
        expect(readFileSync(join(dir, 'nul.smart'), 'utf8')).toBe('person p\0 "P"\n');
    });

    test('a CRLF plan is formatted with CRLF throughout; a BOM stays', () => {
        const dir = scratch({ 'crlf.smart': 'person p "P"\r\ngoal g "G" { owner p metric m }\r\nmetric m "M"', 'bom.smart': '\uFEFFperson p "P" { role "R" }\n' });
        expect(runSmart(['fmt', 'crlf.smart', 'bom.smart'], { cwd: dir }).code).toBe(0);
        expect(readFileSync(join(dir, 'crlf.smart'), 'utf8')).toBe('person p "P"\r\ngoal g "G" {\r\n    owner p\r\n    metric m\r\n}\r\nmetric m "M"\r\n');
        expect(readFileSync(join(dir, 'bom.smart'), 'utf8')).toBe('\uFEFFperson p "P" {\n    role "R"\n}\n');
        expect(runSmart(['fmt', '--check', 'crlf.smart', 'bom.smart'], { cwd: dir })).toEqual({ code: 0, stdout: '', stderr: '' });
    });
});
