/**
 * What reading configuration files needs of a file system, through Langium's
 * FileSystemProvider (node:fs for the CLI and the desktop server, the editor's workspace
 * file system for the server in a web worker): whether a URI is a regular file, the
 * nearest file of a name from a folder up, a configuration file's text (a regular file of
 * at most MAX_CONFIG_BYTES, strict UTF-8), and how a file is named in messages (a local
 * file by its path, any other by the path of its URI).
 */
import { UriUtils, type FileSystemNode, type FileSystemProvider, type URI } from 'langium';
import { MAX_CONFIG_BYTES, megabytes } from '../workspace/file-limits.js';
import { decodeUtf8, NotUtf8Error } from '../workspace/utf8-text.js';
import { ConfigError } from './config-error.js';

export async function isRegularFile(fileSystem: FileSystemProvider, uri: URI): Promise<boolean> {
    return (await statOf(fileSystem, uri))?.isFile === true;
}

async function statOf(fileSystem: FileSystemProvider, uri: URI): Promise<FileSystemNode | undefined> {
    try {
        return await fileSystem.stat(uri);
    } catch {
        return undefined;
    }
}

/**
 * Why a configuration file could not be read, as the disk's reader (regular-file.ts) or the
 * editor's file system (`smart/fs/readFile`, by its error code) says it, in the words of
 * the CLI's reader, whose limit for configuration files is MAX_CONFIG_BYTES.
 */
function unreadable(error: unknown): string {
    const reason = (error as { reason?: unknown } | undefined)?.reason;
    if (typeof reason === 'string') {
        return reason.startsWith('larger than') ? `larger than ${megabytes(MAX_CONFIG_BYTES)}` : reason;
    }
    const code = readErrorCode(error);
    return code === 'NotUtf8' ? 'not UTF-8 text' : `cannot read the file (${code})`;
}

/**
 * The text of a configuration file: a regular file (a FIFO or a device is never opened) of
 * at most MAX_CONFIG_BYTES, strictly UTF-8. Any problem is a ConfigError naming the file.
 */
export async function readConfigText(fileSystem: FileSystemProvider, file: URI): Promise<string> {
    const label = fileLabel(file);
    let node: FileSystemNode;
    try {
        node = await fileSystem.stat(file);
    } catch (error) {
        throw new ConfigError(`${label}: cannot read the file (${readErrorCode(error)})`);
    }
    if (!node.isFile) {
        throw new ConfigError(`${label}: not a regular file`);
    }
    let bytes: Uint8Array;
    try {
        bytes = await fileSystem.readBinary(file);
    } catch (error) {
        // The disk's reader says what is wrong (`not a regular file`, `larger than 64 MB`) as its reason.
        throw new ConfigError(`${label}: ${unreadable(error)}`);
    }
    if (bytes.length > MAX_CONFIG_BYTES) {
        throw new ConfigError(`${label}: larger than ${megabytes(MAX_CONFIG_BYTES)}`);
    }
    try {
        return decodeUtf8(bytes);
    } catch (error) {
        if (error instanceof NotUtf8Error) {
            throw new ConfigError(`${label}: ${error.message}`);
        }
        throw error;
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
        if (await statOf(fileSystem, candidate)) {
            return candidate; // whatever is there (a FIFO of that name is an error when read), never one further up instead
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
