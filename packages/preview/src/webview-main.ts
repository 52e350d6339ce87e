/**
 * The preview pane's script, bundled as a browser IIFE by the extension (esbuild) and
 * loaded by the shell page of webview-html.ts. Starts the pane on the page's root
 * element with VS Code's webview API. Not exported from index.ts: it runs on import.
 */
import { PREVIEW_ROOT_ID } from './messages.js';
import { startPane, type WebviewApi } from './pane.js';

declare function acquireVsCodeApi(): WebviewApi;

const root = document.getElementById(PREVIEW_ROOT_ID) ?? document.body;
startPane(acquireVsCodeApi(), root, window);
