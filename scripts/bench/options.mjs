/**
 * The benchmark's settings: full mode (the corpora and run counts the budgets are set
 * for) or quick mode (`--quick` or BENCH_QUICK=1: small corpora and few runs, to prove the
 * harness end to end without judging times), plus --seed and --out.
 */
import { parseArgs } from 'node:util';

const FULL = {
    quick: false,
    plans: { plan200: 200, plan1k: 1_000, plan5k: 5_000, plan50k: 50_000 },
    workspace: { files: 200, lines: 250 },
    runs: 5,
    smallBuildRuns: 15,
    coldRuns: 10,
    edits: 50,
    completions: 20,
    previews: 20,
    cycles: 500
};

const QUICK = {
    quick: true,
    plans: { plan200: 200, plan1k: 300, plan5k: 500, plan50k: 1_500 },
    workspace: { files: 8, lines: 250 },
    runs: 2,
    smallBuildRuns: 2,
    coldRuns: 2,
    edits: 4,
    completions: 2,
    previews: 2,
    cycles: 4
};

export const HELP = `Usage: node scripts/bench/run.mjs [--quick] [--no-package] [--seed N] [--out FILE]

Generates the benchmark corpora into .cache/bench/, measures lint, the build phases and
the language server, prints a table, writes JSON (default .artifacts/bench.json, or
.artifacts/bench-quick.json with --quick) and compares each figure with its budget.
Full mode packages the VS Code extension first (npm run package; --no-package measures the
newest .vsix there is) and exits 1 when a budget is missed. --quick (or BENCH_QUICK=1) uses small corpora
and few runs and judges no times: it exits 0 unless the harness itself fails.`;

export function readOptions(args, env) {
    const { values } = parseArgs({
        args,
        options: {
            quick: { type: 'boolean' },
            'no-package': { type: 'boolean' },
            seed: { type: 'string', default: '2027' },
            out: { type: 'string' },
            help: { type: 'boolean', short: 'h' }
        }
    });
    const quick = values.quick === true || env.BENCH_QUICK === '1' || env.BENCH_QUICK === 'true';
    const seed = Number(values.seed);
    if (!Number.isInteger(seed) || seed < 0) {
        throw new Error(`--seed: expected a whole number, got '${values.seed}'`);
    }
    return {
        ...(quick ? QUICK : FULL),
        help: values.help === true,
        package: values['no-package'] !== true,
        seed,
        out: values.out ?? (quick ? '.artifacts/bench-quick.json' : '.artifacts/bench.json')
    };
}
