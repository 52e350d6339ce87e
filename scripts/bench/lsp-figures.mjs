/**
 * The editor-loop figures, through the real language server over stdio: open → first
 * diagnostics (a fresh server per run), one-character edits → republished diagnostics,
 * completion and `smart/preview` latency, and the server's memory on a workspace of many
 * plans and its growth over open/edit/close cycles.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { LspSession, METHOD_NOT_FOUND } from './lsp-session.mjs';
import { median, now } from './stats.mjs';

/** Where a one-character edit goes: just inside the first string on a line near the middle. */
export function editPoint(text, marker = '    message "') {
    const lines = text.split('\n');
    const middle = Math.floor(lines.length / 2);
    for (let offset = 0; offset < lines.length; offset++) {
        for (const line of [middle + offset, middle - offset]) {
            const column = lines[line]?.indexOf(marker) ?? -1;
            if (column >= 0) {
                return { line, character: column + marker.length };
            }
        }
    }
    throw new Error(`no '${marker.trim()}' line to edit`);
}

/** Edit number `index`: even ones insert an "x", odd ones take it out again. */
function sendEdit(session, uri, version, point, index) {
    return index % 2 === 0
        ? session.change(uri, version, { start: point, end: point }, 'x')
        : session.change(uri, version, { start: point, end: { line: point.line, character: point.character + 1 } }, '');
}

/**
 * @returns {Promise<{ open: number[], edit: number[], completion?: number[], preview?: number[] | null }>}
 *   preview is null when the server does not know `smart/preview` yet.
 */
export async function measureEditorLoop({ bin, cwd, file, runs, edits, completions = 0, previews = 0 }) {
    const text = readFileSync(file, 'utf8');
    const uri = pathToFileURL(file).href;
    const result = { open: [], edit: [] };
    for (let run = 0; run < runs; run++) {
        const session = new LspSession(bin, cwd);
        try {
            await session.initialize(null);
            const published = session.nextDiagnostics(uri);
            const start = now();
            await session.open(uri, text);
            await published;
            result.open.push(now() - start);
            if (run === runs - 1) {
                result.edit = await timeEdits(session, uri, editPoint(text), edits);
                if (completions > 0) {
                    result.completion = await timeRequests(completions, () => session.request('textDocument/completion', { textDocument: { uri }, position: editPoint(text, '    owner ') }));
                }
                if (previews > 0) {
                    result.preview = await timePreview(session, uri, previews);
                }
            }
        } finally {
            await session.stop();
        }
    }
    return result;
}

async function timeEdits(session, uri, point, edits, firstVersion = 2) {
    const samples = [];
    for (let index = 0; index < edits; index++) {
        const published = session.nextDiagnostics(uri);
        const start = now();
        await sendEdit(session, uri, firstVersion + index, point, index);
        await published;
        samples.push(now() - start);
    }
    return samples;
}

async function timeRequests(count, send) {
    const samples = [];
    for (let index = 0; index < count; index++) {
        const start = now();
        await send();
        samples.push(now() - start);
    }
    return samples;
}

/** Latencies of `smart/preview`, or null while the server answers MethodNotFound. */
async function timePreview(session, uri, count) {
    try {
        return await timeRequests(count, () => session.request('smart/preview', { uri }));
    } catch (error) {
        if (error?.code === METHOD_NOT_FOUND) {
            return null;
        }
        throw error;
    }
}

/**
 * Starts the server on the workspace folder (it indexes every plan in it), opens every
 * plan, one after the other, each once the one before has its diagnostics, and reads the
 * server's memory; then closes them all and runs open → edit → close cycles over the unit
 * plans, reading it after each cycle. RSS moves with every garbage collection, so growth is the median of
 * the last tenth of the cycles minus the median of the first tenth.
 * @returns {Promise<{ loadMs: number, residentMb: number, growthMb: number, afterCyclesMb: number, cycle: number[], rss: number[] }>}
 */
export async function measureWorkspaceMemory({ bin, cwd, dir, files, cycles, nodeArgs = [], env = {}, probe }) {
    const session = new LspSession(bin, cwd, nodeArgs, env);
    try {
        const start = now();
        await session.initialize(pathToFileURL(dir).href);
        for (const file of files) {
            const uri = pathToFileURL(file).href;
            const published = session.nextDiagnostics(uri);
            await session.open(uri, readFileSync(file, 'utf8'));
            await published;
        }
        const loadMs = now() - start;
        const residentMb = session.residentMb();
        for (const file of files) {
            await session.close(pathToFileURL(file).href);
        }
        const units = files.slice(1);
        const cycle = [];
        const rss = [];
        for (let index = 0; index < cycles; index++) {
            const file = units[index % units.length];
            const uri = pathToFileURL(file).href;
            const text = readFileSync(file, 'utf8');
            const cycleStart = now();
            const opened = session.nextDiagnostics(uri);
            await session.open(uri, text, 1);
            await opened;
            await timeEdits(session, uri, editPoint(text), 1);
            await session.close(uri);
            cycle.push(now() - cycleStart);
            rss.push(session.residentMb());
            await probe?.(session, index);
        }
        const tenth = Math.max(1, Math.floor(cycles / 10));
        const growthMb = median(rss.slice(-tenth)) - median(rss.slice(0, tenth));
        return { loadMs, residentMb, growthMb, afterCyclesMb: rss[rss.length - 1], cycle, rss };
    } finally {
        await session.stop();
    }
}

/**
 * The heap live after a full collection, read through scripts/bench/heap-probe.cjs every
 * twentieth of the cycles in a server of its own (the forced collections would move the
 * resident memory the budget judges): growth is the median of the last three readings
 * minus that of the first three.
 * @returns {Promise<{ liveMb: number[], growthMb: number }>}
 */
export async function measureLiveHeap({ bin, cwd, dir, files, cycles }) {
    const folder = mkdtempSync(join(tmpdir(), 'smart-heap-'));
    const out = join(folder, 'heap.txt');
    writeFileSync(out, '');
    const every = Math.max(1, Math.floor(cycles / 20));
    const readings = () => readFileSync(out, 'utf8').split('\n').filter(Boolean).map(Number);
    try {
        await measureWorkspaceMemory({
            bin, cwd, dir, files, cycles,
            nodeArgs: ['--expose-gc', '--require', fileURLToPath(new URL('./heap-probe.cjs', import.meta.url))],
            env: { SMART_HEAP_PROBE_OUT: out },
            probe: async (session, index) => {
                if (index % every !== every - 1) {
                    return;
                }
                const before = readings().length;
                process.kill(session.pid, 'SIGUSR2');
                const deadline = now() + 10_000;
                while (readings().length === before) {
                    if (now() > deadline) {
                        throw new Error('the heap probe in the language server did not answer');
                    }
                    await new Promise(resolve => setTimeout(resolve, 5));
                }
            }
        });
        const liveMb = readings();
        const edge = Math.min(3, Math.max(1, Math.floor(liveMb.length / 2)));
        return { liveMb, growthMb: median(liveMb.slice(-edge)) - median(liveMb.slice(0, edge)) };
    } finally {
        rmSync(folder, { recursive: true, force: true });
    }
}
