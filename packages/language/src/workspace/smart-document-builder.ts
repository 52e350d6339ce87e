/**
 * Langium's document builder, with what plans need of it.
 *
 * Preparing: before a build, the configuration and the lint baseline of every plan in it
 * are read (through the FileSystemProvider: a message to the editor in a web worker), so
 * that the rules, the plan services and the requests read them synchronously.
 *
 * Relinking: Langium relinks a plan when a plan it refers to changes. Imports make more
 * cases: our cross-element rules look the other way (a plan's avatar becomes used, its goal
 * served or checked in, when a plan that imports it changes), a plan's imports resolve or
 * break when the imported file appears or goes, and an import cycle is every member's
 * error. So a plan is also relinked (and revalidated) when a plan importing it, or a plan
 * it imports, changes; and after parsing, by the import graph (import-graph.ts), every
 * plan that an edit newly imports or stopped importing and every member of a cycle the
 * edit made or broke (decided before parsing, an import added by the edit was invisible).
 *
 * Notifying: a plan that reached a state always has its listeners told (the diagnostics
 * are published by one), even when a newer edit cancels the build right then: Langium
 * checked for cancellation between setting the state and telling the listeners, so in a
 * burst of opened plans one or two were validated but never published. A build-phase
 * listener gets every plan that reached the state since it last ran, also those of a build
 * cancelled before telling it.
 *
 * Validating: findings are added one by one, never spread into a call.
 */
import { DefaultDocumentBuilder, DocumentState, interruptAndCheck, isOperationCancelled, stream, URI, type LangiumDocument, type LangiumSharedCoreServices } from 'langium';
import type { BuildOptions } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import { pushAll } from '../common/collections.js';
import { ImportGraph } from '../references/import-graph.js';
import { importedUris } from '../references/imports.js';
import type { SmartServices } from '../smart-module.js';

export class SmartDocumentBuilder extends DefaultDocumentBuilder {
    /** The import graph after the latest parse: what `unresolved-import` reads cycles from. */
    private graph: ImportGraph | undefined;
    /** Per state, the plans that reached it since the build-phase listeners of that state last ran. */
    private readonly notYetAnnounced = new Map<DocumentState, Set<LangiumDocument>>();

    constructor(services: LangiumSharedCoreServices) {
        super(services);
    }

    /** The import graph of the loaded plans, as of the latest parse. */
    importGraph(): ImportGraph {
        this.graph ??= new ImportGraph(this.langiumDocuments.all);
        return this.graph;
    }

    protected override async buildDocuments(documents: LangiumDocument[], options: BuildOptions, cancelToken: CancellationToken): Promise<void> {
        await this.prepareSettings(documents);
        const before = this.importGraph();
        // Parse first (Langium's phase 0, which the build then skips): which plans an edit
        // affects depends on what the new text imports.
        this.prepareBuild(documents, options);
        await this.runCancelable(documents, DocumentState.Parsed, cancelToken, document => this.langiumDocumentFactory.update(document, cancelToken));
        this.graph = new ImportGraph(this.langiumDocuments.all);
        const building = new Set(documents.map(document => document.uri.toString()));
        const more: LangiumDocument[] = [];
        for (const uri of this.graph.changedSince(before)) {
            const document = building.has(uri) ? undefined : this.langiumDocuments.getDocument(URI.parse(uri));
            if (document) {
                this.resetToState(document, DocumentState.ComputedScopes);
                more.push(document);
            }
        }
        await this.prepareSettings(more);
        await super.buildDocuments(more.length > 0 ? pushAll(documents.slice(), more) : documents, options, cancelToken);
    }

    /** Reads the configuration and the baseline of the plans' folders, for the rules to read synchronously. */
    private async prepareSettings(documents: readonly LangiumDocument[]): Promise<void> {
        await Promise.all(documents.map(async document => {
            const { config } = this.serviceRegistry.getServices(document.uri) as SmartServices;
            await Promise.all([config.ConfigProvider.prepare(document.uri), config.BaselineProvider.prepare(document.uri)]);
        }));
    }

    protected override async notifyDocumentPhase(document: LangiumDocument, state: DocumentState, cancelToken: CancellationToken): Promise<void> {
        this.announcing(state).add(document);
        for (const listener of this.documentPhaseListeners.get(state).slice()) {
            try {
                await listener(document, cancelToken);
            } catch (error) {
                if (!isOperationCancelled(error)) {
                    throw error;
                }
            }
        }
        await interruptAndCheck(cancelToken); // after the listeners, not between the state and them
    }

    protected override async notifyBuildPhase(documents: LangiumDocument[], state: DocumentState, cancelToken: CancellationToken): Promise<void> {
        const pending = this.announcing(state);
        for (const document of documents) {
            pending.add(document);
        }
        // A cancelled build keeps them for the next one (build-phase listeners mean "the phase is complete").
        await interruptAndCheck(cancelToken);
        const reached = [...pending].filter(document => document.state >= state && this.langiumDocuments.hasDocument(document.uri));
        pending.clear();
        if (reached.length === 0) {
            return;
        }
        for (const listener of this.buildPhaseListeners.get(state).slice()) {
            await listener(reached, cancelToken);
        }
    }

    private announcing(state: DocumentState): Set<LangiumDocument> {
        let pending = this.notYetAnnounced.get(state);
        if (!pending) {
            this.notYetAnnounced.set(state, pending = new Set());
        }
        return pending;
    }

    /**
     * Langium's validate (the document's validator, then the findings stored, adding to
     * those of categories validated before), adding them one by one: Langium spreads them
     * into `push`, which overflows the stack past about 120,000 findings.
     */
    protected override async validate(document: LangiumDocument, cancelToken: CancellationToken): Promise<void> {
        const validator = this.serviceRegistry.getServices(document.uri).validation.DocumentValidator;
        const options = this.getBuildOptions(document);
        const validationOptions = typeof options.validation === 'object' ? { ...options.validation } : {};
        validationOptions.categories = this.findMissingValidationCategories(document, options);
        const diagnostics = await validator.validateDocument(document, validationOptions, cancelToken);
        if (document.diagnostics) {
            pushAll(document.diagnostics, diagnostics);
        } else {
            document.diagnostics = diagnostics;
        }
        const state = this.buildState.get(document.uri.toString());
        if (state) {
            state.result ??= {};
            state.result.validationChecks = state.result.validationChecks
                ? stream(state.result.validationChecks).concat(validationOptions.categories).distinct().toArray()
                : [...validationOptions.categories];
        }
    }

    protected override shouldRelink(document: LangiumDocument, changedUris: Set<string>): boolean {
        if (super.shouldRelink(document, changedUris)) {
            return true;
        }
        const uri = document.uri.toString();
        if (importedUris(document).some(imported => changedUris.has(imported.toString()))) {
            return true;
        }
        for (const changed of changedUris) {
            const importer = this.langiumDocuments.getDocument(URI.parse(changed));
            if (importer?.parseResult && importedUris(importer).some(imported => imported.toString() === uri)) {
                return true;
            }
        }
        return false;
    }
}

/** The import graph of the loaded plans as of the latest parse (what `unresolved-import` asks for cycles). */
export function currentImportGraph(shared: LangiumSharedCoreServices): ImportGraph {
    const builder = shared.workspace.DocumentBuilder;
    return builder instanceof SmartDocumentBuilder ? builder.importGraph() : new ImportGraph(shared.workspace.LangiumDocuments.all);
}
