/**
 * The `smart` command line: dispatches to a command, and turns every expected failure
 * into one line on stderr with exit code 2. An unexpected failure is reported as a bug in
 * one line too, never as a stack trace (set SMART_DEBUG=1 to see it).
 */
import { closestNames, maxOf } from '@smart-plan/language/common';
import { CliError } from './cli-error.js';
import type { CommandContext } from './command-context.js';
import { COMMANDS } from './commands/index.js';
import { cliVersion } from './manifest.js';
import { terminalLines } from './terminal-style.js';

function help(): string {
    const width = maxOf(Object.keys(COMMANDS).map(name => name.length));
    const commands = Object.entries(COMMANDS).map(([name, command]) => `  ${name.padEnd(width)}   ${command.summary}`);
    return `Usage: smart <command> [options]

Plan-as-code for marketing: checks .smart plans against the SMART method.

Commands:
${commands.join('\n')}

Options:
  -h, --help      show help (also: smart <command> --help)
  -v, --version   print the version`;
}

export async function main(args: string[], given: CommandContext = processContext()): Promise<number> {
    // stderr is read by people only: no control character of a file name or a plan reaches the terminal.
    const context: CommandContext = { ...given, stderr: text => given.stderr(terminalLines(text)) };
    const [command, ...rest] = args;
    try {
        switch (command) {
            case undefined:
            case '-h':
            case '--help':
            case 'help':
                context.stdout(help() + '\n');
                return command === undefined ? 2 : 0;
            case '-v':
            case '--version':
                context.stdout(cliVersion() + '\n');
                return 0;
            default: {
                const known = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
                if (!known) {
                    const [closest] = closestNames(command, Object.keys(COMMANDS), 1);
                    throw new CliError(`unknown command '${command}' (${closest ? `did you mean smart ${closest}? ` : ''}see smart --help)`);
                }
                return await known.run(rest, context);
            }
        }
    } catch (error) {
        context.stderr(`smart: ${describeFailure(error)}\n`);
        if (process.env.SMART_DEBUG && error instanceof Error && !(error instanceof CliError)) {
            context.stderr(`${error.stack}\n`);
        }
        return 2;
    }
}

function describeFailure(error: unknown): string {
    if (error instanceof CliError) {
        return error.message;
    }
    const message = error instanceof Error ? error.message : String(error);
    return `internal error: ${message.split('\n')[0]} (please report it)`;
}

function processContext(): CommandContext {
    // A reader that stops early (`smart lint | head`) closes the pipe: stop quietly.
    for (const stream of [process.stdout, process.stderr]) {
        stream.on('error', error => {
            if ((error as NodeJS.ErrnoException).code === 'EPIPE') {
                process.exit(process.exitCode ?? 0);
            }
            throw error;
        });
    }
    return {
        cwd: process.cwd(),
        stdout: text => process.stdout.write(text),
        stderr: text => process.stderr.write(text),
        isTTY: process.stdout.isTTY === true,
        env: process.env
    };
}
