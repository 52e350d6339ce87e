/**
 * Test helpers for the semantic diff: two versions of a plan (and of the files it imports)
 * compared the way `smart diff` does, each side in its own language-services instance;
 * and a scratch folder of plan files.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { PlanChange } from '@smart-plan/language';
import { comparePlans } from '../../packages/cli/src/diff/compare-plans.js';

const DIR = '/plans';

export interface Versions {
    /** Other files on each side, by name relative to the plan's folder. */
    oldImports?: Record<string, string>;
    newImports?: Record<string, string>;
}

/** The changes from `before` to `after` (undefined: the plan does not exist on that side). */
export async function diffTexts(before: string | undefined, after: string | undefined, versions: Versions = {}): Promise<PlanChange[]> {
    const path = `${DIR}/plan.smart`;
    const reader = (files: Record<string, string> = {}) => (absolute: string) => files[absolute.slice(DIR.length + 1)];
    const changes = await comparePlans(
        [{ file: 'plan.smart', old: before === undefined ? undefined : { path, label: 'old', text: before }, new: after === undefined ? undefined : { path, label: 'new', text: after } }],
        { old: reader(versions.oldImports), new: reader(versions.newImports) }
    );
    return changes.map(({ file: _file, ...change }) => change);
}

/** The changes as `kind name: detail [class]` lines, for compact assertions. */
export function lines(changes: PlanChange[]): string[] {
    return changes.map(c => `${c.kind} ${c.name}: ${c.detail}${c.class === 'neutral' ? '' : ` [${c.class}]`}`);
}

export function scratchDir(files: Record<string, string>, prefix = 'smart-diff-'): string {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    writeFiles(dir, files);
    return dir;
}

export function writeFiles(dir: string, files: Record<string, string>): void {
    for (const [name, text] of Object.entries(files)) {
        mkdirSync(dirname(join(dir, name)), { recursive: true });
        writeFileSync(join(dir, name), text);
    }
}
