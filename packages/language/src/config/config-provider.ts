/**
 * The settings in force for each plan: the nearest `.smartrc.json` (or the one named by
 * `--config`), under the overrides of the CLI flags or the editor settings. Files are read
 * through the services' FileSystemProvider by prepare(), which the document builder awaits
 * for every plan it builds (see SmartDocumentBuilder), so that the rules can ask
 * configFor() synchronously. Each folder's file is read once until invalidate(); the
 * settings read last stay in force until the next prepare() has read the files again. A
 * broken configuration never breaks validation: the defaults apply and the error is kept
 * for the CLI or the editor to show. "Today", when nothing fixes it, is the system's: the
 * settings are resolved again when the day changes (a language server runs past midnight).
 */
import { URI, UriUtils, type FileSystemProvider } from 'langium';
import { ConfigError, findConfigFile, readConfigChain } from './config-files.js';
import { localDayAround } from '../common/dates.js';
import { resolveConfig, type ConfigOverrides, type ResolvedConfig, type SmartRc } from './config-schema.js';
import { fileLabel, folderKey } from './file-lookup.js';
import { FolderCache } from './folder-cache.js';

interface LoadedFile {
    file?: URI;
    content?: SmartRc;
    error?: string;
    /** The file and its presets (URI strings), for following changes to any of them. */
    chain?: string[];
}

/** The file that applies in a folder, and the settings resolved from it (until the overrides change). */
interface FolderSettings {
    loaded: LoadedFile;
    resolved?: ResolvedConfig;
}

export class SmartConfigProvider {
    private overrides: ConfigOverrides = {};
    private explicitFile: URI | undefined;
    /** Settings by folder key (the plan's folder, or one key for `--config`). */
    private readonly byFolder = new FolderCache<FolderSettings>();
    /** The settings of a plan not prepared yet: defaults under the overrides. */
    private unprepared: ResolvedConfig | undefined;
    /** The local day the settings were resolved in: a "today" nothing fixes is that day. */
    private resolvedIn = localDayAround(Date.now());

    constructor(private readonly fileSystem: FileSystemProvider) {}

    /** Flags or editor settings that win over every file. */
    setOverrides(overrides: ConfigOverrides): void {
        this.overrides = overrides;
        this.forgetResolved();
    }

    /** The settings are resolved again when next asked for (the overrides or the day changed). */
    private forgetResolved(): void {
        this.unprepared = undefined;
        for (const settings of this.byFolder.values()) {
            settings.resolved = undefined;
        }
    }

    /** A configuration file used for every plan instead of the nearest one (`--config`). */
    useConfigFile(file: URI | undefined): void {
        this.explicitFile = file;
        this.byFolder.clear();
    }

    /** The files may have changed: prepare() reads them again. */
    invalidate(): void {
        this.byFolder.invalidate();
    }

    /** Reads the configuration that applies to the plan, unless it was read since the last invalidate(). */
    prepare(uri: URI): Promise<void> {
        return this.byFolder.prepare(this.keyFor(uri), async () => ({ loaded: await this.load(uri) }));
    }

    configFor(uri: URI): ResolvedConfig {
        // Asked for every goal a rule checks: one clock read, no Date, until the day changes.
        const now = Date.now();
        if (now < this.resolvedIn.start || now >= this.resolvedIn.end) {
            this.forgetResolved();
            this.resolvedIn = localDayAround(now);
        }
        const settings = this.byFolder.get(this.keyFor(uri));
        if (!settings) {
            return this.unprepared ??= resolveConfig(undefined, undefined, this.overrides);
        }
        const { content, file } = settings.loaded;
        return settings.resolved ??= resolveConfig(content, file && fileLabel(file), this.overrides);
    }

    /** Every configuration file read so far, presets included: a change to one of them changes the settings. */
    isConfigFile(uri: string): boolean {
        const key = URI.parse(uri).toString();
        return this.byFolder.values().some(({ loaded }) => loaded.chain?.includes(key));
    }

    /** The one-line error of the configuration that applies to the plan, if it is broken. */
    errorFor(uri: URI): string | undefined {
        return this.byFolder.get(this.keyFor(uri))?.loaded.error;
    }

    private keyFor(uri: URI): string {
        return this.explicitFile ? '--config' : folderKey(uri);
    }

    private async load(uri: URI): Promise<LoadedFile> {
        const file = this.explicitFile ?? await findConfigFile(this.fileSystem, UriUtils.dirname(uri));
        if (!file) {
            return {};
        }
        const files: URI[] = [];
        const chain = () => files.map(chained => chained.toString());
        try {
            const { config } = await readConfigChain(this.fileSystem, file, files);
            return { file, content: config, chain: chain() };
        } catch (error) {
            if (error instanceof ConfigError) {
                return { file, error: error.message, chain: chain() };
            }
            throw error;
        }
    }
}
