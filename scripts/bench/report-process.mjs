/**
 * `smart report` of a whole workspace (the portfolio, HTML) as a whole process, against
 * `smart lint` of the same files: the two run in turns, a fresh node each, timed from spawn
 * to exit, so a change of load on the machine falls on both alike. The figure is the
 * median of the pairs' ratios (report ÷ lint). The report must exit 0 and write its file.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { median, now } from './stats.mjs';

/** Runs `smart ARGS` once in `cwd`; returns its wall time in ms, or throws when its exit code is not one of `accept`. */
function timed(bin, args, cwd, accept) {
    const start = now();
    const result = spawnSync(process.execPath, [bin, ...args], { cwd, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
    const ms = now() - start;
    if (!accept.includes(result.status)) {
        throw new Error(`smart ${args.slice(0, 3).join(' ')} ... exited ${result.status ?? result.signal}: ${result.stderr}`);
    }
    return ms;
}

/**
 * `runs` pairs of `smart lint FILES` and `smart report FILES --out OUT` in `cwd`; returns
 * the report's and the lint's times in ms, the median ratio, and the report's size.
 */
export function timeReportAgainstLint(bin, files, cwd, outDir, runs) {
    mkdirSync(outDir, { recursive: true });
    const out = join(outDir, 'portfolio.html');
    const report = [];
    const lint = [];
    const ratios = [];
    let bytes = 0;
    for (let run = 0; run < runs; run++) {
        rmSync(out, { force: true });
        lint.push(timed(bin, ['lint', ...files], cwd, [0, 1]));
        report.push(timed(bin, ['report', ...files, '--out', out], cwd, [0]));
        bytes = statSync(out).size;
        ratios.push(report.at(-1) / lint.at(-1));
    }
    return { report, lint, ratio: median(ratios), ratios, bytes };
}
