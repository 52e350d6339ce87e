/**
 * Finding and reading `.smartrc.json`: walking up from a plan file, parsing the JSON,
 * validating it, and applying its presets (`extends`: files relative to it, or installed
 * packages whose root holds a `smartrc.json`, found in `node_modules` folders from the
 * configuration's folder up), presets first and the file's own keys last, rule by rule.
 * Presets are JSON: nothing in them is ever executed. Every failure (a cycle, a missing
 * preset, a package without `smartrc.json`, a bad key in any file of the chain) becomes a
 * ConfigError whose message is one line naming the file and the problem.
 */
import { existsSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { ConfigError } from './config-error.js';
import { SmartRcSchema, describeConfigError, mergeSmartRc, type SmartRc } from './config-schema.js';
import { readJsonFile } from './json-file.js';

export { ConfigError } from './config-error.js';

export const CONFIG_FILE_NAME = '.smartrc.json';

/**
 * The nearest `.smartrc.json` in the directory or one of its ancestors. Whatever is there
 * counts (reading a FIFO or a directory of that name is then an error), so that a
 * configuration is never silently skipped for one further up.
 */
export function findConfigFile(startDirectory: string): string | undefined {
    let directory = resolve(startDirectory);
    for (;;) {
        const candidate = join(directory, CONFIG_FILE_NAME);
        if (existsSync(candidate)) {
            return candidate;
        }
        const parent = dirname(directory);
        if (parent === directory) {
            return undefined;
        }
        directory = parent;
    }
}

/** The name of a preset package's configuration, at the package's root. */
export const PRESET_FILE_NAME = 'smartrc.json';

/** A configuration with its presets applied, and every file of its chain (for watching). */
export interface ConfigChain {
    config: SmartRc;
    files: string[];
}

/** Reads a configuration and its presets, merged (see the module comment). */
export function readConfigChain(file: string): ConfigChain {
    const files: string[] = [];
    const config = readLayered(resolve(file), [], files);
    return { config, files };
}

function readLayered(file: string, chain: string[], files: string[]): SmartRc {
    if (chain.includes(file)) {
        throw new ConfigError(`${chain[chain.length - 1]}: 'extends': a cycle of presets (${[...chain.slice(chain.indexOf(file)), file].map(path => basename(path)).join(' → ')})`);
    }
    if (!files.includes(file)) {
        files.push(file);
    }
    const own = readConfigFile(file);
    const presets = own.extends === undefined ? [] : Array.isArray(own.extends) ? own.extends : [own.extends];
    const layers = presets.map(preset => readLayered(presetPath(file, preset), [...chain, file], files));
    return mergeSmartRc([...layers, own]);
}

/** Where a preset named in `file` is: a path relative to the file, or an installed package's smartrc.json. */
function presetPath(file: string, preset: string): string {
    const directory = dirname(file);
    if (preset.startsWith('./') || preset.startsWith('../') || isAbsolute(preset)) {
        const path = resolve(directory, preset);
        if (!existsSync(path)) {
            throw new ConfigError(`${file}: 'extends': the preset '${preset}' does not exist (looked for ${path})`);
        }
        if (!isRegularFile(path)) {
            throw new ConfigError(`${file}: 'extends': the preset '${preset}' is not a regular file (${path})`);
        }
        return path;
    }
    if (!/^(@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*$/i.test(preset)) {
        throw new ConfigError(`${file}: 'extends': '${preset}' is neither a relative path (./preset.json) nor a package name`);
    }
    for (let at = directory; ; at = dirname(at)) {
        const root = join(at, 'node_modules', preset);
        if (existsSync(root)) {
            const path = join(root, PRESET_FILE_NAME);
            if (!isRegularFile(path)) {
                throw new ConfigError(`${file}: 'extends': the package '${preset}' has no ${PRESET_FILE_NAME} at its root (${root})`);
            }
            return path;
        }
        if (dirname(at) === at) {
            throw new ConfigError(`${file}: 'extends': the package '${preset}' is not installed (no node_modules/${preset} from ${directory} up)`);
        }
    }
}

function isRegularFile(path: string): boolean {
    try {
        return statSync(path).isFile();
    } catch {
        return false;
    }
}

/** Reads and validates one configuration file, presets not applied (json-file.ts: regular files only, errors by position). */
export function readConfigFile(file: string): SmartRc {
    const parsed = SmartRcSchema.safeParse(readJsonFile(file));
    if (!parsed.success) {
        throw new ConfigError(describeConfigError(file, parsed.error));
    }
    return parsed.data;
}
