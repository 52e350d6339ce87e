/**
 * `npm run bench`: generates the corpora, measures lint (in process and as whole
 * processes), the split of a build into parse, link and our validation, and the language
 * server's editor loop and memory; prints the figures against their budgets and writes
 * them as JSON. `--quick` proves the harness on small corpora without judging times.
 * Runs against the built packages: `npm run bench` runs `tsc -b` and bundles the CLI first.
 */
import { spawnSync } from 'node:child_process';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleState } from '../../packages/cli/out/bundle-loader.js';
import { findVsix } from './artifacts.mjs';
import { writeCorpora } from './corpora.mjs';
import { buildPhases, checkCorpus, lintInProcess } from './in-process.mjs';
import { timeCheckinProcess } from './checkin-process.mjs';
import { timeLintProcess } from './lint-process.mjs';
import { timeReportAgainstLint } from './report-process.mjs';
import { measureEditorLoop, measureLiveHeap, measureWorkspaceMemory } from './lsp-figures.mjs';
import { measureWebWorker } from './web-worker-figures.mjs';
import { HELP, readOptions } from './options.mjs';
import { figuresTable, judgeFigures, phasesTable, writeJson } from './report.mjs';
import { median, p95, timeRuns } from './stats.mjs';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(repoRoot, 'packages', 'cli', 'bin', 'smart.js');
const progress = text => process.stderr.write(`bench: ${text}\n`);

async function run(options) {
    const corpusRoot = join(repoRoot, '.cache', 'bench', options.quick ? 'quick' : 'full');
    const loadBefore = loadavg();
    progress(`writing the corpora into ${relative(repoRoot, corpusRoot)}/ (seed ${options.seed})`);
    const written = writeCorpora(corpusRoot, options);

    /** What each corpus is linted as: its files, and the arguments and folder `smart lint` runs with. */
    const targets = Object.fromEntries(Object.entries(written.plans).map(([id, plan]) => [id, {
        files: [plan.file], cwd: resolve(plan.file, '..'), args: ['plan.smart'], lines: plan.lines
    }]));
    // The workspace's files are named one by one: `smart lint DIR` skips what .gitignore
    // excludes, and the corpora live in the git-ignored .cache/.
    targets.workspace = {
        files: written.workspace.files,
        cwd: written.workspace.dir,
        args: written.workspace.files.map(file => relative(written.workspace.dir, file)),
        lines: written.workspace.lines
    };
    const corpora = Object.fromEntries(Object.entries(targets).map(([id, target]) => [id, { lines: target.lines, files: target.files.length }]));

    progress('warming up');
    await lintInProcess(targets.plan200.args, targets.plan200.cwd);
    await buildPhases(targets.plan5k.files);

    for (const [id, target] of Object.entries(targets)) {
        // A build of a few thousand lines takes milliseconds and moves by half from run to
        // run (compilation, collections): small corpora get more runs for a steadier median.
        const buildRuns = target.lines < 10_000 ? options.smallBuildRuns : options.runs;
        progress(`${id}: one warm-up build, then build phases ${buildRuns} runs and \`smart lint\` in process ${options.runs} runs`);
        await buildPhases(target.files); // the first build of a corpus compiles code paths its size needs
        const builds = [];
        for (let index = 0; index < buildRuns; index++) {
            const { diagnostics, ...build } = await buildPhases(target.files);
            checkCorpus(id, diagnostics);
            corpora[id].diagnostics = diagnostics;
            builds.push(build);
        }
        const phase = (name, kind) => median(builds.map(build => build[name][kind]));
        corpora[id].phases = {
            parse: phase('parse', 'wall'),
            link: phase('link', 'wall'),
            validation: phase('validation', 'wall'),
            total: median(builds.map(build => build.parse.wall + build.link.wall + build.validation.wall)),
            ratio: median(builds.map(build => build.ratio)),
            rollup: median(builds.map(build => build.rollup.wall)),
            rollupRatio: median(builds.map(build => build.rollup.wall / build.validation.wall)),
            cpu: { parse: phase('parse', 'cpu'), link: phase('link', 'cpu'), validation: phase('validation', 'cpu') },
            gc: { parse: phase('parse', 'gc'), link: phase('link', 'gc'), validation: phase('validation', 'gc') }
        };
        const lint = await timeRuns(options.runs, () => lintInProcess(target.args, target.cwd));
        corpora[id].lintMs = median(lint);
        corpora[id].linesPerSecond = target.lines / (median(lint) / 1000);
    }

    const cli = currentBundle(options.quick);
    progress(`cold \`smart lint\` of ${targets.plan200.lines} lines, ${options.coldRuns} processes`);
    const cold = timeLintProcess(bin, targets.plan200.args, targets.plan200.cwd, options.coldRuns);
    progress(`\`smart lint\` processes on ${targets.plan50k.lines} lines and on the workspace, ${options.runs} each`);
    const process50k = timeLintProcess(bin, targets.plan50k.args, targets.plan50k.cwd, options.runs);
    const processWorkspace = timeLintProcess(bin, targets.workspace.args, targets.workspace.cwd, options.runs);

    progress(`\`smart report\` of the workspace (the portfolio, HTML) and \`smart lint\` of it, in turns, ${options.runs} each`);
    const portfolio = timeReportAgainstLint(bin, targets.workspace.args, targets.workspace.cwd, join(corpusRoot, 'report'), options.runs);

    const checkinRows = options.quick ? 1_000 : 10_000;
    progress(`\`smart checkin --from\` ${checkinRows} rows into the ${targets.plan1k.lines}-line plan, ${options.runs} processes`);
    const checkin = timeCheckinProcess(bin, targets.plan1k.files[0], join(corpusRoot, 'checkin'), checkinRows, options.runs);

    progress(`language server: ${targets.plan1k.lines} lines, ${options.runs} opens and ${options.edits} edits`);
    const loop1k = await measureEditorLoop({ bin, cwd: corpusRoot, file: targets.plan1k.files[0], runs: options.runs, edits: options.edits });
    progress(`language server: ${targets.plan5k.lines} lines, ${options.runs} opens, ${options.edits} edits, ${options.completions} completions, ${options.previews} previews`);
    const loop5k = await measureEditorLoop({
        bin, cwd: corpusRoot, file: targets.plan5k.files[0], runs: options.runs, edits: options.edits, completions: options.completions, previews: options.previews
    });
    progress(`language server: workspace of ${targets.workspace.files.length} plans, then ${options.cycles} open/edit/close cycles`);
    const memory = await measureWorkspaceMemory({ bin, cwd: corpusRoot, dir: targets.workspace.cwd, files: targets.workspace.files, cycles: options.cycles });
    progress(`language server: the same ${options.cycles} cycles again, reading the heap live after a full collection`);
    const liveHeap = await measureLiveHeap({ bin, cwd: corpusRoot, dir: targets.workspace.cwd, files: targets.workspace.files, cycles: options.cycles });
    progress(`web worker: the bundle, and ${options.runs} fresh workers opening the ${targets.plan200.lines}-line plan in Chromium`);
    const web = await measureWebWorker({ file: targets.plan200.files[0], runs: options.runs });
    if (!options.quick && options.package) {
        progress('packaging the VS Code extension (npm run package --workspace smart-plan-vscode)');
        packageExtension();
    }
    const vsix = findVsix(repoRoot);

    const throughput = (samples, lines) => ({ median: lines / (median(samples) / 1000), samples: samples.map(ms => lines / (ms / 1000)) });
    const perLine = id => corpora[id].phases.total / corpora[id].lines;
    const latency = samples => samples ? { median: median(samples), p95: p95(samples), samples } : { median: null };
    const measured = {
        coldLint200: { median: median(cold), p95: p95(cold), samples: cold },
        lintInProcess50k: { median: corpora.plan50k.linesPerSecond },
        lintProcess50k: throughput(process50k, targets.plan50k.lines),
        lintInProcessWorkspace: { median: corpora.workspace.linesPerSecond },
        lintProcessWorkspace: throughput(processWorkspace, targets.workspace.lines),
        linearity: { median: perLine('plan50k') / perLine('plan1k') },
        checkinImport: { median: median(checkin), p95: p95(checkin), samples: checkin },
        portfolioReportWorkspace: { median: median(portfolio.report), p95: p95(portfolio.report), note: `${(portfolio.bytes / 1024 ** 2).toFixed(1)} MB of HTML; \`smart lint\` of the same files ${Math.round(median(portfolio.lint))} ms`, samples: portfolio.report },
        portfolioRatioWorkspace: { median: portfolio.ratio, samples: portfolio.ratios },
        rollupWorkspace: { median: corpora.workspace.phases.rollup },
        rollupRatioWorkspace: { median: corpora.workspace.phases.rollupRatio },
        validationRatio5k: { median: corpora.plan5k.phases.ratio },
        validationRatio50k: { median: corpora.plan50k.phases.ratio },
        validationRatioWorkspace: { median: corpora.workspace.phases.ratio },
        open1k: latency(loop1k.open),
        open5k: latency(loop5k.open),
        edit1k: latency(loop1k.edit),
        edit5k: latency(loop5k.edit),
        completion5k: latency(loop5k.completion),
        preview5k: loop5k.preview ? latency(loop5k.preview) : { median: null, note: 'not available yet' },
        serverMemory: { median: memory.residentMb, note: `loaded in ${Math.round(memory.loadMs)} ms` },
        serverMemoryGrowth: { median: memory.growthMb, note: `last tenth of the cycles vs first tenth; cycle median ${Math.round(median(memory.cycle))} ms`, samples: memory.rss },
        serverLiveHeapGrowth: { median: liveHeap.growthMb, note: `${liveHeap.liveMb.length} readings, first ${liveHeap.liveMb[0]?.toFixed(1)} MB`, samples: liveHeap.liveMb },
        webStart200: web.start ? latency(web.start) : { median: null, note: web.note },
        webOpen200: web.open ? latency(web.open) : { median: null, note: web.note },
        workerBundleSize: { median: web.bundleMb },
        vsixSize: vsix ? { median: vsix.sizeMb, note: relative(repoRoot, vsix.path) } : { median: null, note: 'not packaged yet' }
    };
    const lineLabels = {
        ...Object.fromEntries(Object.entries(targets).map(([id, target]) => [id, target.lines.toLocaleString('en-US')])),
        workspace: `${targets.workspace.files.length} files, ${targets.workspace.lines.toLocaleString('en-US')} lines`,
        cycles: String(options.cycles),
        checkinRows: checkinRows.toLocaleString('en-US')
    };
    const figures = judgeFigures(measured, lineLabels, !options.quick);
    return {
        mode: options.quick ? 'quick' : 'full',
        date: new Date().toISOString(),
        seed: options.seed,
        machine: {
            cores: availableParallelism(),
            cpu: cpus()[0]?.model ?? 'unknown',
            memoryGb: Math.round(totalmem() / 1024 ** 3),
            node: process.version,
            platform: `${process.platform}-${process.arch}`,
            loadAverage: { before: loadBefore.map(round), after: loadavg().map(round) }
        },
        cli,
        runs: { runs: options.runs, smallBuildRuns: options.smallBuildRuns, coldRuns: options.coldRuns, edits: options.edits, completions: options.completions, previews: options.previews, cycles: options.cycles },
        corpora,
        figures,
        failed: Object.entries(figures).filter(([, figure]) => figure.status === 'fail').map(([id]) => id)
    };
}

/**
 * The CLI as shipped is the bundle: in full mode a stale one (the compiled modules changed
 * since `npm run bench` bundled) is bundled again before the whole-process figures.
 */
function currentBundle(quick) {
    let state = bundleState();
    if (state !== 'current' && !quick) {
        progress(`the CLI bundle is ${state}: bundling it again`);
        const bundled = spawnSync(process.execPath, [join(repoRoot, 'scripts', 'bundle-cli.mjs')], { stdio: ['ignore', 'ignore', 'inherit'] });
        state = bundled.status === 0 ? bundleState() : state;
    }
    if (state !== 'current') {
        progress(`the CLI bundle is ${state}: whole-process figures run the modules in out/`);
    }
    return state;
}

/** Packages the extension as users get it, so the .vsix measured is the current code's. */
function packageExtension() {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const packaged = spawnSync(npm, ['run', 'package', '--workspace', 'smart-plan-vscode'], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
    if (packaged.status !== 0) {
        progress(`packaging failed (exit ${packaged.status ?? packaged.signal}): the .vsix size is of an earlier package, if any\n${packaged.stderr}`);
    }
}

function round(value) {
    return Math.round(value * 100) / 100;
}

async function main() {
    const options = readOptions(process.argv.slice(2), process.env);
    if (options.help) {
        console.log(HELP);
        return 0;
    }
    const result = await run(options);
    const { machine } = result;
    console.log(`\nsmart-plan benchmark (${result.mode}) — ${machine.cores} cores (${machine.cpu}), Node ${machine.node}, load average ${machine.loadAverage.before[0]} → ${machine.loadAverage.after[0]}, CLI ${result.cli === 'current' ? 'bundle' : 'from out/'}\n`);
    console.log(figuresTable(result.figures));
    console.log('\nOne build per corpus (median of runs) and `smart lint` in process:\n');
    console.log(phasesTable(result.corpora));
    const out = resolve(repoRoot, options.out);
    writeJson(out, result);
    console.log(`\nwrote ${relative(process.cwd(), out)}`);
    if (result.failed.length > 0) {
        console.log(`budgets missed: ${result.failed.join(', ')}`);
        return 1;
    }
    return 0;
}

main().then(code => {
    process.exitCode = code;
}, error => {
    console.error(`bench: ${error instanceof Error ? error.stack : error}`);
    process.exitCode = 2;
});
