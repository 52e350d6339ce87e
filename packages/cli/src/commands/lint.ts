/**
 * `smart lint [paths...]`: checks plans against the SMART rules and prints diagnostics.
 * Exit 0 when clean (or warnings within --max-warnings), 1 on lint errors.
 */
import { parseArgs } from 'node:util';
import { CliError } from '../cli-error.js';
import { diagnosticsOf, tally, type FileDiagnostics } from '../diagnostics.js';
import { formatStylish } from '../formats/stylish.js';
import { collectPlanFiles } from '../plan-files.js';
import { loadPlans } from '../plan-workspace.js';

export const LINT_HELP = `Usage: smart lint [paths or directories...] [options]

Checks .smart plans against the SMART rules. Without paths, every .smart file under
the current directory. Imports are followed and linked.

Options:
  --format stylish   output format (stylish)
  -h, --help         show this help

Exit codes: 0 clean, 1 lint errors, 2 usage or file error.`;

export interface CommandContext {
    cwd: string;
    stdout: (text: string) => void;
    stderr: (text: string) => void;
    isTTY: boolean;
    env: NodeJS.ProcessEnv;
}

export async function runLint(args: string[], context: CommandContext): Promise<number> {
    const { values, positionals } = parseArgs({
        args,
        allowPositionals: true,
        options: {
            format: { type: 'string', default: 'stylish' },
            help: { type: 'boolean', short: 'h' }
        }
    });
    if (values.help) {
        context.stdout(LINT_HELP + '\n');
        return 0;
    }
    if (values.format !== 'stylish') {
        throw new CliError(`--format: unknown format '${values.format}' (expected stylish)`);
    }
    const files = collectPlanFiles(positionals, context.cwd);
    if (files.length === 0) {
        throw new CliError(`no .smart files under ${context.cwd}`);
    }
    const { documents } = await loadPlans(files);
    const results: FileDiagnostics[] = documents.map(document => ({ path: document.uri.fsPath, diagnostics: diagnosticsOf(document) }));
    const color = context.isTTY && !('NO_COLOR' in context.env);
    context.stdout(formatStylish(results, { color, cwd: context.cwd }));
    return tally(results).errors > 0 ? 1 : 0;
}
