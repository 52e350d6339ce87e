/**
 * `@smart-plan/language/protocol`: the typed protocol between the language server and its
 * clients beyond plain LSP (the `smart/preview` request and the view model it returns, as
 * zod schemas), with the shared vocabulary and formatters (common/) every surface renders
 * with. Imports nothing but zod and common/, so the extension client and the preview pane
 * can use it without pulling in Langium.
 */
export * from './common/index.js';
export * from './model/plan-view-schema.js';
import type { CheckinInput } from './common/checkin-input.js';
import type { AlignmentNode } from './model/plan-view-schema.js';

/** `smart/preview`: the progress view model of one open plan. */
export const PREVIEW_REQUEST = 'smart/preview';

export interface PreviewParams {
    /** The document URI, as the client knows it. */
    uri: string;
}

/** `smart/checkin`: the edits recording check-in entries in an open plan (what `smart checkin` writes). */
export const CHECKIN_REQUEST = 'smart/checkin';

export interface CheckinParams {
    /** The document URI, as the client knows it. */
    uri: string;
    entries: CheckinInput[];
    /** Rewrite an entry of the same goal and date that has another value. */
    replace?: boolean;
}

/** A text edit as LSP writes it (0-based lines and characters). */
export interface ProtocolTextEdit {
    range: { start: { line: number; character: number }; end: { line: number; character: number } };
    newText: string;
}

export interface CheckinResult {
    /** The edits of the plan's text; none when there is a problem. */
    edits: ProtocolTextEdit[];
    added: number;
    unchanged: number;
    replaced: number;
    /** What is wrong, per entry (0-based) or for the plan; nothing is to be written then. */
    problems: Array<{ entry?: number; message: string; conflict?: boolean }>;
}

/** `smart/goals`: the alignment tree of every loaded plan (the SMART Goals view). */
export const GOALS_REQUEST = 'smart/goals';

export interface GoalsResult {
    /** Roots first; each node's `file` is its plan's URI. */
    tree: AlignmentNode[];
}

/** The settings section the server reads (`smart.today`, `smart.rules`, thresholds). */
export const SETTINGS_SECTION = 'smart';

/** The extension's command a goal's code lens runs to open the preview at that goal: `(uri, line)`. */
export const SHOW_IN_PREVIEW_COMMAND = 'smart.showInPreview';

/** What a client may tell the server when it starts (LSP `initializationOptions`). */
export interface SmartInitializationOptions {
    /**
     * The client command a goal's code lens runs, with the document URI and the goal's
     * 0-based line (the VS Code extension: SHOW_IN_PREVIEW_COMMAND). Without it, the lens
     * only shows the goal's standing.
     */
    previewCommand?: string;
    /**
     * The client answers the `smart/fs/*` requests (the VS Code extension does): the
     * server then reads through it whatever is not a local file (a virtual workspace's
     * plans, say). The server in a web worker reads every file through the client.
     */
    workspaceFiles?: boolean;
}

/**
 * The file requests of the language server in a web worker, which reads plans, imports,
 * `.smartrc.json`, presets and `smart-suppressions.json` through the editor (the client
 * answers them with `vscode.workspace.fs`, so they work in any workspace: a local folder,
 * a remote one, a GitHub repository on github.dev). URIs are strings as on the wire.
 * `smart/fs/stat` answers null for nothing there; `smart/fs/readFile` (UTF-8 text) and
 * `smart/fs/readDirectory` fail with an error whose data names the code (FS_ERROR_DATA).
 */
export const FS_STAT_REQUEST = 'smart/fs/stat';
export const FS_READ_FILE_REQUEST = 'smart/fs/readFile';
export const FS_READ_DIRECTORY_REQUEST = 'smart/fs/readDirectory';

export interface FsUriParams {
    uri: string;
}

export type FsEntryType = 'file' | 'directory' | 'other';

export interface FsStat {
    type: FsEntryType;
}

export interface FsEntry {
    uri: string;
    type: FsEntryType;
}

/** The data of a failed file request: the editor's error code (`FileNotFound`, `NoPermissions`, `NotUtf8`, ...). */
export interface FsErrorData {
    code: string;
}
