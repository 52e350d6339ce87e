/**
 * `smart diff --format markdown`: a pull-request comment. A summary line (n added,
 * n removed, n changed, n regressions and how many are not reviewed), a line naming the
 * regressions that still need a review, then a table per element kind with its
 * regressions first and marked, then its improvements, then the rest. A file column
 * appears when more than one file changed; a review column (the decision quoted) when the
 * table holds a regression. Plan text and file names are inert (the shared
 * escapeMarkdown): a pull request's plan cannot embed an image, a link, an @mention or a
 * #123 reference in the comment.
 */
import { DIFF_ELEMENT_KINDS, escapeMarkdown, KIND_WORDS, visibleControlCharacters, type ChangeClass } from '@smart-plan/language';
import type { FileChange } from './compare-plans.js';
import { NO_SEMANTIC_CHANGES, summarizeFileChanges, summaryLine } from './summary.js';

const CLASS_ORDER: ChangeClass[] = ['regression', 'improvement', 'neutral'];
const MARKS: Record<ChangeClass, string> = { regression: '🔴 **regression**', improvement: '🟢 improvement', neutral: '' };

export function formatDiffMarkdown(changes: FileChange[]): string {
    if (changes.length === 0) {
        return `${NO_SEMANTIC_CHANGES}\n`;
    }
    const withFile = new Set(changes.map(change => change.file)).size > 1;
    const summary = summarizeFileChanges(changes);
    const sections = [`### Semantic plan diff`, `**${summaryLine(summary)}**`];
    if (summary.unreviewed > 0) {
        sections.push(`⚠️ ${summary.unreviewed === 1 ? '1 regression needs' : `${summary.unreviewed} regressions need`} a review: record the review that decided it in this change (\`review DATE "Title" { decision "..." about GOAL }\`).`);
    }
    for (const kind of DIFF_ELEMENT_KINDS) {
        const rows = CLASS_ORDER.flatMap(verdict => changes.filter(change => change.kind === kind && change.class === verdict));
        if (rows.length === 0) {
            continue;
        }
        const { heading, headingMany } = KIND_WORDS[kind];
        const withReview = rows.some(change => change.class === 'regression');
        const header = ['', ...(withFile ? ['File'] : []), heading, 'Change', ...(withReview ? ['Review'] : [])];
        const table = [
            row(header),
            row(header.map(() => '---')),
            ...rows.map(change => row([MARKS[change.class], ...(withFile ? [escapeMarkdown(change.file)] : []), code(change.name), escapeMarkdown(change.detail), ...(withReview ? [reviewCell(change)] : [])]))
        ];
        sections.push(`#### ${headingMany}\n\n${table.join('\n')}`);
    }
    return sections.join('\n\n') + '\n';
}

/** The review column: the decision quoted, or that the regression still needs one. */
function reviewCell(change: FileChange): string {
    if (change.class !== 'regression') {
        return '';
    }
    if (!change.review) {
        return '**needs a review**';
    }
    const { date, title, decision } = change.review;
    return escapeMarkdown(`✅ ${date} "${title}": “${decision}”`);
}

/** A name as code (nothing inside a code span renders), or escaped when a backtick would end the span or a pipe the table cell. */
function code(name: string): string {
    return /[`|]/.test(name) ? escapeMarkdown(name) : `\`${visibleControlCharacters(name)}\``;
}

function row(cells: string[]): string {
    return `| ${cells.join(' | ')} |`;
}
