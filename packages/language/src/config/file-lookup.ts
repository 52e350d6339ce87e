/**
 * What reading configuration files needs of a file system, through Langium's
 * FileSystemProvider (node:fs for the CLI and the desktop server, the editor's workspace
 * file system for the server in a web worker): whether a URI is a regular file, the
 * nearest file of a name from a folder up, and how a file is named in messages (a local
 * file by its path, any other by the path of its URI).
 */
import { UriUtils, type FileSystemProvider, type URI } from 'langium';

export async function isRegularFile(fileSystem: FileSystemProvider, uri: URI): Promise<boolean> {
    try {
        return (await fileSystem.stat(uri)).isFile;
    } catch {
        return false;
    }
}

/**
 * The file `name` in `directory` or the nearest folder above it that has one. A document
 * with no folder (an untitled editor: its path is not absolute) has none: its path would
 * otherwise be read relative to wherever the server runs.
 */
export async function findUp(fileSystem: FileSystemProvider, directory: URI, name: string): Promise<URI | undefined> {
    if (!directory.path.startsWith('/')) {
        return undefined;
    }
    for (let at = directory; ; at = UriUtils.dirname(at)) {
        const candidate = UriUtils.joinPath(at, name);
        if (await isRegularFile(fileSystem, candidate)) {
            return candidate;
        }
        if (UriUtils.dirname(at).path === at.path) {
            return undefined;
        }
    }
}

/**
 * The key of a document's folder: its URI up to the last slash, as
 * `UriUtils.dirname(uri).toString()` gives it but without building a URI (the rules ask
 * for a plan's settings node by node, and a URI caches its text).
 */
export function folderKey(uri: URI): string {
    if (uri.query || uri.fragment) {
        return UriUtils.dirname(uri).toString();
    }
    const text = uri.toString();
    const slash = text.lastIndexOf('/');
    return slash < 0 ? text : text.slice(0, slash);
}

/** How a file is named in a message: `/plans/.smartrc.json`, never a URI with its scheme. */
export function fileLabel(uri: URI): string {
    return uri.scheme === 'file' ? uri.fsPath : uri.path;
}

/** The code of a failed read (`ENOENT`, `FileNotFound`, ...), for a message. */
export function readErrorCode(error: unknown): string {
    const code = (error as { code?: unknown } | undefined)?.code;
    return typeof code === 'string' && code !== '' ? code : 'unknown error';
}
