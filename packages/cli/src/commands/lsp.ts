/**
 * `smart lsp --stdio`: the language server over standard input and output, for any LSP
 * client (Neovim, Helix, Emacs, Zed, JetBrains): the same diagnostics, completion and
 * quick fixes as the VS Code extension.
 */
import { setFlagsFromString } from 'node:v8';
import { smartConnectionOptions, startSmartLanguageServer } from '@smart-plan/language';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { parseCommandArgs } from '../arguments.js';
import { CliError } from '../cli-error.js';
import type { CommandContext } from '../command-context.js';
import { FramingChecker } from '../lsp-framing.js';

export const LSP_HELP = `Usage: smart lsp --stdio

Runs the .smart language server over stdin/stdout for any LSP client. Example for
Neovim: vim.lsp.start({ name = 'smart', cmd = { 'smart', 'lsp', '--stdio' } }).`;

export async function runLsp(args: string[], context: CommandContext): Promise<number> {
    const { values, positionals } = parseCommandArgs('lsp', args, { stdio: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } });
    if (values.help) {
        context.stdout(LSP_HELP + '\n');
        return 0;
    }
    if (positionals.length > 0) {
        throw new CliError(`lsp: unexpected argument '${positionals[0]}' (smart lsp --stdio)`);
    }
    if (!values.stdio) {
        throw new CliError('lsp: only --stdio is supported (smart lsp --stdio)');
    }
    // A long-running server: let the heap grow to 1.5× what is live after a collection
    // rather than V8's default (up to 4×), so its memory stays flat over hours of editing
    // (`npm run bench`, 200-plan workspace: RSS rose ~100 MB over 500 edit cycles; now flat).
    setFlagsFromString('--heap-growing-percent=50');
    // A frame the protocol cannot read past ends the server with its reason (lsp-framing.ts).
    const input = process.stdin.pipe(new FramingChecker(reason => {
        process.stderr.write(`smart lsp: unreadable input from the client: ${reason}; exiting\n`);
        process.exit(1);
    }));
    const connection = createConnection(ProposedFeatures.all, input, process.stdout, smartConnectionOptions());
    startSmartLanguageServer(connection);
    // The connection keeps the process alive; it ends when the client sends `exit`.
    return new Promise<number>(() => undefined);
}
