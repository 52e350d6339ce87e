/**
 * The messages between the extension and the preview pane's script, and the id of the
 * element the pane renders into.
 *
 * Extension → pane: `view` (a view model, validated by the pane on arrival), `scroll`
 * (the editor's top visible line, for scroll sync), `show` (bring a declaration into
 * view and highlight it: a code lens was clicked).
 *
 * Pane → extension: `ready` once the script runs (send the view then), `reveal` when a
 * declaration is clicked or Enter is pressed on it (its 0-based line), `scrolled` when the
 * user scrolls the pane (the source line at its top, fractional), `export` and `print`
 * from the pane's buttons.
 */
import type { PlanView } from '@smart-plan/language/protocol';

/** The id of the element the shell page provides and the pane script renders into. */
export const PREVIEW_ROOT_ID = 'smart-preview';

export interface ViewMessage {
    type: 'view';
    view: PlanView;
}

export interface ScrollMessage {
    type: 'scroll';
    /** The 0-based source line at the top of the editor (fractional). */
    line: number;
}

export interface ShowMessage {
    type: 'show';
    /** The 0-based line of the declaration to bring into view. */
    line: number;
}

export interface ReadyMessage {
    type: 'ready';
}

export interface RevealMessage {
    type: 'reveal';
    /** 0-based line of the clicked declaration. */
    line: number;
}

export interface ScrolledMessage {
    type: 'scrolled';
    /** The 0-based source line at the top of the pane (fractional). */
    line: number;
}

export interface ExportMessage {
    type: 'export';
}

export interface PrintMessage {
    type: 'print';
}

export type ExtensionToPaneMessage = ViewMessage | ScrollMessage | ShowMessage;
export type PaneToExtensionMessage = ReadyMessage | RevealMessage | ScrolledMessage | ExportMessage | PrintMessage;

function isLineMessage(message: unknown, type: string): message is { type: string; line: number } {
    const candidate = message as { type?: unknown; line?: unknown } | null;
    return typeof candidate === 'object' && candidate !== null && candidate.type === type
        && typeof candidate.line === 'number' && Number.isFinite(candidate.line) && candidate.line >= 0;
}

/** For the extension: whether a message from the webview is a well-formed `reveal`. */
export function isRevealMessage(message: unknown): message is RevealMessage {
    return isLineMessage(message, 'reveal') && Number.isInteger(message.line);
}

/** For the extension: whether a message from the webview is a well-formed `scrolled`. */
export function isScrolledMessage(message: unknown): message is ScrolledMessage {
    return isLineMessage(message, 'scrolled');
}

/** For the extension: whether a message from the webview is `ready`, `export` or `print`. */
export function isPaneMessage<T extends 'ready' | 'export' | 'print'>(message: unknown, type: T): message is { type: T } {
    return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === type;
}

/** For the extension: whether a message from the webview is `ready`. */
export function isReadyMessage(message: unknown): message is ReadyMessage {
    return isPaneMessage(message, 'ready');
}
