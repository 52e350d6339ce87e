/**
 * The language server's FileSystemProvider when the editor owns the files (the server in
 * a web worker): every read is a request to the client (the `smart/fs/*` requests of
 * protocol.ts), which answers from its workspace file system. Langium and our services
 * only use the asynchronous methods; the synchronous ones cannot be answered across a
 * message channel and throw, naming the file.
 */
import { URI, type FileSystemNode, type FileSystemProvider } from 'langium';
import type { Connection } from 'vscode-languageserver';
import {
    FS_READ_DIRECTORY_REQUEST, FS_READ_FILE_REQUEST, FS_STAT_REQUEST,
    type FsEntry, type FsEntryType, type FsErrorData, type FsStat, type FsUriParams
} from '../protocol.js';

/** A failed read through the client, with the editor's error code. */
export class ClientFileError extends Error {
    constructor(message: string, readonly code: string) {
        super(message);
        this.name = 'ClientFileError';
    }
}

export class ClientFileSystemProvider implements FileSystemProvider {
    constructor(private readonly connection: Connection) {}

    async stat(uri: URI): Promise<FileSystemNode> {
        const stat = await this.request<FsStat | null>(FS_STAT_REQUEST, uri);
        if (!stat) {
            throw new ClientFileError(`${uri.toString(true)}: no such file or folder`, 'FileNotFound');
        }
        return node(uri, stat.type);
    }

    async exists(uri: URI): Promise<boolean> {
        return (await this.request<FsStat | null>(FS_STAT_REQUEST, uri)) !== null;
    }

    readFile(uri: URI): Promise<string> {
        return this.request<string>(FS_READ_FILE_REQUEST, uri);
    }

    async readBinary(uri: URI): Promise<Uint8Array> {
        return new TextEncoder().encode(await this.readFile(uri));
    }

    async readDirectory(uri: URI): Promise<FileSystemNode[]> {
        const entries = await this.request<FsEntry[]>(FS_READ_DIRECTORY_REQUEST, uri);
        return entries.map(entry => node(URI.parse(entry.uri), entry.type));
    }

    statSync(uri: URI): FileSystemNode {
        throw synchronous('stat', uri);
    }

    existsSync(uri: URI): boolean {
        throw synchronous('exists', uri);
    }

    readFileSync(uri: URI): string {
        throw synchronous('read', uri);
    }

    readBinarySync(uri: URI): Uint8Array {
        throw synchronous('read', uri);
    }

    readDirectorySync(uri: URI): FileSystemNode[] {
        throw synchronous('list', uri);
    }

    private async request<R>(method: string, uri: URI): Promise<R> {
        const params: FsUriParams = { uri: uri.toString() };
        try {
            return await this.connection.sendRequest<R>(method, params);
        } catch (error) {
            const code = (error as { data?: Partial<FsErrorData> }).data?.code;
            throw new ClientFileError(`${uri.toString(true)}: ${error instanceof Error ? error.message : String(error)}`, typeof code === 'string' ? code : 'Unknown');
        }
    }
}

function node(uri: URI, type: FsEntryType): FileSystemNode {
    return { uri, isFile: type === 'file', isDirectory: type === 'directory' };
}

function synchronous(what: string, uri: URI): Error {
    return new Error(`cannot ${what} ${uri.toString(true)} synchronously: the editor's files are read with messages`);
}
