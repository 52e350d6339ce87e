/**
 * Finding and reading `.smartrc.json`: walking up from a plan file, parsing the JSON,
 * validating it, and applying its presets (`extends`: files relative to it, or installed
 * packages whose root holds a `smartrc.json`, found in `node_modules` folders from the
 * configuration's folder up), presets first and the file's own keys last, rule by rule.
 * Presets are JSON: nothing in them is ever executed. Every failure (a cycle, a missing
 * preset, a package without `smartrc.json`, a bad key in any file of the chain) becomes a
 * ConfigError whose message is one line naming the file and the problem.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { SmartRcSchema, describeConfigError, mergeSmartRc, type SmartRc } from './config-schema.js';

export const CONFIG_FILE_NAME = '.smartrc.json';

export class ConfigError extends Error {
    constructor(message: string) {
        super(message);
        this.name = 'ConfigError';
    }
}

/** The nearest `.smartrc.json` in the directory or one of its ancestors. */
export function findConfigFile(startDirectory: string): string | undefined {
    let directory = resolve(startDirectory);
    for (;;) {
        const candidate = join(directory, CONFIG_FILE_NAME);
        if (existsSync(candidate) && statSync(candidate).isFile()) {
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
        if (!isRegularFile(path)) {
            throw new ConfigError(`${file}: 'extends': the preset '${preset}' does not exist (looked for ${path})`);
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

/** Reads and validates one configuration file, presets not applied. */
export function readConfigFile(file: string): SmartRc {
    let text: string;
    try {
        text = readFileSync(file, 'utf8');
    } catch (error) {
        throw new ConfigError(`${file}: cannot read the configuration (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`);
    }
    let json: unknown;
    try {
        json = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (error) {
        throw new ConfigError(`${file}: not valid JSON (${(error as Error).message.split('\n')[0]})`);
    }
    const parsed = SmartRcSchema.safeParse(json);
    if (!parsed.success) {
        throw new ConfigError(describeConfigError(file, parsed.error));
    }
    return parsed.data;
}
