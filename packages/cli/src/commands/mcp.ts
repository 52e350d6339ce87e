/**
 * `smart mcp [--root DIR] [--allow-write]`: a Model Context Protocol server over stdio, so
 * an AI assistant answers from the plans of a folder (their diagnostics, statuses,
 * forecasts, roll-ups and diffs) instead of guessing from their text (mcp/server.ts).
 * stdout carries the protocol only: console output goes to stderr. The command ends when
 * the client closes stdin.
 */
import { resolve } from 'node:path';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { parseCommandArgs } from '../arguments.js';
import { CliError } from '../cli-error.js';
import type { CommandContext } from '../command-context.js';
import { CONFIG_OPTIONS, CONFIG_OPTIONS_HELP } from '../config-options.js';
import { answerMalformedInput } from '../mcp/malformed-input.js';
import { McpPlans } from '../mcp/mcp-plans.js';
import { createMcpServer } from '../mcp/server.js';
import { WorkspaceRoot } from '../mcp/workspace-root.js';

export const MCP_HELP = `Usage: smart mcp [--root DIR] [--allow-write] [options]

Runs a Model Context Protocol server over stdin/stdout for AI assistants (Claude
Desktop, VS Code, Cursor, ...), answering from the .smart plans of a folder:

  tools      lint_plans, get_plan_report, list_goals, explain_goal, diff_plans,
             and record_checkins with --allow-write
  resources  smart://plans/<path> (each plan), smart://rules (the rule documentation)

Every path a tool is given must lie inside the folder, symbolic links resolved; nothing
outside it is read, imports included.

Options:
  --root DIR           the folder to serve (default: the current directory)
  --allow-write        add the record_checkins tool, which writes plans as smart checkin does
${CONFIG_OPTIONS_HELP}
  -h, --help           show this help

Register it in an assistant's MCP configuration as: npx -y smart-plan mcp --root DIR`;

export async function runMcp(args: string[], context: CommandContext): Promise<number> {
    const { values, positionals } = parseCommandArgs('mcp', args, {
        root: { type: 'string' },
        'allow-write': { type: 'boolean' },
        ...CONFIG_OPTIONS,
        help: { type: 'boolean', short: 'h' }
    });
    if (values.help) {
        context.stdout(MCP_HELP + '\n');
        return 0;
    }
    if (positionals.length > 0) {
        throw new CliError(`mcp takes no plan or folder: '${positionals[0]}' (serve a folder with --root DIR; see smart mcp --help)`);
    }
    const root = WorkspaceRoot.open(resolve(context.cwd, values.root ?? '.'), values.root);
    // Each plan a search skips is named once in the log, not at every tool call that searches.
    const skipped = new Set<string>();
    root.onSkip = note => {
        if (!skipped.has(note)) {
            skipped.add(note);
            context.stderr(`smart mcp: ${note}\n`);
        }
    };
    const plans = new McpPlans(root, values, context.cwd);
    await plans.checkConfig();
    const allowWrite = values['allow-write'] === true;

    // stdout is the protocol channel: nothing else may write to it.
    console.log = console.info = console.debug = (...parts: unknown[]) => console.error(...parts);
    const server = createMcpServer({ plans, allowWrite });
    const transport = new StdioServerTransport();
    answerMalformedInput(transport, line => context.stderr(`${line}\n`));
    const closed = new Promise<number>(done => {
        transport.onclose = () => done(0);
    });
    await server.connect(transport);
    context.stderr(`smart mcp: serving ${root.path} (${allowWrite ? 'writes allowed: record_checkins' : 'read-only'})\n`);
    // The SDK's stdio transport does not watch for the end of stdin: close when the client does.
    process.stdin.once('end', () => void server.close());
    return closed;
}
