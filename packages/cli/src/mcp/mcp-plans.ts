/**
 * The plans a `smart mcp` tool answers from, read afresh from disk at every call (plans
 * change while an assistant works), into new language services configured as the CLI
 * configures them (`--config`, `--today`, `--rule`, the nearest `.smartrc.json`), with
 * imports read only inside the served folder. Answers name plans relative to the folder.
 */
import type { AnswerScope, SmartServices } from '@smart-plan/language';
import { URI, type LangiumDocument } from 'langium';
import { applyConfigOptions } from '../config-options.js';
import { createServices, loadPlanTexts, readPlanFile } from '../plan-workspace.js';
import type { WorkspaceRoot } from './workspace-root.js';

/** The configuration flags `smart mcp` was started with. */
export interface ConfigValues {
    config?: string;
    today?: string;
    rule?: string[];
}

export interface LoadedPlans extends AnswerScope {
    services: SmartServices;
    /** The plans asked for, in the order given (their imports are loaded too). */
    documents: LangiumDocument[];
}

export class McpPlans {
    constructor(
        readonly root: WorkspaceRoot,
        private readonly config: ConfigValues,
        /** Where relative `--config` paths are resolved: the folder `smart mcp` was started in. */
        private readonly cwd: string
    ) {}

    /** Loads and validates the plans at these absolute paths (inside the folder) and their imports. */
    async load(files: readonly string[]): Promise<LoadedPlans> {
        const services = await this.servicesFor(files);
        const sources = files.map(path => ({ path, text: readPlanFile(path, this.root.label(path)) }));
        const { documents } = await loadPlanTexts(sources, this.root.readImport, services);
        return { services, documents, fileOf: document => this.root.label(document.uri.fsPath) };
    }

    /**
     * Loads every plan of the folder (so roll-ups and cross-plan rules see all of them)
     * and answers about `files` only: the documents are those of `files`.
     */
    async loadFolderWith(files: readonly string[]): Promise<LoadedPlans> {
        const asked = new Set(files.map(file => URI.file(file).toString()));
        const loaded = await this.load([...new Set([...this.root.planFiles(), ...files])]);
        return { ...loaded, documents: loaded.documents.filter(document => asked.has(document.uri.toString())) };
    }

    /** New language services configured for these plans (a broken configuration is a CliError). */
    async servicesFor(files: readonly string[]): Promise<SmartServices> {
        const services = createServices();
        await applyConfigOptions(services, this.config, [...files], this.cwd);
        return services;
    }

    /** Checks the configuration flags once, at start, so a bad flag stops `smart mcp` rather than every call. */
    async checkConfig(): Promise<void> {
        await applyConfigOptions(createServices(), this.config, [], this.cwd);
    }
}
