/**
 * Finding and reading `.smartrc.json`: walking up from a plan's folder, parsing the JSON,
 * validating it, and applying its presets (`extends`: files relative to it, or installed
 * packages whose root holds a `smartrc.json`, found in `node_modules` folders from the
 * configuration's folder up), presets first and the file's own keys last, rule by rule.
 * Files are read through Langium's FileSystemProvider, so the same code serves the CLI,
 * the desktop server and the server in a web worker (which reads through the editor).
 * Presets are JSON: nothing in them is ever executed. Every failure (a cycle, a missing
 * preset, a package without `smartrc.json`, a bad key in any file of the chain) becomes a
 * ConfigError whose message is one line naming the file and the problem.
 */
import { URI, UriUtils, type FileSystemProvider } from 'langium';
import { SmartRcSchema, describeConfigError, mergeSmartRc, type SmartRc } from './config-schema.js';
import { ConfigError } from './config-error.js';
import { fileLabel, findUp, isRegularFile, readConfigText } from './file-lookup.js';
import { parseJsonText } from './json-text.js';

export { ConfigError } from './config-error.js';

export const CONFIG_FILE_NAME = '.smartrc.json';

/** The name of a preset package's configuration, at the package's root. */
export const PRESET_FILE_NAME = 'smartrc.json';

/**
 * The nearest `.smartrc.json` in the folder or one of its ancestors. Whatever is there
 * counts (reading a FIFO or a directory of that name is then an error), so that a
 * configuration is never silently skipped for one further up.
 */
export function findConfigFile(fileSystem: FileSystemProvider, directory: URI): Promise<URI | undefined> {
    return findUp(fileSystem, directory, CONFIG_FILE_NAME);
}

/** A configuration with its presets applied, and every file of its chain (for watching). */
export interface ConfigChain {
    config: SmartRc;
    files: URI[];
}

/**
 * Reads a configuration and its presets, merged (see the module comment). `files` gathers
 * every file of the chain as it is read, also when a ConfigError stops the reading.
 */
export async function readConfigChain(fileSystem: FileSystemProvider, file: URI, files: URI[] = []): Promise<ConfigChain> {
    const config = await readLayered(fileSystem, file, [], files);
    return { config, files };
}

async function readLayered(fileSystem: FileSystemProvider, file: URI, chain: URI[], files: URI[]): Promise<SmartRc> {
    const key = file.toString();
    const at = chain.findIndex(uri => uri.toString() === key);
    if (at >= 0) {
        const cycle = [...chain.slice(at), file].map(uri => UriUtils.basename(uri)).join(' → ');
        throw new ConfigError(`${fileLabel(chain[chain.length - 1])}: 'extends': a cycle of presets (${cycle})`);
    }
    if (!files.some(uri => uri.toString() === key)) {
        files.push(file);
    }
    const own = await readConfigFile(fileSystem, file);
    const presets = own.extends === undefined ? [] : Array.isArray(own.extends) ? own.extends : [own.extends];
    const layers: SmartRc[] = [];
    for (const preset of presets) {
        layers.push(await readLayered(fileSystem, await presetFile(fileSystem, file, preset), [...chain, file], files));
    }
    return mergeSmartRc([...layers, own]);
}

/** Where a preset named in `file` is: a path relative to the file, or an installed package's smartrc.json. */
async function presetFile(fileSystem: FileSystemProvider, file: URI, preset: string): Promise<URI> {
    const directory = UriUtils.dirname(file);
    const absolute = /^([A-Za-z]:)?[\\/]/.test(preset);
    if (preset.startsWith('./') || preset.startsWith('../') || absolute) {
        const uri = !absolute ? UriUtils.resolvePath(directory, preset) : file.scheme === 'file' ? URI.file(preset) : file.with({ path: preset });
        if (!await fileSystem.exists(uri)) {
            throw new ConfigError(`${fileLabel(file)}: 'extends': the preset '${preset}' does not exist (looked for ${fileLabel(uri)})`);
        }
        if (!await isRegularFile(fileSystem, uri)) {
            throw new ConfigError(`${fileLabel(file)}: 'extends': the preset '${preset}' is not a regular file (${fileLabel(uri)})`);
        }
        return uri;
    }
    if (!/^(@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*$/i.test(preset)) {
        throw new ConfigError(`${fileLabel(file)}: 'extends': '${preset}' is neither a relative path (./preset.json) nor a package name`);
    }
    for (let at = directory; ; at = UriUtils.dirname(at)) {
        const root = UriUtils.joinPath(at, 'node_modules', preset);
        if (await fileSystem.exists(root)) {
            const uri = UriUtils.joinPath(root, PRESET_FILE_NAME);
            if (!await isRegularFile(fileSystem, uri)) {
                throw new ConfigError(`${fileLabel(file)}: 'extends': the package '${preset}' has no ${PRESET_FILE_NAME} at its root (${fileLabel(root)})`);
            }
            return uri;
        }
        if (UriUtils.dirname(at).path === at.path) {
            throw new ConfigError(`${fileLabel(file)}: 'extends': the package '${preset}' is not installed (no node_modules/${preset} from ${fileLabel(directory)} up)`);
        }
    }
}

/** Reads and validates one configuration file, presets not applied (file-lookup.ts: regular files only, errors by position). */
export async function readConfigFile(fileSystem: FileSystemProvider, file: URI): Promise<SmartRc> {
    return parseConfigText(await readConfigText(fileSystem, file), fileLabel(file));
}

/** Parses and validates the text of a configuration file; `label` names it in errors. */
export function parseConfigText(text: string, label: string): SmartRc {
    const parsed = SmartRcSchema.safeParse(parseJsonText(text, label));
    if (!parsed.success) {
        throw new ConfigError(describeConfigError(label, parsed.error));
    }
    return parsed.data;
}
