/**
 * `smart diff --format text` (the default): the changes of each file under its name, one
 * line per change (`goal growMembers: target lowered 400 → 350 (−50, −12.5%) — regression,
 * not reviewed`, or `reviewed DATE "TITLE": DECISION`), then the summary line. Colour only
 * when asked (a terminal without NO_COLOR). Plan text and file names go to a terminal:
 * their control characters are shown, never sent (an escape sequence could erase the
 * "regression" line above it).
 */
import { visibleControlCharacters as shown } from '@smart-plan/language';
import { palette } from '../terminal-style.js';
import type { FileChange } from './compare-plans.js';
import { NO_SEMANTIC_CHANGES, reviewText, summarizeFileChanges, summaryLine } from './summary.js';

export function formatDiffText(changes: FileChange[], options: { color: boolean }): string {
    if (changes.length === 0) {
        return `${NO_SEMANTIC_CHANGES}\n`;
    }
    const { red, green, bold, underline } = palette(options.color);
    const lines: string[] = [];
    for (const file of [...new Set(changes.map(change => change.file))]) {
        lines.push(underline(shown(file)));
        for (const change of changes.filter(c => c.file === file)) {
            const verdict = change.class === 'regression' ? ` — ${red('regression')}, ${change.review ? shown(reviewText(change.review)) : red('not reviewed')}`
                : change.class === 'improvement' ? ` — ${green('improvement')}` : '';
            const subject = change.name === change.kind ? change.kind : `${change.kind} ${bold(shown(change.name))}`;
            lines.push(`  ${subject}: ${shown(change.detail)}${verdict}`);
        }
        lines.push('');
    }
    const summary = summarizeFileChanges(changes);
    lines.push(summary.unreviewed > 0 ? red(summaryLine(summary)) : summaryLine(summary));
    return lines.join('\n') + '\n';
}
