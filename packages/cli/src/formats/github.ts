/**
 * `--format github`: GitHub Actions workflow commands, one per diagnostic, which the
 * runner turns into annotations on the pull request's files:
 * `::error file=F,line=L,col=C,endLine=L2,endColumn=C2,title=RULE::MESSAGE` (`warning`
 * for warnings, `notice` for infos), then one plain summary line, so the problems beyond
 * GitHub's limit on annotations per step are still counted in the log.
 *
 * Lines and columns are 1-based, `endColumn` inclusive. GitHub accepts columns only on a
 * one-line range, so a range over several lines carries `line` and `endLine` alone. At
 * most MAX_LISTED_PER_FILE commands per file (GitHub shows far fewer annotations anyway),
 * then a line saying how many more; the summary counts all. The log is a terminal too:
 * control characters are shown, never sent.
 */
import { formatSeverityCounts, plural, visibleControlCharacters, type Severity } from '@smart-plan/language';
import type { Range } from 'vscode-languageserver';
import { MAX_LISTED_PER_FILE, notListedLine, tally, type FileDiagnostics } from '../diagnostics.js';
import { relativePath } from './paths.js';

const COMMANDS: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

export function formatGithub(files: FileDiagnostics[], cwd: string): string {
    const lines: string[] = [];
    for (const file of files) {
        const path = relativePath(file.path, cwd);
        for (const diagnostic of file.diagnostics.slice(0, MAX_LISTED_PER_FILE)) {
            const properties = [['file', path], ...position(diagnostic.range), ['title', diagnostic.rule]]
                .map(([name, value]) => `${name}=${escapeProperty(visibleControlCharacters(value))}`)
                .join(',');
            lines.push(`::${COMMANDS[diagnostic.severity]} ${properties}::${escapeData(visibleControlCharacters(diagnostic.message, '\r\n'))}`);
        }
        if (file.diagnostics.length > MAX_LISTED_PER_FILE) {
            lines.push(`smart: ${visibleControlCharacters(path)}: ${notListedLine(file.diagnostics.length - MAX_LISTED_PER_FILE)}`);
        }
    }
    lines.push(summary(files));
    return lines.join('\n') + '\n';
}

/** The position properties of an LSP range (0-based, end exclusive). */
function position({ start, end }: Range): Array<[string, string]> {
    const line = start.line + 1;
    // A range that stops at the very start of a line ends on the line before.
    const endLine = end.character === 0 && end.line > start.line ? end.line : end.line + 1;
    if (endLine !== line) {
        return [['line', String(line)], ['endLine', String(endLine)]];
    }
    const col = start.character + 1;
    if (end.line !== start.line) {
        return [['line', String(line)], ['col', String(col)], ['endLine', String(endLine)]];
    }
    return [['line', String(line)], ['col', String(col)], ['endLine', String(endLine)], ['endColumn', String(Math.max(col, end.character))]];
}

/** The summary line: `smart: 3 errors, 2 warnings, 1 info in 4 plans`. */
function summary(files: FileDiagnostics[]): string {
    const counts = tally(files);
    const plans = plural(files.length, 'plan');
    if (counts.error + counts.warning + counts.info === 0) {
        return `smart: no problems in ${plans}`;
    }
    return `smart: ${formatSeverityCounts(counts)} in ${plans}`;
}

/** A command's message: `%`, CR and LF are encoded (as @actions/core does). */
export function escapeData(text: string): string {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value: also `:` and `,`, which would end the value. */
export function escapeProperty(text: string): string {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
