/**
 * `smart lint` as a whole process, the way CI and a terminal run it: a fresh node per run,
 * timed from spawn to exit. Output goes to /dev/null; exit codes 0 and 1 (lint findings)
 * are normal, anything else fails the benchmark.
 */
import { spawnSync } from 'node:child_process';
import { now } from './stats.mjs';

/** Runs `smart lint ARGS` `runs` times in `cwd`; returns the wall times in ms. */
export function timeLintProcess(bin, args, cwd, runs) {
    const samples = [];
    for (let run = 0; run < runs; run++) {
        const start = now();
        const result = spawnSync(process.execPath, [bin, 'lint', ...args], { cwd, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
        samples.push(now() - start);
        if (result.status !== 0 && result.status !== 1) {
            throw new Error(`smart lint ${args.slice(0, 3).join(' ')}${args.length > 3 ? ' ...' : ''} exited ${result.status ?? result.signal}: ${result.stderr}`);
        }
    }
    return samples;
}
