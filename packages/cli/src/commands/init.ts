/**
 * `smart init [NAME]`: writes a starter plan NAME.smart (default `plan.smart`) that
 * lints clean and shows each construct once. Never overwrites an existing file (created
 * atomically: a plan appearing meanwhile is not replaced either). A name that is empty,
 * names a folder, or holds a line break or another control character is refused.
 */
import { basename, resolve } from 'node:path';
import { hasControlCharacters, parseIsoDay, starterPlan, systemToday, visibleControlCharacters } from '@smart-plan/language';
import { parseCommandArgs } from '../arguments.js';
import { writeFileAtomic } from '../atomic-write.js';
import { CliError } from '../cli-error.js';
import type { CommandContext } from '../command-context.js';

export const INIT_HELP = `Usage: smart init [NAME] [--today DATE]

Writes NAME.smart (default plan.smart), a starter plan that shows every construct once
and lints clean. An existing file is never overwritten.

Options:
  --today DATE   date the plan from this day instead of today (YYYY-MM-DD)
  -h, --help     show this help`;

export async function runInit(args: string[], context: CommandContext): Promise<number> {
    const { values, positionals } = parseCommandArgs('init', args, { today: { type: 'string' }, help: { type: 'boolean', short: 'h' } });
    if (values.help) {
        context.stdout(INIT_HELP + '\n');
        return 0;
    }
    if (positionals.length > 1) {
        throw new CliError('init takes one NAME at most');
    }
    const name = planName(positionals[0] ?? 'plan');
    const file = resolve(context.cwd, `${name}.smart`);
    const today = values.today === undefined ? systemToday() : parseIsoDay(values.today);
    if (today === undefined) {
        throw new CliError(`--today: '${values.today}' is not a real date written YYYY-MM-DD`);
    }
    const title = basename(name).replace(/[-_]+/g, ' ').replace(/^\w/, c => c.toUpperCase());
    writeFileAtomic(file, starterPlan(title, today), { createOnly: true, label: `${name}.smart` });
    context.stdout(`wrote ${name}.smart — check it with: smart lint ${shellQuoted(`${name}.smart`)}\n`);
    return 0;
}

/** NAME without `.smart`; a CliError when it cannot name a plan file. */
function planName(argument: string): string {
    if (hasControlCharacters(argument)) {
        throw new CliError(`init: the name '${visibleControlCharacters(argument)}' holds a line break or another control character; choose a name without`);
    }
    const name = argument.replace(/\.smart$/i, '');
    if (name.trim() === '' || basename(name).trim() === '' || /[/\\]$/.test(name)) {
        throw new CliError(`init: '${argument}' names no file; give the plan a name (smart init acme-2027)`);
    }
    return name;
}

/** The file name as a POSIX shell reads it back: quoted when it holds anything but plain characters. */
function shellQuoted(file: string): string {
    return /^[\w@%+=:,./-]+$/.test(file) ? file : `'${file.replace(/'/g, `'\\''`)}'`;
}
