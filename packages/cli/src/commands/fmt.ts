/**
 * `smart fmt [paths...]`: formats plans in place with the language's formatter (the
 * editor's "Format Document"). `--check` lists the files that would change and exits 1,
 * writing nothing. A plan with syntax errors is left untouched and reported; a file's
 * byte-order mark and line breaks (CRLF stays CRLF) are kept. Each plan is written
 * atomically (atomic-write.ts), and not at all when it changed on disk since it was read
 * (a save made while a large plan was being formatted is kept, and reported).
 */
import { formatPlan, visibleControlCharacters } from '@smart-plan/language';
import { parseCommandArgs } from '../arguments.js';
import { writeFileAtomic } from '../atomic-write.js';
import { CliError } from '../cli-error.js';
import type { CommandContext } from '../command-context.js';
import { displayPath } from '../diagnostics.js';
import { collectPlanFiles } from '../plan-files.js';
import { loadPlanTexts, readImportFromDisk, readPlanSnapshot } from '../plan-workspace.js';
import { BYTE_ORDER_MARK } from '../plan-text.js';

export const FMT_HELP = `Usage: smart fmt [paths or directories...] [--check]

Formats .smart plans in place: one property per line, four-space indentation, comments
kept. Without paths, every .smart file under the current directory.

Options:
  --check      list files that are not formatted and exit 1, without writing
  -h, --help   show this help

Exit codes: 0 formatted (or all already formatted with --check), 1 unformatted files
with --check or files with syntax errors, 2 usage or file error.`;

export async function runFmt(args: string[], context: CommandContext): Promise<number> {
    const { values, positionals } = parseCommandArgs('fmt', args, { check: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } });
    if (values.help) {
        context.stdout(FMT_HELP + '\n');
        return 0;
    }
    const files = collectPlanFiles(positionals, context.cwd, note => context.stderr(`smart: ${note}\n`));
    const snapshots = files.map(path => readPlanSnapshot(path, displayPath(path, context.cwd)));
    const { services, documents } = await loadPlanTexts(files.map((path, index) => ({ path, text: snapshots[index].text })), readImportFromDisk, undefined, { validation: false });
    let unformatted = 0;
    let broken = 0;
    for (const [index, document] of documents.entries()) {
        const shown = visibleControlCharacters(displayPath(document.uri.fsPath, context.cwd));
        const result = await formatPlan(services, document);
        if (!result.ok) {
            broken++;
            context.stderr(`smart: ${shown}: ${result.reason}\n`);
            continue;
        }
        if (result.text === document.textDocument.getText()) {
            continue;
        }
        unformatted++;
        if (values.check) {
            context.stdout(`${shown}\n`);
            continue;
        }
        const snapshot = snapshots[index];
        try {
            writeFileAtomic(document.uri.fsPath, (snapshot.hadByteOrderMark ? BYTE_ORDER_MARK : '') + result.text, { unchangedSince: snapshot.read, label: shown });
        } catch (error) {
            if (!(error instanceof CliError)) {
                throw error;
            }
            broken++;
            context.stderr(`smart: ${error.message}\n`);
            continue;
        }
        context.stdout(`formatted ${shown}\n`);
    }
    if (values.check && unformatted > 0) {
        context.stderr(`smart: ${unformatted} of ${documents.length} plan${documents.length === 1 ? ' is' : 's are'} not formatted (run smart fmt)\n`);
    }
    return broken > 0 || (values.check && unformatted > 0) ? 1 : 0;
}
