/**
 * Fast start for `smart`: runs the CLI from dist/smart.cjs, the whole CLI with Langium in
 * one CommonJS file (built by scripts/bundle-cli.mjs), compiled with the V8 code cache kept
 * beside it, so a cold `smart lint` skips resolving, reading and compiling hundreds of
 * modules. The bundle is used only while the compiled modules it was made from are
 * unchanged (dist/smart.stamp.json records each one's modification time, so a `tsc -b`
 * that rewrites one of them makes the bundle stale); otherwise, or with SMART_NO_BUNDLE=1,
 * bin/smart.js runs the modules in out/ as before.
 */
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
    let cachedData: Buffer | undefined;
    if (options.codeCache) {
        try {
            cachedData = readFileSync(CODE_CACHE_FILE);
        } catch {
            cachedData = undefined; // no cache yet: compile from source
        }
    }
    // The wrapper keeps the bundle's line numbers; V8 rejects a cache that does not match.
    const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: BUNDLE_FILE, cachedData });
    const module = { exports: {} as BundledCli };
    const wrapper = script.runInThisContext() as (exports: object, require: NodeJS.Require, module: object, filename: string, dirname: string) => void;
    wrapper(module.exports, createRequire(BUNDLE_FILE), module, BUNDLE_FILE, dirname(BUNDLE_FILE));
    loadedScript = script;
    return module.exports;
}

/**
 * Saves the code cache of the bundle loaded by runBundle, including every function compiled
 * so far: call it after a representative run (the bundling script lints an example plan).
 */
export function saveCodeCache(): void {
    if (!loadedScript) {
        throw new Error('saveCodeCache: no bundle has been loaded');
    }
    const temporary = `${CODE_CACHE_FILE}.${process.pid}.tmp`;
    writeFileSync(temporary, loadedScript.createCachedData());
    renameSync(temporary, CODE_CACHE_FILE);
}
