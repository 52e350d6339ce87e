/**
 * Fast start for `smart`: runs the CLI from dist/smart.cjs, the whole CLI with Langium in
 * one CommonJS file (built by scripts/bundle-cli.mjs), compiled with the V8 code cache kept
 * beside it, so a cold `smart lint` skips resolving, reading and compiling hundreds of
 * modules. The bundle is used only while the compiled modules it was made from are
 * unchanged (dist/smart.stamp.json records each one's modification time, so a `tsc -b`
 * that rewrites one of them makes the bundle stale); otherwise, or with SMART_NO_BUNDLE=1,
 * bin/smart.js runs the modules in out/ as before.
 *
 * The code cache is used only by the Node that made it: dist/smart.cjs.cache.json records
 * that Node's version, architecture and V8 version, and the cache's size and checksum.
 * V8 does not always reject another build's cache: Node 20.10 and 20.19 take one made by
 * Node 20.20 (the same V8 version string) and crash with a segmentation fault, and a cache
 * damaged in place aborts Node.
 */
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import type { CommandContext } from './command-context.js';

export interface BundledCli {
    main(args: string[], context?: CommandContext): Promise<number>;
}

/** The project's own modules a bundle was made from (not node_modules), with their modification times. */
export interface BundleStamp {
    inputs: Array<{ path: string; mtimeMs: number }>;
}

const dist = (name: string): string => fileURLToPath(new URL(`../dist/${name}`, import.meta.url));
export const BUNDLE_FILE = dist('smart.cjs');
export const STAMP_FILE = dist('smart.stamp.json');
export const CODE_CACHE_FILE = dist('smart.cjs.cache');
export const CODE_CACHE_RECORD_FILE = dist('smart.cjs.cache.json');

/** Which Node made a code cache, and the cache's own size and checksum. */
export interface CodeCacheRecord {
    node: string;
    arch: string;
    v8: string;
    bytes: number;
    sha256: string;
}

/** The facts of this process that a code cache must have been made under. */
function runtime(): Pick<CodeCacheRecord, 'node' | 'arch' | 'v8'> {
    return { node: process.version, arch: process.arch, v8: process.versions.v8 };
}

function sha256(data: Buffer): string {
    return createHash('sha256').update(data).digest('hex');
}

export type BundleState = 'current' | 'stale' | 'missing';

/** Whether there is a bundle, and whether it was made from the compiled modules in place now. */
export function bundleState(): BundleState {
    let stamp: BundleStamp;
    try {
        statSync(BUNDLE_FILE);
        stamp = JSON.parse(readFileSync(STAMP_FILE, 'utf8')) as BundleStamp;
    } catch {
        return 'missing';
    }
    const unchanged = stamp.inputs.every(({ path, mtimeMs }) => {
        try {
            return statSync(path).mtimeMs === mtimeMs;
        } catch {
            return false;
        }
    });
    return unchanged ? 'current' : 'stale';
}

/** The bundled CLI when it is current and not switched off; undefined means: use out/. */
export function loadBundledCli(env: NodeJS.ProcessEnv = process.env): BundledCli | undefined {
    if (env.SMART_NO_BUNDLE || bundleState() !== 'current') {
        return undefined;
    }
    return runBundle();
}

let loadedScript: vm.Script | undefined;

/** Compiles and runs the bundle as a CommonJS module, with the code cache unless told not to. */
export function runBundle(options: { codeCache: boolean } = { codeCache: true }): BundledCli {
    const source = readFileSync(BUNDLE_FILE, 'utf8');
    const cachedData = options.codeCache ? usableCodeCache() : undefined;
    // The wrapper keeps the bundle's line numbers; V8 rejects a cache that does not match.
    const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: BUNDLE_FILE, cachedData });
    const module = { exports: {} as BundledCli };
    const wrapper = script.runInThisContext() as (exports: object, require: NodeJS.Require, module: object, filename: string, dirname: string) => void;
    wrapper(module.exports, createRequire(BUNDLE_FILE), module, BUNDLE_FILE, dirname(BUNDLE_FILE));
    loadedScript = script;
    return module.exports;
}

/**
 * The code cache, when this very Node made it and it is intact; undefined otherwise (no
 * cache yet, another Node version or architecture, a damaged file): compile from source.
 */
export function usableCodeCache(files = { cache: CODE_CACHE_FILE, record: CODE_CACHE_RECORD_FILE }): Buffer | undefined {
    try {
        const record = JSON.parse(readFileSync(files.record, 'utf8')) as Partial<CodeCacheRecord>;
        const here = runtime();
        if (record.node !== here.node || record.arch !== here.arch || record.v8 !== here.v8) {
            return undefined;
        }
        const data = readFileSync(files.cache);
        return data.length === record.bytes && sha256(data) === record.sha256 ? data : undefined;
    } catch {
        return undefined;
    }
}

/**
 * Saves the code cache of the bundle loaded by runBundle, including every function compiled
 * so far: call it after a representative run (the bundling script lints an example plan).
 */
export function saveCodeCache(): void {
    if (!loadedScript) {
        throw new Error('saveCodeCache: no bundle has been loaded');
    }
    const data = loadedScript.createCachedData();
    const record: CodeCacheRecord = { ...runtime(), bytes: data.length, sha256: sha256(data) };
    writeAtomically(CODE_CACHE_FILE, data);
    writeAtomically(CODE_CACHE_RECORD_FILE, JSON.stringify(record, null, 2) + '\n');
}

/** Writes a file by renaming a temporary one, so a running `smart` never reads half of it. */
export function writeAtomically(file: string, contents: string | Uint8Array): void {
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, contents);
    renameSync(temporary, file);
}
