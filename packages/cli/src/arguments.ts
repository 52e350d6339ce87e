/**
 * Command-line arguments of a `smart` command: Node's parseArgs, with its errors turned
 * into one line in the user's terms (`unknown option '--formt' (did you mean --format?)`)
 * that names the command's help; and the did-you-mean for a value outside a fixed set
 * (`--format jsn`).
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { closestNames } from '@smart-plan/language/common';
import { CliError } from './cli-error.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** What parseArgs makes of these options (positionals allowed, strict). */
export type ParsedArgs<T extends Options> = ReturnType<typeof parseArgs<{ args: string[]; options: T; allowPositionals: true; strict: true }>>;

/** parseArgs (positionals allowed; unknown options refused); a bad argument is a CliError. */
export function parseCommandArgs<T extends Options>(command: string, args: string[], options: T): ParsedArgs<T> {
    try {
        return parseArgs({ args, options, allowPositionals: true, strict: true });
    } catch (error) {
        const code = (error as { code?: string }).code;
        if (typeof code !== 'string' || !code.startsWith('ERR_PARSE_ARGS')) {
            throw error;
        }
        const { problem, suggestion } = describeArgumentError(code, (error as Error).message, options);
        throw new CliError(`${problem} (${suggestion ? `${suggestion} ` : ''}see smart ${command} --help)`);
    }
}

function describeArgumentError(code: string, message: string, options: Options): { problem: string; suggestion?: string } {
    const quoted = /'([^']*)'/.exec(message)?.[1] ?? '';
    switch (code) {
        case 'ERR_PARSE_ARGS_UNKNOWN_OPTION': {
            const typed = quoted.split('=')[0];
            // A long option is suggested for a long one; a one-letter typo has too many neighbours.
            const [closest] = typed.startsWith('--') ? closestNames(typed, Object.keys(options).map(name => `--${name}`), 1) : [];
            return { problem: `unknown option '${typed}'`, suggestion: closest && `did you mean ${closest}?` };
        }
        case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE': {
            const name = /--[\w-]+/.exec(message)?.[0] ?? quoted;
            return { problem: message.includes('does not take an argument') ? `${name} takes no value` : `${name} needs a value` };
        }
        default:
            return { problem: message.split('\n')[0] };
    }
}

/** The error for `--format jsn`: the known values, and the closest one. */
export function unknownChoice(option: string, what: string, value: string, choices: readonly string[]): CliError {
    const [closest] = closestNames(value, choices, 1);
    return new CliError(`${option}: unknown ${what} '${value}' (${closest ? `did you mean ${closest}? ` : ''}expected ${choices.join(', ')})`);
}
