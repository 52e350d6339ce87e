/**
 * Runs the built `smart` binary as a user would, capturing exit code, stdout and stderr.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const bin = fileURLToPath(new URL('../../packages/cli/bin/smart.js', import.meta.url));

export interface SmartRun {
    code: number;
    stdout: string;
    stderr: string;
}

/** `timeout` (ms) kills a run that hangs; it then has code -1 and `timedOut`. */
export function runSmart(args: string[], options: { cwd?: string; env?: Record<string, string>; input?: string; timeout?: number } = {}): SmartRun & { timedOut?: true } {
    const result = spawnSync(process.execPath, [bin, ...args], {
        cwd: options.cwd ?? repoRoot,
        env: { ...process.env, NO_COLOR: '1', ...options.env },
        input: options.input,
        encoding: 'utf8',
        maxBuffer: 1 << 30,
        timeout: options.timeout,
        killSignal: 'SIGKILL'
    });
    const run = { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
    return result.error && (result.error as NodeJS.ErrnoException).code === 'ETIMEDOUT' ? { ...run, timedOut: true } : run;
}
