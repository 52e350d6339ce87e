/**
 * Loads plans into one language-services instance, follows their imports (so names link
 * across files), and builds everything. Plans come from disk (`loadPlans`) or as texts
 * known by a path (`loadPlanTexts`, e.g. versions read from git), with a reader for
 * the imported files. One instance per CLI run, or per side of a diff.
 */
import { createSmartServices, importedUris, LINK_OUT_OF_REPOSITORY, linkOutOfRepository, MAX_PLAN_BYTES, readRegularFile, SmartNodeFileSystem, type SmartServices } from '@smart-plan/language';
import { URI, type LangiumDocument } from 'langium';
import { readSnapshot, type ReadSnapshot } from './atomic-write.js';
import { CliError } from './cli-error.js';
import { BYTE_ORDER_MARK, decodePlanText } from './plan-text.js';

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
    return createSmartServices(SmartNodeFileSystem).Smart;
}

/** Loads plan files and their imports from disk, and builds them (validated unless told otherwise). */
export async function loadPlans(files: string[], services = createServices(), options: { validation?: boolean } = {}): Promise<PlanWorkspace> {
    return loadPlanTexts(files.map(file => ({ path: file, text: readPlanFile(file) })), readImportFromDisk, services, options);
}

/** A plan file as read: its bytes (for a later write to check they are unchanged), its text without a byte-order mark, and whether it had one. */
export interface PlanSnapshot {
    read: ReadSnapshot;
    text: string;
    hadByteOrderMark: boolean;
}

/**
 * A plan file named on the command line (see plan-text.ts). Unreadable, not a regular file
 * (a FIFO would block the read forever), too large, not UTF-8, or a link out of its
 * repository (link-escape.ts) is a CliError; `label` names it (default: the path).
 */
export function readPlanSnapshot(path: string, label = path): PlanSnapshot {
    if (linkOutOfRepository(path) !== undefined) {
        throw new CliError(`${label}: ${LINK_OUT_OF_REPOSITORY}`);
    }
    const read = readSnapshot(path, label);
    const hadByteOrderMark = Buffer.from(read.bytes.subarray(0, 3)).toString('utf8') === BYTE_ORDER_MARK;
    return { read, text: decodePlanText(read.bytes, label), hadByteOrderMark };
}

/** The text of a plan file named on the command line (readPlanSnapshot); `label` names it in errors. */
export function readPlanFile(path: string, label = path): string {
    return readPlanSnapshot(path, label).text;
}

/** An imported file from disk; a missing, unreadable, non-regular, non-UTF-8 or linked-out import is left to `unresolved-import`. */
export function readImportFromDisk(path: string): string | undefined {
    if (linkOutOfRepository(path) !== undefined) {
        return undefined;
    }
    try {
        return decodePlanText(readRegularFile(path, MAX_PLAN_BYTES), path);
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
