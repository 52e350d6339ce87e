/**
 * The editor's side of the language server's file requests (`smart/fs/stat`,
 * `smart/fs/readFile`, `smart/fs/readDirectory`; see the protocol entry of the language
 * package), which the server in a web worker sends for every file and the Node server for
 * what is not a local file: answered with `vscode.workspace.fs`, so plans, imports,
 * `.smartrc.json`, presets and `smart-suppressions.json` come from whatever file system
 * the workspace is on (a local or remote folder, a GitHub repository on github.dev). Read
 * only: nothing here writes. A plan that is not UTF-8 text is refused, as the CLI refuses it.
 */
import * as vscode from 'vscode';
import { ResponseError, type BaseLanguageClient } from 'vscode-languageclient';
import {
    FS_READ_DIRECTORY_REQUEST, FS_READ_FILE_REQUEST, FS_STAT_REQUEST,
    type FsEntry, type FsEntryType, type FsErrorData, type FsStat, type FsUriParams
} from '@smart-plan/language/protocol';

/** LSP's RequestFailed: the request was valid, the file could not be read. */
const REQUEST_FAILED = -32803;

export function answerFileRequests(client: BaseLanguageClient): vscode.Disposable[] {
    return [
        client.onRequest(FS_STAT_REQUEST, async ({ uri }: FsUriParams): Promise<FsStat | null> => {
            try {
                return { type: entryType((await vscode.workspace.fs.stat(parse(uri))).type) };
            } catch {
                return null;
            }
        }),
        client.onRequest(FS_READ_FILE_REQUEST, async ({ uri }: FsUriParams): Promise<string> => {
            const bytes = await failing(() => vscode.workspace.fs.readFile(parse(uri)));
            try {
                return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
            } catch {
                throw fileError('not UTF-8 text', 'NotUtf8');
            }
        }),
        client.onRequest(FS_READ_DIRECTORY_REQUEST, async ({ uri }: FsUriParams): Promise<FsEntry[]> => {
            const folder = parse(uri);
            const entries = await failing(() => vscode.workspace.fs.readDirectory(folder));
            return entries.map(([name, type]) => ({ uri: vscode.Uri.joinPath(folder, name).toString(), type: entryType(type) }));
        })
    ];
}

function parse(uri: string): vscode.Uri {
    return vscode.Uri.parse(uri, true);
}

function entryType(type: vscode.FileType): FsEntryType {
    return type & vscode.FileType.Directory ? 'directory' : type & vscode.FileType.File ? 'file' : 'other';
}

/** Runs a read, turning a FileSystemError into an error answer that names its code. */
async function failing<T>(read: () => Thenable<T>): Promise<T> {
    try {
        return await read();
    } catch (error) {
        throw error instanceof vscode.FileSystemError ? fileError(error.message, error.code) : fileError(String(error), 'Unknown');
    }
}

function fileError(message: string, code: string): ResponseError<FsErrorData> {
    return new ResponseError<FsErrorData>(REQUEST_FAILED, message, { code });
}
