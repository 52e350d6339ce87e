/**
 * The file system the language services read plans through (the language server's
 * workspace, its requests, the imports it follows; the CLI's services): Langium's Node
 * file system, except that a plan is read only when it is a regular file of at most
 * MAX_PLAN_BYTES (regular-file.ts: a FIFO named `*.smart` made a `references` request
 * block a thread for good, and with it every later build and even `exit`), and never
 * through a symbolic link out of its repository (link-escape.ts). A refusal is an error
 * like any unreadable file's. Loading this module gives the plan model the disk's answers
 * about links (local-links.ts).
 */
import type { URI } from 'langium';
import { NodeFileSystemProvider } from 'langium/node';
import { LINK_OUT_OF_REPOSITORY, linkedPathFromFolder, linkOutOfRepository } from './link-escape.js';
import { installLocalLinks } from './local-links.js';
import { MAX_PLAN_BYTES, readRegularFile, readRegularFileAsync, UnreadableFileError } from './regular-file.js';

installLocalLinks({ outOfRepository: linkOutOfRepository, pathFromFolder: linkedPathFromFolder });

function refuseLinkOut(uri: URI): void {
    if (linkOutOfRepository(uri.fsPath) !== undefined) {
        throw new UnreadableFileError(LINK_OUT_OF_REPOSITORY);
    }
}

export class SmartFileSystemProvider extends NodeFileSystemProvider {
    override async readBinary(uri: URI): Promise<Uint8Array> {
        refuseLinkOut(uri);
        return readRegularFileAsync(uri.fsPath, MAX_PLAN_BYTES);
    }

    override readBinarySync(uri: URI): Uint8Array {
        refuseLinkOut(uri);
        return readRegularFile(uri.fsPath, MAX_PLAN_BYTES);
    }

    override async readFile(uri: URI): Promise<string> {
        return (await this.readBinary(uri) as Buffer).toString('utf8');
    }

    override readFileSync(uri: URI): string {
        return (this.readBinarySync(uri) as Buffer).toString('utf8');
    }
}

/** The language services' module context for Node: this file system. */
export const SmartNodeFileSystem = {
    fileSystemProvider: () => new SmartFileSystemProvider()
};
