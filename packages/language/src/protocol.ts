/**
 * `@smart-plan/language/protocol`: the typed protocol between the language server and its
 * clients beyond plain LSP (the `smart/preview` request and the view model it returns, as
 * zod schemas), with the shared vocabulary and formatters (common/) every surface renders
 * with. Imports nothing but zod and common/, so the extension client and the preview pane
 * can use it without pulling in Langium.
 */
export * from './common/index.js';
export * from './model/plan-view-schema.js';
export * from './model/assistant-schema.js';
import type { CheckinInput } from './common/checkin-input.js';
import type { GoalStatus } from './common/vocabulary.js';
import type { AlignmentNode } from './model/plan-view-schema.js';

/** `smart/preview`: the progress view model of one plan the server loaded (open in an editor or not). */
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

/**
 * The plans a request for the language-model tools is about: plan or folder URIs (a plan
 * is in when its URI is one of them or lies under one); none: every plan the server loaded.
 */
export interface PlansParams {
    within?: string[];
}

/**
 * `smart/diagnostics`: every plan's diagnostics as `smart lint --format json` lists them (a
 * `LintAnswer`). Plans not open are validated for the answer, and nothing is published.
 * The answers of this request, `smart/goalList` and `smart/explainGoal` name plans relative
 * to the workspace folders (after the folder's name when there are several; a URI for a
 * plan outside them), as VS Code's `asRelativePath` does.
 */
export const DIAGNOSTICS_REQUEST = 'smart/diagnostics';

export interface DiagnosticsParams extends PlansParams {
    /** Errors only, as `smart lint --quiet`. */
    errorsOnly?: boolean;
}

/** `smart/goalList`: the goals worst status first, optionally only some statuses (a `GoalList`). */
export const GOAL_LIST_REQUEST = 'smart/goalList';

export interface GoalListParams extends PlansParams {
    statuses?: GoalStatus[];
}

/** `smart/explainGoal`: one goal explained (a `GoalExplanation`), or `{ problem }` when the name is no goal, or several. */
export const EXPLAIN_GOAL_REQUEST = 'smart/explainGoal';

export interface ExplainGoalParams extends PlansParams {
    goal: string;
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
