/**
 * `smart fmt [paths...]`: formats plans in place with the language's formatter (the
 * editor's "Format Document"). `--check` lists the files that would change and exits 1,
 * writing nothing. A plan with syntax errors is left untouched and reported; a file's
 * byte-order mark and line breaks (CRLF stays CRLF) are kept.
 */
import { writeFileSync } from 'node:fs';
import { formatPlan } from '@smart-plan/language';
import { parseCommandArgs } from '../arguments.js';
import type { CommandContext } from '../command-context.js';
import { displayPath } from '../diagnostics.js';
import { collectPlanFiles } from '../plan-files.js';
import { loadPlanTexts, readImportFromDisk, readPlanFile } from '../plan-workspace.js';
import { BYTE_ORDER_MARK, fileHasByteOrderMark } from '../plan-text.js';

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
    const files = collectPlanFiles(positionals, context.cwd);
    const sources = files.map(path => ({ path, text: readPlanFile(path) }));
    const { services, documents } = await loadPlanTexts(sources, readImportFromDisk, undefined, { validation: false });
    let unformatted = 0;
    let broken = 0;
    for (const document of documents) {
        const shown = displayPath(document.uri.fsPath, context.cwd);
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
        } else {
            const path = document.uri.fsPath;
            writeFileSync(path, (fileHasByteOrderMark(path) ? BYTE_ORDER_MARK : '') + result.text);
            context.stdout(`formatted ${shown}\n`);
        }
    }
    if (values.check && unformatted > 0) {
        context.stderr(`smart: ${unformatted} of ${documents.length} plan${documents.length === 1 ? ' is' : 's are'} not formatted (run smart fmt)\n`);
    }
    return broken > 0 || (values.check && unformatted > 0) ? 1 : 0;
}
