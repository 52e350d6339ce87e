/**
 * `smart diff --format markdown`: a pull-request comment. A summary line (n added,
 * n removed, n changed, n regressions), then a table per element kind with its
 * regressions first and marked, then its improvements, then the rest. A file column
 * appears when more than one file changed.
 */
import { DIFF_ELEMENT_KINDS, KIND_WORDS, summarizeChanges, type ChangeClass } from '@smart-plan/language';
import type { FileChange } from './compare-plans.js';
import { NO_SEMANTIC_CHANGES, summaryLine } from './summary.js';

const CLASS_ORDER: ChangeClass[] = ['regression', 'improvement', 'neutral'];
const MARKS: Record<ChangeClass, string> = { regression: '🔴 **regression**', improvement: '🟢 improvement', neutral: '' };

export function formatDiffMarkdown(changes: FileChange[]): string {
    if (changes.length === 0) {
        return `${NO_SEMANTIC_CHANGES}\n`;
    }
    const withFile = new Set(changes.map(change => change.file)).size > 1;
    const sections = [`### Semantic plan diff`, `**${summaryLine(summarizeChanges(changes))}**`];
    for (const kind of DIFF_ELEMENT_KINDS) {
        const rows = CLASS_ORDER.flatMap(verdict => changes.filter(change => change.kind === kind && change.class === verdict));
        if (rows.length === 0) {
            continue;
        }
        const { heading, headingMany } = KIND_WORDS[kind];
        const header = ['', ...(withFile ? ['File'] : []), heading, 'Change'];
        const table = [
            row(header),
            row(header.map(() => '---')),
            ...rows.map(change => row([MARKS[change.class], ...(withFile ? [cell(change.file)] : []), code(change.name), cell(change.detail)]))
        ];
        sections.push(`#### ${headingMany}\n\n${table.join('\n')}`);
    }
    return sections.join('\n\n') + '\n';
}

function code(name: string): string {
    return name.includes('`') ? cell(name) : `\`${name}\``;
}

function row(cells: string[]): string {
    return `| ${cells.join(' | ')} |`;
}

/** Table-safe text: pipes escaped, HTML not interpreted. */
function cell(text: string): string {
    return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
