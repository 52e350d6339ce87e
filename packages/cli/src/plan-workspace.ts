/**
 * Loads plans into one language-services instance, follows their imports (so names link
 * across files), and builds everything. Plans come from disk (`loadPlans`) or as texts
 * known by a path (`loadPlanTexts`, e.g. versions read from git), with a reader for
 * the imported files. One instance per CLI run, or per side of a diff.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createSmartServices, importedUris, type SmartServices } from '@smart-plan/language';
import { URI, type LangiumDocument } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { CliError } from './cli-error.js';
import { decodePlanText } from './plan-text.js';

export interface PlanWorkspace {
    services: SmartServices;
    /** The documents asked for, in the order given. */
    documents: LangiumDocument[];
}

/** A plan's text and the absolute path it is known by (its imports resolve from there). */
export interface PlanSource {
    path: string;
    text: string;
}

/** Reads an imported plan at an absolute path; undefined when there is none to read. */
export type ImportReader = (path: string) => string | undefined;

export function createServices(): SmartServices {
    return createSmartServices(NodeFileSystem).Smart;
}

/** Loads plan files and their imports from disk, and builds them (validated unless told otherwise). */
export async function loadPlans(files: string[], services = createServices(), options: { validation?: boolean } = {}): Promise<PlanWorkspace> {
    return loadPlanTexts(files.map(file => ({ path: file, text: readPlanFile(file) })), readImportFromDisk, services, options);
}

/**
 * The text of a plan file named on the command line (see plan-text.ts). Unreadable, not a
 * regular file (a FIFO would block the read forever) or not UTF-8 is a CliError naming
 * the file as `label` (default: its path).
 */
export function readPlanFile(path: string, label = path): string {
    return decodePlanText(readPlanBytes(path, label), label);
}

/** The bytes of a plan file named on the command line; `label` names it in errors. */
export function readPlanBytes(path: string, label = path): Buffer {
    try {
        if (!statSync(path).isFile()) {
            throw new CliError(`${label}: not a regular file`);
        }
        return readFileSync(path);
    } catch (error) {
        if (error instanceof CliError) {
            throw error;
        }
        throw new CliError(`${label}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`);
    }
}

/** An imported file from disk; a missing, unreadable or non-UTF-8 import is left to `unresolved-import`. */
export function readImportFromDisk(path: string): string | undefined {
    try {
        return existsSync(path) && statSync(path).isFile() ? decodePlanText(readFileSync(path), path) : undefined;
    } catch {
        return undefined;
    }
}

/**
 * Loads the given plan texts and, transitively, the `.smart` files they import (through
 * `readImport`), then builds them all: linked, and validated unless told otherwise.
 */
export async function loadPlanTexts(sources: PlanSource[], readImport: ImportReader, services = createServices(), options: { validation?: boolean } = {}): Promise<PlanWorkspace> {
    const langiumDocuments = services.shared.workspace.LangiumDocuments;
    const factory = services.shared.workspace.LangiumDocumentFactory;

    const add = (uri: URI, text: string): LangiumDocument => {
        const existing = langiumDocuments.getDocument(uri);
        if (existing) {
            return existing;
        }
        const document = factory.fromString(text, uri);
        langiumDocuments.addDocument(document);
        return document;
    };

    const documents = sources.map(source => add(URI.file(source.path), source.text));
    const queue = [...documents];
    while (queue.length > 0) {
        for (const target of importedUris(queue.shift()!)) {
            if (!target.path.endsWith('.smart') || langiumDocuments.hasDocument(target)) {
                continue;
            }
            const text = readImport(target.fsPath);
            if (text !== undefined) {
                queue.push(add(target, text));
            }
        }
    }
    await services.shared.workspace.DocumentBuilder.build([...langiumDocuments.all], { validation: options.validation ?? true });
    return { services, documents };
}
