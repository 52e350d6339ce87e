/**
 * The messages between the extension and the preview pane's script, and the id of the
 * element the pane renders into. Extension → pane: `view` (a view model, validated by the
 * pane on arrival). Pane → extension: `ready` once the script runs (send the view then),
 * `reveal` when a declaration is clicked (its 0-based line).
 */
import type { PlanView } from '@smart-plan/language/protocol';

/** The id of the element the shell page provides and the pane script renders into. */
export const PREVIEW_ROOT_ID = 'smart-preview';

export interface ViewMessage {
    type: 'view';
    view: PlanView;
}

export interface ReadyMessage {
    type: 'ready';
}

export interface RevealMessage {
    type: 'reveal';
    /** 0-based line of the clicked declaration. */
    line: number;
}

export type ExtensionToPaneMessage = ViewMessage;
export type PaneToExtensionMessage = ReadyMessage | RevealMessage;

/** For the extension: whether a message from the webview is a well-formed `reveal`. */
export function isRevealMessage(message: unknown): message is RevealMessage {
    const candidate = message as Partial<RevealMessage> | null;
    return typeof candidate === 'object' && candidate !== null && candidate.type === 'reveal'
        && typeof candidate.line === 'number' && Number.isInteger(candidate.line) && candidate.line >= 0;
}

/** For the extension: whether a message from the webview is `ready`. */
export function isReadyMessage(message: unknown): message is ReadyMessage {
    return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'ready';
}
