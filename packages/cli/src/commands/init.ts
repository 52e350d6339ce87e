/**
 * `smart init [NAME]`: writes a starter plan NAME.smart (default `plan.smart`) that
 * lints clean and shows each construct once. Never overwrites an existing file.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { parseIsoDay, starterPlan, systemToday } from '@smart-plan/language';
import { parseCommandArgs } from '../arguments.js';
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
    const name = (positionals[0] ?? 'plan').replace(/\.smart$/, '');
    const file = resolve(context.cwd, `${name}.smart`);
    if (existsSync(file)) {
        throw new CliError(`${name}.smart already exists; not overwriting it`);
    }
    const today = values.today === undefined ? systemToday() : parseIsoDay(values.today);
    if (today === undefined) {
        throw new CliError(`--today: '${values.today}' is not a real date written YYYY-MM-DD`);
    }
    const title = basename(name).replace(/[-_]+/g, ' ').replace(/^\w/, c => c.toUpperCase());
    try {
        writeFileSync(file, starterPlan(title, today), { flag: 'wx' });
    } catch (error) {
        throw new CliError(`${name}.smart: cannot write the file (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`);
    }
    context.stdout(`wrote ${name}.smart — check it with: smart lint ${shellQuoted(`${name}.smart`)}\n`);
    return 0;
}

/** The file name as a POSIX shell reads it back: quoted when it holds anything but plain characters. */
function shellQuoted(file: string): string {
    return /^[\w@%+=:,./-]+$/.test(file) ? file : `'${file.replace(/'/g, `'\\''`)}'`;
}
