/**
 * `--format junit`: JUnit XML for CI test-report views (GitLab, Jenkins, Azure DevOps,
 * CircleCI, GitHub test-report actions). One `<testsuite>` named `smart lint`, one
 * `<testcase>` per plan (classname and name: its relative path).
 *
 * A testcase fails exactly when the plan would fail the build: it has errors, or it has
 * warnings and the run exceeds --max-warnings. The failure is one `<failure>` per
 * testcase (many report readers keep only one) whose text lists every failing diagnostic
 * as `line:col  severity  rule  message`; the diagnostics that do not fail the plan are
 * listed the same way in the testcase's `<system-out>`, so nothing is lost.
 */
import { plural } from '@smart-plan/language';
import { tally, type FileDiagnostics, type PlanDiagnostic } from '../diagnostics.js';
import { relativePath } from './paths.js';

export interface JunitOptions {
    cwd: string;
    /** Whether warnings fail the run (more of them than --max-warnings allows). */
    warningsFail: boolean;
}

export function formatJunit(files: FileDiagnostics[], options: JunitOptions): string {
    const cases = files.map(file => testcase(file, options));
    const failures = cases.filter(testcase => testcase.failed).length;
    const { error: errors, warning: warnings, info: infos } = tally(files);
    const suite = attributes({ name: 'smart lint', tests: files.length, failures, errors: 0, skipped: 0, time: 0 });
    return [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<testsuites${suite}>`,
        `  <testsuite${suite}>`,
        '    <properties>',
        `      <property${attributes({ name: 'errors', value: errors })}/>`,
        `      <property${attributes({ name: 'warnings', value: warnings })}/>`,
        `      <property${attributes({ name: 'infos', value: infos })}/>`,
        '    </properties>',
        ...cases.map(testcase => testcase.xml),
        '  </testsuite>',
        '</testsuites>',
        ''
    ].join('\n');
}

function testcase(file: FileDiagnostics, options: JunitOptions): { failed: boolean; xml: string } {
    const path = relativePath(file.path, options.cwd);
    const fails = (d: PlanDiagnostic) => d.severity === 'error' || (options.warningsFail && d.severity === 'warning');
    const failing = file.diagnostics.filter(fails);
    const others = file.diagnostics.filter(d => !fails(d));
    const body: string[] = [];
    if (failing.length > 0) {
        const type = failing.some(d => d.severity === 'error') ? 'error' : 'warning';
        body.push(`      <failure${attributes({ message: describe(failing), type })}>${text(failing.map(line).join('\n'))}</failure>`);
    }
    if (others.length > 0) {
        body.push(`      <system-out>${text(others.map(line).join('\n'))}</system-out>`);
    }
    const open = `    <testcase${attributes({ classname: path, name: path, file: path, time: 0 })}`;
    return { failed: failing.length > 0, xml: body.length === 0 ? `${open}/>` : [`${open}>`, ...body, '    </testcase>'].join('\n') };
}

/** The failure's message: `2 errors, 1 warning`. */
function describe(diagnostics: PlanDiagnostic[]): string {
    const errors = diagnostics.filter(d => d.severity === 'error').length;
    const warnings = diagnostics.length - errors;
    return [errors > 0 ? plural(errors, 'error') : '', warnings > 0 ? plural(warnings, 'warning') : ''].filter(Boolean).join(', ');
}

function line(d: PlanDiagnostic): string {
    return `${d.range.start.line + 1}:${d.range.start.character + 1}  ${d.severity}  ${d.rule}  ${d.message}`;
}

function attributes(values: Record<string, string | number>): string {
    return Object.entries(values).map(([name, value]) => ` ${name}="${attribute(String(value))}"`).join('');
}

/**
 * Characters XML 1.0 forbids (most C0 controls, lone surrogates, U+FFFE, U+FFFF) cannot
 * be written even as references: they are shown as `\u{...}` instead.
 */
function legal(value: string): string {
    return value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
        char => `\\u{${char.charCodeAt(0).toString(16).toUpperCase()}}`);
}

/** Element text: markup escaped, CR kept (a parser would turn CRLF into LF). */
function text(value: string): string {
    return legal(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

/** Attribute values: also quotes, and whitespace a parser would normalise to spaces. */
function attribute(value: string): string {
    return text(value).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}
