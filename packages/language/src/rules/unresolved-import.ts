/**
 * `unresolved-import`: an import of a missing file, a directory, a file that is not
 * `.smart`, a file that exists but could not be loaded as a plan, the file itself, or a
 * file that leads back here through its own imports.
 */
import type { LangiumDocument, LangiumDocuments, URI } from 'langium';
import { importTarget, importedUris } from '../references/imports.js';
import { createRule } from './support/rule.js';

export default createRule({
    meta: {
        id: 'unresolved-import', severity: 'error',
        summary: 'An import path that does not exist or is not a .smart file, or an import cycle.',
        fix: 'Point the import at an existing .smart file, relative to this file, and break any cycle.',
        example: `import "./missing.smart"`
    },
    create: services => {
        const documents = services.shared.workspace.LangiumDocuments;
        const targets = services.references.ImportTargets;

        function problemWith(document: LangiumDocument, target: URI, path: string): string | undefined {
            if (!path.toLowerCase().endsWith('.smart')) {
                return `The import "${path}" is not a .smart file: only plans can be imported.`;
            }
            if (target.toString() === document.uri.toString()) {
                return `The import "${path}" imports this file itself: remove it.`;
            }
            if (!documents.hasDocument(target)) {
                const found = targets.kindOf(target);
                if (found === 'directory') {
                    return `The import "${path}" is a directory: name a .smart file in it.`;
                }
                if (found === 'other') {
                    // Never its content: only that it could not be read as a plan.
                    return `The import "${path}" could not be loaded as a plan (${target.path} is outside the workspace, not a regular file, unreadable, or not UTF-8 text).`;
                }
                return `The import "${path}" does not exist (looked for ${target.path}).`;
            }
            const cycle = cycleBack(documents, target, document.uri.toString());
            if (cycle) {
                return `The import "${path}" makes an import cycle (${[document.uri, ...cycle].map(baseName).join(' → ')}): remove one of the imports.`;
            }
            return undefined;
        }

        return {
            PlanFile: (file, report, context) => {
                const document = context.document;
                for (const imp of file.imports) {
                    if (imp.path === undefined) {
                        continue;
                    }
                    const problem = problemWith(document, importTarget(document, imp), imp.path);
                    if (problem) {
                        report(problem, { node: imp, property: 'path' });
                    }
                }
            }
        };
    }
});

/** The import path from `start` back to `home`, if there is one (depth-first, each file once). */
function cycleBack(documents: LangiumDocuments, start: URI, home: string): URI[] | undefined {
    const visited = new Set<string>();
    const search = (uri: URI, path: URI[]): URI[] | undefined => {
        const key = uri.toString();
        if (key === home) {
            return path;
        }
        if (visited.has(key) || !documents.hasDocument(uri)) {
            return undefined;
        }
        visited.add(key);
        for (const next of importedUris(documents.getDocument(uri)!)) {
            const found = search(next, [...path, next]);
            if (found) {
                return found;
            }
        }
        return undefined;
    };
    return search(start, [start]);
}

function baseName(uri: URI): string {
    return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}
