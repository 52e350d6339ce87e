/**
 * The default lint format, after ESLint's `stylish`: diagnostics grouped by file as
 * `line:col  severity  message  rule-id` (at most MAX_LISTED_PER_FILE per file, then how
 * many more), then a summary line counting all. Colour only when asked; control characters
 * of plan text and file names are shown, never sent to the terminal.
 */
import { formatSeverityCounts, plural, visibleControlCharacters } from '@smart-plan/language';
import { displayPath, MAX_LISTED_PER_FILE, notListedLine, tally, type FileDiagnostics } from '../diagnostics.js';
import { palette } from '../terminal-style.js';

export interface StylishOptions {
    color: boolean;
    cwd: string;
}

export function formatStylish(files: FileDiagnostics[], options: StylishOptions): string {
    const { red, yellow, blue, dim, underline, bold } = palette(options.color);
    const lines: string[] = [];
    for (const file of files) {
        if (file.diagnostics.length === 0) {
            continue;
        }
        lines.push(underline(visibleControlCharacters(displayPath(file.path, options.cwd))));
        const rows = file.diagnostics.slice(0, MAX_LISTED_PER_FILE)
            .map(d => [`${d.range.start.line + 1}:${d.range.start.character + 1}`, d.severity, visibleControlCharacters(d.message), visibleControlCharacters(d.rule)]);
        const widths = [0, 1].map(column => rows.reduce((widest, row) => Math.max(widest, row[column].length), 0));
        for (const [position, severity, message, rule] of rows) {
            const colour = severity === 'error' ? red : severity === 'warning' ? yellow : blue;
            lines.push(`  ${dim(position.padEnd(widths[0]))}  ${colour(severity.padEnd(widths[1]))}  ${message}  ${dim(rule)}`);
        }
        if (file.diagnostics.length > rows.length) {
            lines.push(`  ${dim(notListedLine(file.diagnostics.length - rows.length))}`);
        }
        lines.push('');
    }
    const counts = tally(files);
    const total = counts.error + counts.warning + counts.info;
    if (total === 0) {
        lines.push(`${plural(files.length, 'plan')} checked: no problems.`);
    } else {
        const summary = `${plural(total, 'problem')} (${formatSeverityCounts(counts)}) in ${plural(files.length, 'plan')}`;
        lines.push(bold((counts.error > 0 ? red : counts.warning > 0 ? yellow : blue)(`✖ ${summary}`)));
    }
    return lines.join('\n') + '\n';
}
