/**
 * The npm package smart-plan as tests meet it: packed by scripts/pack-npm.mjs (from the
 * compiled packages/cli/out that `npm test` builds first) into a fresh temporary folder,
 * once per test file.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../cli/run-smart.js';

let tarball: string | undefined;

/** The path of the packed smart-plan-VERSION.tgz. */
export function packedTarball(): string {
    if (tarball === undefined) {
        const out = mkdtempSync(join(tmpdir(), 'smart-plan-pack-'));
        const packed = spawnSync(process.execPath, [join(repoRoot, 'scripts', 'pack-npm.mjs'), '--out', out], { cwd: repoRoot, encoding: 'utf8' });
        if (packed.status !== 0) {
            throw new Error(`scripts/pack-npm.mjs failed (exit ${packed.status}):\n${packed.stdout}\n${packed.stderr}`);
        }
        tarball = packed.stdout.trim().split('\n').at(-1)!;
    }
    return tarball;
}
