/**
 * `smart checkin --from FILE.csv` as a whole process, the way a monthly job runs it: a
 * fresh node per run importing ROWS rows (every goal of the plan on consecutive days after
 * the plan's own check-ins) into a fresh copy of the plan, timed from spawn to exit. The
 * run must exit 0 and report every row added.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { now } from './stats.mjs';

/** Writes the CSV of `rows` entries for the goals of `planFile` into `dir`; returns its path. */
export function writeCheckinCsv(planFile, dir, rows) {
    const goals = [...readFileSync(planFile, 'utf8').matchAll(/^goal ([A-Za-z_][A-Za-z0-9_-]*) /gm)].map(match => match[1]);
    if (goals.length === 0) {
        throw new Error(`${planFile} declares no goal to check in on`);
    }
    const lines = ['date,goal,value,confidence,note'];
    for (let row = 0; row < rows; row++) {
        const day = Math.floor(row / goals.length);
        const date = new Date(Date.UTC(2027, 6, 1) + day * 86_400_000).toISOString().slice(0, 10);
        lines.push(`${date},${goals[row % goals.length]},${100 + row % 97},medium,"Export row ${row + 1}, from the CRM"`);
    }
    mkdirSync(dir, { recursive: true });
    const csv = join(dir, 'actuals.csv');
    writeFileSync(csv, lines.join('\n') + '\n');
    return csv;
}

/** Runs the import `runs` times, each into a fresh copy of the plan; returns the wall times in ms. */
export function timeCheckinProcess(bin, planFile, dir, rows, runs) {
    const csv = writeCheckinCsv(planFile, dir, rows);
    const target = join(dir, 'plan.smart');
    const samples = [];
    for (let run = 0; run < runs; run++) {
        copyFileSync(planFile, target);
        const start = now();
        const result = spawnSync(process.execPath, [bin, 'checkin', target, '--from', csv], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
        samples.push(now() - start);
        if (result.status !== 0 || !result.stdout.includes(`: ${rows} added, 0 unchanged, 0 replaced`)) {
            throw new Error(`smart checkin --from ${rows} rows exited ${result.status ?? result.signal}: ${result.stdout}${result.stderr}`);
        }
    }
    return samples;
}
