/**
 * `@smart-plan/language/protocol`: the typed protocol between the language server and its
 * clients beyond plain LSP (the `smart/preview` request and the view model it returns, as
 * zod schemas), with the shared vocabulary and formatters (common/) every surface renders
 * with. Imports nothing but zod and common/, so the extension client and the preview pane
 * can use it without pulling in Langium.
 */
export * from './common/index.js';
export * from './model/plan-view-schema.js';

/** `smart/preview`: the progress view model of one open plan. */
export const PREVIEW_REQUEST = 'smart/preview';

export interface PreviewParams {
    /** The document URI, as the client knows it. */
    uri: string;
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
}
