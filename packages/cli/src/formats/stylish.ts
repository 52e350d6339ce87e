/**
 * The default lint format, after ESLint's `stylish`: diagnostics grouped by file as
 * `line:col  severity  message  rule-id`, then a summary line. Colour only when asked.
 */
import { formatSeverityCounts, plural } from '@smart-plan/language';
import { displayPath, tally, type FileDiagnostics } from '../diagnostics.js';
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
        lines.push(underline(displayPath(file.path, options.cwd)));
        const rows = file.diagnostics.map(d => [`${d.range.start.line + 1}:${d.range.start.character + 1}`, d.severity, d.message, d.rule]);
        const widths = [0, 1].map(column => Math.max(...rows.map(row => row[column].length)));
        for (const [position, severity, message, rule] of rows) {
            const colour = severity === 'error' ? red : severity === 'warning' ? yellow : blue;
            lines.push(`  ${dim(position.padEnd(widths[0]))}  ${colour(severity.padEnd(widths[1]))}  ${message}  ${dim(rule)}`);
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
