/**
 * The commands of `smart`, in the order `smart --help` lists them. Each is loaded lazily.
 */
import type { Command } from '../command-context.js';

export const COMMANDS: Record<string, Command> = {
    lint: {
        summary: 'check plans against the SMART rules and print diagnostics',
        run: async (args, context) => (await import('./lint.js')).runLint(args, context)
    },
    diff: {
        summary: 'compare plans semantically (two files, a git ref, or as git\'s diff driver)',
        run: async (args, context) => (await import('./diff.js')).runDiff(args, context)
    },
    report: {
        summary: 'write the progress report of a plan (html, markdown or json)',
        run: async (args, context) => (await import('./report.js')).runReport(args, context)
    },
    checkin: {
        summary: 'record measured values in a plan (one entry, or every row of a CSV file)',
        run: async (args, context) => (await import('./checkin.js')).runCheckin(args, context)
    },
    fmt: {
        summary: 'format plans in place (--check to only list unformatted files)',
        run: async (args, context) => (await import('./fmt.js')).runFmt(args, context)
    },
    init: {
        summary: 'write a starter plan that shows every construct once',
        run: async (args, context) => (await import('./init.js')).runInit(args, context)
    },
    mcp: {
        summary: 'serve the plans to AI assistants over the Model Context Protocol (stdio)',
        run: async (args, context) => (await import('./mcp.js')).runMcp(args, context)
    },
    lsp: {
        summary: 'run the language server over stdio (smart lsp --stdio)',
        run: async (args, context) => (await import('./lsp.js')).runLsp(args, context)
    }
};
