/**
 * The progress preview: one webview panel beside the editor that follows the active plan
 * (see PlanViewTracker) and draws its view model with the @smart-plan/preview renderer.
 * The page is the preview package's shell (strict CSP with a nonce, the script from the
 * extension's dist folder only); the extension posts `{ type: 'view', view }` (again when
 * the page says `ready`: without a retained context the page starts afresh whenever it is
 * shown) and the page posts `{ type: 'reveal', line }` (0-based) when an element is
 * clicked, which reveals and selects that line in the plan's editor. A preview left open
 * is restored after a window reload.
 */
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { isReadyMessage, isRevealMessage, renderWebviewHtml } from '@smart-plan/preview';
import type { PlanViewTracker, PlanViewUpdate } from './plan-view-tracker.js';

export const PREVIEW_VIEW_TYPE = 'smart.preview';

export class PreviewPanel implements vscode.Disposable {
    private panel: vscode.WebviewPanel | undefined;
    private readonly disposables: vscode.Disposable[] = [];

    constructor(
        private readonly extensionUri: vscode.Uri,
        private readonly tracker: PlanViewTracker,
        private readonly log: vscode.LogOutputChannel
    ) {
        this.disposables.push(tracker.onDidUpdate(update => this.post(update)));
    }

    /** Shows the preview of `document` in `column`, creating the panel on first use. */
    show(document: vscode.TextDocument, column: vscode.ViewColumn, preserveFocus: boolean): void {
        this.tracker.follow(document);
        if (this.panel) {
            this.panel.reveal(column, preserveFocus);
        } else {
            this.panel = this.create(column, preserveFocus);
        }
        this.panel.title = titleOf(document);
        this.postLatest();
    }

    private create(column: vscode.ViewColumn, preserveFocus: boolean): vscode.WebviewPanel {
        const panel = vscode.window.createWebviewPanel(PREVIEW_VIEW_TYPE, 'SMART Preview', { viewColumn: column, preserveFocus }, this.webviewOptions());
        this.attach(panel);
        return panel;
    }

    /** Takes over a preview panel VS Code restores after a reload. */
    restore(panel: vscode.WebviewPanel): void {
        if (this.panel) {
            panel.dispose();
            return;
        }
        panel.webview.options = this.webviewOptions();
        this.panel = panel;
        this.attach(panel);
        this.postLatest();
    }

    private webviewOptions(): vscode.WebviewPanelOptions & vscode.WebviewOptions {
        return {
            enableScripts: true,
            retainContextWhenHidden: false,
            localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'dist')],
            enableFindWidget: true
        };
    }

    private attach(panel: vscode.WebviewPanel): void {
        panel.iconPath = {
            light: vscode.Uri.joinPath(this.extensionUri, 'icons', 'smart-file-light.svg'),
            dark: vscode.Uri.joinPath(this.extensionUri, 'icons', 'smart-file-dark.svg')
        };
        panel.webview.html = renderWebviewHtml({
            nonce: randomBytes(16).toString('hex'),
            cspSource: panel.webview.cspSource,
            scriptUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview.js')).toString()
        });
        const subscriptions = [
            panel.webview.onDidReceiveMessage(message => void this.onMessage(message)),
            panel.onDidDispose(() => {
                this.panel = undefined;
                for (const subscription of subscriptions) {
                    subscription.dispose();
                }
            })
        ];
    }

    private postLatest(): void {
        const latest = this.tracker.latestUpdate;
        if (latest) {
            this.post(latest);
        }
    }

    private post(update: PlanViewUpdate): void {
        if (!this.panel || !update.view) {
            return;
        }
        this.panel.title = titleOf(update.document);
        void this.panel.webview.postMessage({ type: 'view', view: update.view });
    }

    private async onMessage(message: unknown): Promise<void> {
        if (isReadyMessage(message)) {
            this.postLatest();
            return;
        }
        const document = this.tracker.document;
        if (!isRevealMessage(message) || !document || document.isClosed) {
            return;
        }
        const reveal = message;
        const line = document.lineAt(Math.min(reveal.line, document.lineCount - 1));
        const selection = new vscode.Selection(line.range.end, new vscode.Position(line.lineNumber, line.firstNonWhitespaceCharacterIndex));
        const shownIn = vscode.window.visibleTextEditors.find(editor => editor.document === document)?.viewColumn;
        const column = shownIn ?? (this.panel?.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One);
        try {
            const editor = await vscode.window.showTextDocument(document, { viewColumn: column, selection, preserveFocus: false });
            editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
        } catch (error) {
            this.log.warn(`could not reveal line ${reveal.line + 1}: ${error instanceof Error ? error.message : String(error)}`);
        }
    }

    dispose(): void {
        this.panel?.dispose();
        for (const disposable of this.disposables) {
            disposable.dispose();
        }
    }
}

function titleOf(document: vscode.TextDocument): string {
    const name = document.uri.path.split('/').pop() || 'plan';
    return `Preview ${name}`;
}
