/**
 * Import paths: where `import "./corporate.smart"` points, relative to the importing file.
 * Shared by scoping (which files' names are visible), validation (`unresolved-import`)
 * and the CLI loader (which files to read). Every spelling of one file is one target:
 * `./b.smart`, `.//b.smart` and `./sub/../b.smart` by the path's normal form, and
 * `./link/b.smart` through a linked folder by the file's real location.
 */
import type { LangiumDocument } from 'langium';
import { UriUtils, URI } from 'langium';
import type { Import, PlanFile } from '../generated/ast.js';
import { localLinks } from '../workspace/local-links.js';

export function resolveImportUri(importingUri: URI, path: string): URI {
    const folder = UriUtils.dirname(importingUri);
    const target = UriUtils.resolvePath(folder, path);
    if (target.scheme !== 'file') {
        return target;
    }
    const identity = localLinks().pathFromFolder(target.fsPath, folder.fsPath);
    return identity === target.fsPath ? target : URI.file(identity);
}

/**
 * What each parsed plan imports, by its syntax tree: asked by scoping, by the builder for
 * every loaded plan on every change, and by the import checks, so resolved once per parse.
 */
const importsByTree = new WeakMap<PlanFile, { uri: string; imports: readonly URI[] }>();
/** Where each written import points, by its syntax node. */
const targetByImport = new WeakMap<Import, { uri: string; target: URI }>();

/** The URIs a plan file imports directly, in written order, without duplicates. */
export function importedUris(document: LangiumDocument): readonly URI[] {
    const root = document.parseResult?.value as PlanFile | undefined;
    if (!root) {
        return [];
    }
    const known = importsByTree.get(root);
    const uri = document.uri.toString();
    if (known && known.uri === uri) {
        return known.imports;
    }
    const imports = Object.freeze(resolveImports(document, root));
    importsByTree.set(root, { uri, imports });
    return imports;
}

function resolveImports(document: LangiumDocument, root: PlanFile): URI[] {
    const seen = new Set<string>();
    const uris: URI[] = [];
    // `?? []`: a document Langium has only announced (its tree is `{ $type: 'INVALID' }`
    // until parsed) imports nothing yet.
    for (const imp of root.imports ?? []) {
        if (!imp.path) {
            continue;
        }
        const uri = importTarget(document, imp);
        const key = uri.toString();
        if (!seen.has(key) && key !== document.uri.toString()) {
            seen.add(key);
            uris.push(uri);
        }
    }
    return uris;
}

export function importTarget(document: LangiumDocument, imp: Import): URI {
    const uri = document.uri.toString();
    const known = targetByImport.get(imp);
    if (known && known.uri === uri) {
        return known.target;
    }
    const target = resolveImportUri(document.uri, imp.path);
    targetByImport.set(imp, { uri, target });
    return target;
}
