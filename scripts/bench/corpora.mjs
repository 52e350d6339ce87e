/**
 * Writes the benchmark corpora into a git-ignored folder (.cache/bench/<mode>/): single
 * plans of several sizes, and a workspace of unit plans that each import one shared
 * corporate plan. A `.smartrc.json` at the top fixes `today`, so the rules that depend on
 * the date report the same on every run. Files are only rewritten when their text changes.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { generatePlan } from './plan-generator.mjs';

export const TODAY = '2027-06-30';

/**
 * @param {string} root  the corpus folder
 * @param {{ seed: number, plans: Record<string, number>, workspace: { files: number, lines: number } }} sizes
 * @returns {{ root: string, plans: Record<string, { file: string, lines: number }>, workspace: { dir: string, files: string[], lines: number } }}
 */
export function writeCorpora(root, { seed, plans, workspace }) {
    writeIfChanged(join(root, '.smartrc.json'), JSON.stringify({ today: TODAY }, null, 4) + '\n');
    const written = { root, plans: {}, workspace: undefined };
    Object.entries(plans).forEach(([id, lines], index) => {
        const plan = generatePlan({ seed: seed + index, lines, title: `Benchmark plan ${id}` });
        const file = join(root, id, 'plan.smart');
        writeIfChanged(file, plan.text);
        written.plans[id] = { file, lines: plan.lines };
    });

    const dir = join(root, 'workspace');
    const corporate = generatePlan({ seed: seed + 1000, lines: workspace.lines, title: 'Group marketing plan', prefix: 'corp' });
    const files = [join(dir, 'corporate.smart')];
    writeIfChanged(files[0], corporate.text);
    let lines = corporate.lines;
    for (let unit = 1; unit <= workspace.files; unit++) {
        const plan = generatePlan({
            seed: seed + 1000 + unit,
            lines: workspace.lines,
            title: `Business unit ${unit}`,
            imports: ['../corporate.smart'],
            upstream: corporate.exports
        });
        const file = join(dir, 'units', `unit-${String(unit).padStart(3, '0')}.smart`);
        writeIfChanged(file, plan.text);
        files.push(file);
        lines += plan.lines;
    }
    for (const stale of readdirSync(join(dir, 'units')).map(name => join(dir, 'units', name)).filter(file => !files.includes(file))) {
        rmSync(stale, { force: true }); // left by an earlier run with more units
    }
    written.workspace = { dir, files, lines };
    return written;
}

function writeIfChanged(file, text) {
    if (existsSync(file) && readFileSync(file, 'utf8') === text) {
        return;
    }
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
}
