/**
 * `smart checkin PLAN GOAL VALUE` and `smart checkin PLAN --from FILE.csv`: records
 * measured values in a plan, so actuals can come from a spreadsheet export or a scheduled
 * job. The edits are the language package's (checkinEdits: each entry into the check-in
 * block of its date, in the formatter's layout, every other byte kept); this command reads
 * the input, checks all of it before writing anything, and writes the plan as
 * checkin-plan.ts does (atomically, refusing a plan that changed on disk meanwhile).
 * `--dry-run` prints the semantic diff of the change instead. Exit 0 written (or nothing
 * to change), 2 on any problem (the plan is untouched).
 */
import { resolve } from 'node:path';
import type { CheckinInput } from '@smart-plan/language';
import { parseCommandArgs } from '../arguments.js';
import { readCheckinCsv, type CsvEntry } from '../checkin-csv.js';
import { checkinPlanFile, checkinSummary, defaultCheckinDate } from '../checkin-plan.js';
import { CliError } from '../cli-error.js';
import type { CommandContext } from '../command-context.js';
import { applyConfigOptions, CONFIG_OPTIONS, CONFIG_OPTIONS_HELP } from '../config-options.js';
import { displayPath } from '../diagnostics.js';
import { comparePlans } from '../diff/compare-plans.js';
import { formatDiffText } from '../diff/format-text.js';
import { collectPlanFiles } from '../plan-files.js';
import { createServices, readImportFromDisk } from '../plan-workspace.js';
import { colorEnabled } from '../terminal-style.js';

export const CHECKIN_HELP = `Usage: smart checkin PLAN GOAL VALUE [--date DATE] [--confidence C] [--note TEXT] [options]
       smart checkin PLAN --from FILE.csv [options]

Records measured values in a plan: each entry goes into the check-in block of its date
(a new block, in date order, when there is none). Everything else in the plan stays as
it is. The goal must be declared in PLAN or in a plan it imports.

  GOAL VALUE           one entry: a goal name and a value as a plan writes it (150, 7.5%)
  --date DATE          its date (default: today), any date form of the language
  --confidence C       low, medium or high
  --note TEXT          a note (one line)
  --from FILE.csv      every row of a CSV file with a header row naming the columns
                       date, goal, value and optionally confidence and note (any order)

Options:
  --replace            rewrite an entry of the same goal and date that has another value
                       (without it, that is an error)
  --dry-run            print the semantic diff of the change instead of writing
${CONFIG_OPTIONS_HELP}
  -h, --help           show this help

All input is checked before anything is written; any problem is one line
(FILE.csv:LINE: problem) on stderr, exit 2, and the plan is left untouched. An entry
equal to one already in the plan is left as it is (counted unchanged).

Exit codes: 0 written (or nothing to change), 2 a problem with the input, the plan,
the configuration or a file.`;

export async function runCheckin(args: string[], context: CommandContext): Promise<number> {
    const { values, positionals } = parseCommandArgs('checkin', args, {
        date: { type: 'string' },
        confidence: { type: 'string' },
        note: { type: 'string' },
        from: { type: 'string' },
        replace: { type: 'boolean' },
        'dry-run': { type: 'boolean' },
        ...CONFIG_OPTIONS,
        help: { type: 'boolean', short: 'h' }
    });
    if (values.help) {
        context.stdout(CHECKIN_HELP + '\n');
        return 0;
    }
    const [planArgument, ...entryArguments] = positionals;
    if (planArgument === undefined) {
        throw new CliError('checkin needs a plan file (smart checkin PLAN GOAL VALUE, or smart checkin PLAN --from FILE.csv)');
    }
    if (values.from !== undefined && (entryArguments.length > 0 || values.date !== undefined || values.confidence !== undefined || values.note !== undefined)) {
        throw new CliError('--from reads every entry from the CSV file: give no GOAL VALUE, --date, --confidence or --note with it');
    }
    if (values.from === undefined && entryArguments.length !== 2) {
        throw new CliError('checkin takes one entry: smart checkin PLAN GOAL VALUE (or --from FILE.csv for many)');
    }
    const files = collectPlanFiles([planArgument], context.cwd);
    if (files.length !== 1) {
        throw new CliError(`${planArgument}: checkin writes into one plan file, not a directory of ${files.length}`);
    }
    const path = files[0];
    const label = displayPath(path, context.cwd);
    const services = createServices();
    await applyConfigOptions(services, values, files, context.cwd);

    // The input, all of it, before anything else.
    let rows: CsvEntry[] | undefined;
    let entries: CheckinInput[];
    const csvLabel = values.from;
    if (values.from !== undefined) {
        rows = readCheckinCsv(resolve(context.cwd, values.from), values.from);
        entries = rows.map(row => row.input);
    } else {
        const [goal, value] = entryArguments;
        entries = [{
            goal,
            value,
            date: values.date ?? defaultCheckinDate(services, path),
            ...(values.confidence !== undefined ? { confidence: values.confidence } : {}),
            ...(values.note !== undefined ? { note: values.note } : {})
        }];
    }

    // The plan as it is now, its imports (for the goals they declare), and the edits.
    const { outcome, text, updated } = await checkinPlanFile(path, label, entries, services, { replace: values.replace, write: !values['dry-run'] });
    if (outcome.problems.length > 0) {
        for (const problem of outcome.problems) {
            const where = problem.entry === undefined ? label : rows ? `${csvLabel}:${rows[problem.entry].line}` : label;
            const also = problem.sameAs !== undefined && rows ? ` (first on line ${rows[problem.sameAs].line})` : '';
            context.stderr(`smart: ${where}: ${problem.message}${also}\n`);
        }
        return 2;
    }
    const summary = checkinSummary(label, outcome);
    if (values['dry-run']) {
        const changes = await comparePlans([{ file: label, old: { path, text, label }, new: { path, text: updated, label } }], { old: readImportFromDisk, new: readImportFromDisk });
        context.stdout(formatDiffText(changes, { color: colorEnabled(context) }));
        context.stdout(`dry run, nothing written: ${summary}\n`);
        return 0;
    }
    context.stdout(`${summary}\n`);
    return 0;
}
