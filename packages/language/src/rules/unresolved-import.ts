/**
 * `unresolved-import`: an import of a missing file, a directory, a file that is not
 * `.smart`, a file that exists but could not be loaded as a plan (or is a link out of its
 * repository), the file itself, or a file that leads back here through its own imports
 * (read off the import graph: linear in the size of the workspace, whatever its shape).
 */
import type { LangiumDocument, URI } from 'langium';
import type { ImportCycle } from '../references/import-graph.js';
import { importTarget } from '../references/imports.js';
import { currentImportGraph } from '../workspace/smart-document-builder.js';
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
                if (found === 'link-out') {
                    return `The import "${path}" is a symbolic link to a file outside the repository: it is not read (import the file from inside the repository).`;
                }
                if (found === 'other') {
                    // Never its content: only that it could not be read as a plan.
                    return `The import "${path}" could not be loaded as a plan (${target.path} is outside the workspace, not a regular file, unreadable, or not UTF-8 text).`;
                }
                return `The import "${path}" does not exist (looked for ${target.path}).`;
            }
            const cycle = currentImportGraph(services.shared).cycleThrough(document.uri.toString(), target.toString());
            if (cycle) {
                return `The import "${path}" makes an import cycle (${describeCycle(cycle)}): remove one of the imports.`;
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

/** `a.smart → b.smart → a.smart`; a long cycle by its ends: `a.smart → b.smart → c.smart → … → y.smart → a.smart, 3000 imports`. */
function describeCycle(cycle: ImportCycle): string {
    const names = cycle.plans.map(baseName);
    return cycle.shortened ? `${names.slice(0, 3).join(' → ')} → … → ${names.slice(3).join(' → ')}, ${cycle.length} imports` : names.join(' → ');
}

function baseName(uri: string): string {
    return decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
}
