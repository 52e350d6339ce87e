/**
 * The preview pane's shell page for a VS Code webview: a CSP that allows only the
 * nonce'd script and stylesheet and the webview's own resources, the stylesheet inline,
 * the root element the pane script renders into, and the script itself.
 */
import { html, SafeHtml } from './escape.js';
import { PREVIEW_ROOT_ID } from './messages.js';
import { renderPlanStyles } from './styles.js';

export interface WebviewHtmlOptions {
    /** A fresh random nonce per page load. */
    nonce: string;
    /** `webview.cspSource`. */
    cspSource: string;
    /** The bundled pane script (webview-main), as `webview.asWebviewUri(...)` gives it. */
    scriptUri: string;
}

export function renderWebviewHtml(options: WebviewHtmlOptions): string {
    const { nonce, cspSource, scriptUri } = options;
    const csp = `default-src 'none'; script-src 'nonce-${nonce}'; style-src ${cspSource} 'nonce-${nonce}'; img-src ${cspSource} data:; font-src ${cspSource}`;
    return html`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>SMART preview</title>
<style nonce="${nonce}">${new SafeHtml(renderPlanStyles())}</style>
</head>
<body class="sp-interactive">
<main id="${PREVIEW_ROOT_ID}"><p class="sp-notice">Loading the plan's progress…</p></main>
<script nonce="${nonce}" src="${scriptUri}"></script>
</body>
</html>
`.value;
}
