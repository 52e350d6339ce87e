/**
 * The commands of `smart`, in the order `smart --help` lists them. Each is loaded lazily.
 */
import type { Command } from '../command-context.js';

export const COMMANDS: Record<string, Command> = {
    lint: {
        summary: 'check plans against the SMART rules and print diagnostics',
        run: async (args, context) => (await import('./lint.js')).runLint(args, context)
    }
};
