/**
 * In-process measurements, against the built packages (run `tsc -b` first): `smart lint`
 * as a function call (the whole command minus process start), one full build split into
 * parse, link and our validation, and the check that a generated corpus parses and links
 * cleanly.
 */
import '@smart-plan/language/polyfill';
import { PerformanceObserver } from 'node:perf_hooks';
import { DocumentState } from 'langium';
import { main } from '../../packages/cli/out/main.js';
import { diagnosticsOf } from '../../packages/cli/out/diagnostics.js';
import { createServices, loadPlans } from '../../packages/cli/out/plan-workspace.js';
import { now } from './stats.mjs';

/** Rules a generated corpus must never trigger: it has to parse, link and import cleanly. */
const CORPUS_FAULTS = ['syntax-error', 'unresolved-reference', 'unresolved-import', 'duplicate-name'];

/** Runs `smart lint ARGS` in this process, output discarded; returns its exit code. */
export async function lintInProcess(args, cwd) {
    const context = { cwd, stdout: () => undefined, stderr: () => undefined, isTTY: false, env: {} };
    const code = await main(['lint', ...args], context);
    if (code !== 0 && code !== 1) {
        throw new Error(`smart lint ${args.join(' ')} (in process) exited ${code}`);
    }
    return code;
}

/**
 * Loads and builds the files as `smart lint` does, measuring each phase: parse (the
 * document factory), link (Langium's indexing, scoping, linking and reference indexing)
 * and validation (our rules, and Langium's reporting of parse and link errors). Each phase
 * is measured in wall time and in the process's CPU time (all of its threads, so it
 * includes the compiler's and the garbage collector's helpers), and the garbage
 * collector's pauses on the main thread are counted per phase, for information: a pause
 * lands in whichever phase fills the young generation. The ratio is of wall times, pauses
 * included where they fell. Building the parser itself, once per process, is left out.
 * After the build, the roll-up (the workspace's alignment, which the editor's hover and
 * code lens and the report ask for once per build) is timed on its own.
 */
export async function buildPhases(files) {
    const services = createServices();
    void services.parser.LangiumParser; // built lazily on first use: not part of parsing a plan
    const factory = services.shared.workspace.LangiumDocumentFactory;
    const builder = services.shared.workspace.DocumentBuilder;
    const pauses = [];
    const gcObserver = new PerformanceObserver(list => {
        for (const entry of list.getEntries()) {
            pauses.push({ start: entry.startTime, end: entry.startTime + entry.duration });
        }
    });
    gcObserver.observe({ entryTypes: ['gc'] });
    /** The time windows of each phase, on the performance clock. */
    const windows = { parse: [], link: [], validation: [] };
    const parse = { wall: 0, cpu: 0 };
    const fromString = factory.fromString.bind(factory);
    factory.fromString = (...args) => {
        const start = clock();
        try {
            return fromString(...args);
        } finally {
            const end = clock();
            parse.wall += end.wall - start.wall;
            parse.cpu += end.cpu - start.cpu;
            windows.parse.push([start.wall, end.wall]);
        }
    };
    const marks = {};
    const build = builder.build.bind(builder);
    builder.build = (...args) => {
        marks.start = clock();
        return build(...args);
    };
    for (const state of [DocumentState.IndexedReferences, DocumentState.Validated]) {
        builder.onBuildPhase(state, () => {
            marks[state] = clock();
        });
    }
    await loadPlans(files, services);
    // The roll-up: the workspace's alignment (each goal's status and forecast, the roll-ups
    // and the tree), computed once per build when first asked for (hover, code lens, preview, report).
    const rollupStart = clock();
    services.plan.Alignment.tree();
    const rollupEnd = clock();
    const rollup = { wall: rollupEnd.wall - rollupStart.wall, cpu: rollupEnd.cpu - rollupStart.cpu };
    await new Promise(resolve => setTimeout(resolve, 0)).then(() => new Promise(resolve => setImmediate(resolve))); // GC entries arrive a turn later
    gcObserver.disconnect();
    const between = (from, to, kind) => marks[to][kind] - marks[from][kind];
    const link = { wall: between('start', DocumentState.IndexedReferences, 'wall'), cpu: between('start', DocumentState.IndexedReferences, 'cpu') };
    const validation = { wall: between(DocumentState.IndexedReferences, DocumentState.Validated, 'wall'), cpu: between(DocumentState.IndexedReferences, DocumentState.Validated, 'cpu') };
    windows.link.push([marks.start.wall, marks[DocumentState.IndexedReferences].wall]);
    windows.validation.push([marks[DocumentState.IndexedReferences].wall, marks[DocumentState.Validated].wall]);
    for (const [name, phase] of Object.entries({ parse, link, validation })) {
        phase.gc = pausedWithin(pauses, windows[name]);
    }
    return {
        parse,
        link,
        validation,
        ratio: validation.wall / (parse.wall + link.wall),
        rollup,
        // Counted here, so no caller keeps the documents (and their memory) alive.
        diagnostics: countDiagnostics(services.shared.workspace.LangiumDocuments.all.toArray())
    };
}

/** How long the pauses overlap the windows, in ms. */
function pausedWithin(pauses, windows) {
    let paused = 0;
    for (const pause of pauses) {
        for (const [start, end] of windows) {
            paused += Math.max(0, Math.min(pause.end, end) - Math.max(pause.start, start));
        }
    }
    return paused;
}

/** Wall time and this process's CPU time (user + system), in ms. */
function clock() {
    const { user, system } = process.cpuUsage();
    return { wall: now(), cpu: (user + system) / 1000 };
}

function countDiagnostics(documents) {
    const rules = {};
    for (const document of documents) {
        for (const { rule } of diagnosticsOf(document)) {
            rules[rule] = (rules[rule] ?? 0) + 1;
        }
    }
    return rules;
}

/** Throws when a corpus has a diagnostic a generated corpus must never have. */
export function checkCorpus(name, diagnostics) {
    const faults = CORPUS_FAULTS.filter(rule => diagnostics[rule] > 0);
    if (faults.length > 0) {
        throw new Error(`the generated ${name} corpus is not clean: ${faults.map(rule => `${diagnostics[rule]} × ${rule}`).join(', ')}`);
    }
}
