/**
 * The settings in force for each plan: the nearest `.smartrc.json` (or the one named by
 * `--config`), under the overrides of the CLI flags or the editor settings. Files are read
 * once per directory until invalidate() is called. A broken configuration never breaks
 * validation: the defaults apply and the error is kept for the CLI or the editor to show.
 * "Today", when nothing fixes it, is the system's: the resolved settings are resolved again
 * when the day changes (a language server runs past midnight).
 */
import { dirname } from 'node:path';
import type { URI } from 'langium';
import { ConfigError, findConfigFile, readConfigChain } from './config-files.js';
import { systemToday } from '../common/dates.js';
import { resolveConfig, type ConfigOverrides, type ResolvedConfig, type SmartRc } from './config-schema.js';

interface LoadedFile {
    path?: string;
    content?: SmartRc;
    error?: string;
    /** The file and its presets, for following changes to any of them. */
    chain?: string[];
}

export class SmartConfigProvider {
    private overrides: ConfigOverrides = {};
    private explicitFile: string | undefined;
    private readonly filesByDirectory = new Map<string, LoadedFile>();
    /** Resolved settings per directory key; rules ask for them once per goal. */
    private readonly resolvedByDirectory = new Map<string, ResolvedConfig>();
    /** The system's day when resolvedByDirectory was filled. */
    private resolvedOn = systemToday();

    /** Flags or editor settings that win over every file. */
    setOverrides(overrides: ConfigOverrides): void {
        this.overrides = overrides;
        this.resolvedByDirectory.clear();
    }

    /** A configuration file used for every plan instead of the nearest one (`--config`). */
    useConfigFile(path: string | undefined): void {
        this.explicitFile = path;
        this.invalidate();
    }

    invalidate(): void {
        this.filesByDirectory.clear();
        this.resolvedByDirectory.clear();
    }

    configFor(uri: URI): ResolvedConfig {
        const day = systemToday();
        if (day !== this.resolvedOn) {
            this.resolvedByDirectory.clear();
            this.resolvedOn = day;
        }
        const key = this.keyFor(uri);
        let resolved = this.resolvedByDirectory.get(key);
        if (!resolved) {
            const loaded = this.loadFor(uri);
            resolved = resolveConfig(loaded.content, loaded.path, this.overrides);
            this.resolvedByDirectory.set(key, resolved);
        }
        return resolved;
    }

    /** Every configuration file read so far, presets included: a change to one of them changes the settings. */
    isConfigFile(path: string): boolean {
        for (const loaded of this.filesByDirectory.values()) {
            if (loaded.path === path || loaded.chain?.includes(path)) {
                return true;
            }
        }
        return false;
    }

    /** The one-line error of the configuration that applies to the plan, if it is broken. */
    errorFor(uri: URI): string | undefined {
        return this.loadFor(uri).error;
    }

    private keyFor(uri: URI): string {
        return this.explicitFile ?? (uri.scheme === 'file' ? dirname(uri.fsPath) : '');
    }

    private loadFor(uri: URI): LoadedFile {
        const directory = uri.scheme === 'file' ? dirname(uri.fsPath) : undefined;
        const key = this.keyFor(uri);
        let loaded = this.filesByDirectory.get(key);
        if (!loaded) {
            loaded = this.load(this.explicitFile ?? (directory ? findConfigFile(directory) : undefined));
            this.filesByDirectory.set(key, loaded);
        }
        return loaded;
    }

    private load(path: string | undefined): LoadedFile {
        if (!path) {
            return {};
        }
        try {
            const { config, files } = readConfigChain(path);
            return { path, content: config, chain: files };
        } catch (error) {
            if (error instanceof ConfigError) {
                return { path, error: error.message };
            }
            throw error;
        }
    }
}
