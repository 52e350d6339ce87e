/**
 * The paths the language-model tools are given, as the workspace's plans: a path relative
 * to the workspace folder (in a multi-root workspace, optionally starting with a folder's
 * name), an absolute path, or a glob. Each must lie inside a workspace folder, also once
 * symbolic links are resolved; anything else is refused with an error that names only the
 * path as given. Answers name plans the same way back (relative to the workspace).
 */
import { realpath } from 'node:fs/promises';
import { isAbsolute, posix, relative } from 'node:path';
import * as vscode from 'vscode';
import { outsideFolderMessage, pushAll } from '@smart-plan/language/protocol';

const GLOB = /[*?[\]{}]/;

/** The plan and folder URIs that the paths name; with none, the workspace folders (undefined without any: every loaded plan). */
export async function scopeOfPaths(paths: readonly string[]): Promise<string[] | undefined> {
    if (paths.length === 0) {
        const folders = vscode.workspace.workspaceFolders ?? [];
        return folders.length > 0 ? folders.map(folder => folder.uri.toString()) : undefined;
    }
    const uris: string[] = [];
    for (const path of paths) {
        pushAll(uris, GLOB.test(path) ? await globMatches(path) : [(await resolvePath(path)).toString()]);
    }
    return uris;
}

/** One path inside the workspace, existing; an Error otherwise. */
export async function resolvePath(path: string): Promise<vscode.Uri> {
    const uri = candidate(path);
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) {
        throw new Error(outsideFolderMessage(path));
    }
    if (uri.scheme === 'file') {
        let real: string;
        try {
            real = await realpath(uri.fsPath);
        } catch {
            throw new Error(`${path}: no such file or directory`);
        }
        if (!inside(await realpath(folder.uri.fsPath), real)) {
            throw new Error(outsideFolderMessage(path));
        }
        return uri;
    }
    try {
        await vscode.workspace.fs.stat(uri);
    } catch {
        throw new Error(`${path}: no such file or directory`);
    }
    return uri;
}

/** A plan as answers name it: relative to the workspace (with the folder's name in a multi-root workspace). */
export function workspaceName(uri: string): string {
    return vscode.workspace.asRelativePath(vscode.Uri.parse(uri));
}

function candidate(path: string): vscode.Uri {
    if (/^file:\/\//.test(path)) {
        return vscode.Uri.parse(path);
    }
    if (isAbsolute(path)) {
        return vscode.Uri.file(path);
    }
    const folders = vscode.workspace.workspaceFolders ?? [];
    if (folders.length === 0) {
        throw new Error(`${path}: no folder is open in the workspace, so no path is inside it`);
    }
    const [first, ...rest] = path.split(/[\\/]/);
    const named = folders.length > 1 ? folders.find(folder => folder.name === first) : undefined;
    return named ? vscode.Uri.joinPath(named.uri, ...rest) : vscode.Uri.joinPath(folders[0].uri, path);
}

function inside(folder: string, path: string): boolean {
    const within = relative(folder, path);
    return within === '' || (!within.startsWith('..') && !isAbsolute(within));
}

/** The `.smart` files a glob matches in the workspace folders, links that lead outside left out. */
async function globMatches(glob: string): Promise<string[]> {
    const normalized = posix.normalize(glob.replace(/\\/g, '/'));
    if (isAbsolute(glob) || normalized.startsWith('..')) {
        throw new Error(outsideFolderMessage(glob));
    }
    const found: string[] = [];
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
        const realFolder = folder.uri.scheme === 'file' ? await realpath(folder.uri.fsPath) : undefined;
        for (const uri of await vscode.workspace.findFiles(new vscode.RelativePattern(folder, normalized))) {
            if (uri.path.endsWith('.smart') && (realFolder === undefined || inside(realFolder, await realpath(uri.fsPath).catch(() => uri.fsPath)))) {
                found.push(uri.toString());
            }
        }
    }
    if (found.length === 0) {
        throw new Error(`${glob}: no .smart files match`);
    }
    return found.sort();
}
