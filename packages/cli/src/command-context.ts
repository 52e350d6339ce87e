/**
 * What a command gets from the process: where it runs, how it writes, and whether its
 * output is a terminal. Tests pass their own.
 */
export interface CommandContext {
    cwd: string;
    stdout: (text: string) => void;
    stderr: (text: string) => void;
    isTTY: boolean;
    env: NodeJS.ProcessEnv;
}

export interface Command {
    /** One line for `smart --help`. */
    summary: string;
    /** Loads the command's module only when it runs, so `smart --help` stays instant. */
    run: (args: string[], context: CommandContext) => Promise<number>;
}
