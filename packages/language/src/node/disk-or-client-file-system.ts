/**
 * The file system of the language server under Node: local files (`file:` URIs) from the
 * disk (smart-file-system.ts: regular files only, never through a link out of the
 * repository), anything else (a virtual workspace's `vscode-vfs:` plans, say) through the client
 * when it said it answers the `smart/fs/*` requests (initializationOptions.workspaceFiles,
 * as the VS Code extension does). Without that, a URI that is not a local file reads as
 * missing: no request is sent that a client might never answer.
 */
import type { FileSystemNode, FileSystemProvider, URI } from 'langium';
import type { Connection } from 'vscode-languageserver';
import { ClientFileSystemProvider } from '../lsp/client-file-system.js';
import { SmartFileSystemProvider } from '../workspace/smart-file-system.js';

export class DiskOrClientFileSystemProvider implements FileSystemProvider {
    /** Set from the client's initializationOptions once it has said so. */
    clientAnswers = false;
    private readonly disk = new SmartFileSystemProvider();
    private readonly client: ClientFileSystemProvider;

    constructor(connection: Connection) {
        this.client = new ClientFileSystemProvider(connection);
    }

    /** Reads what is not a local file through the client, if it answers; else `otherwise`. */
    private async remote<T>(read: (client: ClientFileSystemProvider) => Promise<T>, otherwise: () => T): Promise<T> {
        return this.clientAnswers ? read(this.client) : otherwise();
    }

    stat(uri: URI): Promise<FileSystemNode> {
        return uri.scheme === 'file' ? this.disk.stat(uri) : this.remote(client => client.stat(uri), () => {
            throw new Error(`${uri.toString(true)}: not a local file`);
        });
    }

    exists(uri: URI): Promise<boolean> {
        return uri.scheme === 'file' ? this.disk.exists(uri) : this.remote(client => client.exists(uri), () => false);
    }

    readFile(uri: URI): Promise<string> {
        return uri.scheme === 'file' ? this.disk.readFile(uri) : this.remote(client => client.readFile(uri), () => {
            throw new Error(`${uri.toString(true)}: not a local file`);
        });
    }

    readBinary(uri: URI): Promise<Uint8Array> {
        return uri.scheme === 'file' ? this.disk.readBinary(uri) : this.remote(client => client.readBinary(uri), () => {
            throw new Error(`${uri.toString(true)}: not a local file`);
        });
    }

    /** A folder that is not local and cannot be read through the client holds nothing to load. */
    readDirectory(uri: URI): Promise<FileSystemNode[]> {
        return uri.scheme === 'file' ? this.disk.readDirectory(uri) : this.remote(client => client.readDirectory(uri), () => []);
    }

    statSync(uri: URI): FileSystemNode {
        return this.disk.statSync(uri);
    }

    existsSync(uri: URI): boolean {
        return this.disk.existsSync(uri);
    }

    readFileSync(uri: URI): string {
        return this.disk.readFileSync(uri);
    }

    readBinarySync(uri: URI): Uint8Array {
        return this.disk.readBinarySync(uri);
    }

    readDirectorySync(uri: URI): FileSystemNode[] {
        return this.disk.readDirectorySync(uri);
    }
}
