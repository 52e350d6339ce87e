/**
 * Import paths: where `import "./corporate.smart"` points, relative to the importing file.
 * Shared by scoping (which files' names are visible), validation (`unresolved-import`)
 * and the CLI loader (which files to read).
 */
import type { LangiumDocument } from 'langium';
import { UriUtils, URI } from 'langium';
import type { Import, PlanFile } from '../generated/ast.js';

export function resolveImportUri(importingUri: URI, path: string): URI {
    return UriUtils.resolvePath(UriUtils.dirname(importingUri), path);
}

/** The URIs a plan file imports directly, in written order, without duplicates. */
export function importedUris(document: LangiumDocument): URI[] {
    const root = document.parseResult?.value as PlanFile | undefined;
    const seen = new Set<string>();
    const uris: URI[] = [];
    for (const imp of root?.imports ?? []) {
        if (!imp.path) {
            continue;
        }
        const uri = resolveImportUri(document.uri, imp.path);
        const key = uri.toString();
        if (!seen.has(key) && key !== document.uri.toString()) {
            seen.add(key);
            uris.push(uri);
        }
    }
    return uris;
}

export function importTarget(document: LangiumDocument, imp: Import): URI {
    return resolveImportUri(document.uri, imp.path);
}
