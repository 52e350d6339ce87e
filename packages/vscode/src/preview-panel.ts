/**
 * The progress preview: one webview panel beside the editor that follows the active plan
 * (see PlanViewTracker) and draws its view model with the @smart-plan/preview renderer.
 * The page is the preview package's shell (strict CSP with a nonce, the script from the
 * extension's dist folder only). The extension posts `view` (again when the page says
 * `ready`: without a retained context the page starts afresh whenever it is shown),
 * `scroll` when the plan's editor scrolls and `show` to bring a goal into view (its code
 * lens was clicked); the page posts `reveal` when an element is clicked (the extension
 * selects that line in the plan's editor), `scrolled` when the user scrolls it (the
 * editor follows), and `export` or `print` from its buttons. Scroll sync, like the
 * Markdown preview's, follows `smart.preview.scrollWithEditor`; a scroll one side caused
 * is not echoed back. A preview left open is restored after a window reload.
 */
import * as vscode from 'vscode';
import { isPaneMessage, isReadyMessage, isRevealMessage, isScrolledMessage, renderWebviewHtml, type ExtensionToPaneMessage } from '@smart-plan/preview';
import { freshNonce } from './nonce.js';
import type { PlanViewTracker, PlanViewUpdate } from './plan-view-tracker.js';

export const PREVIEW_VIEW_TYPE = 'smart.preview';

/** Editor scrolls this soon after the pane scrolled the editor are the pane's own, not the user's. */
const ECHO_MS = 300;

/** What the pane's buttons do with the followed plan. */
export interface PreviewActions {
    exportReport(document: vscode.TextDocument): Promise<unknown>;
    printReport(document: vscode.TextDocument): Promise<unknown>;
}

export class PreviewPanel implements vscode.Disposable {
    private panel: vscode.WebviewPanel | undefined;
    private readonly disposables: vscode.Disposable[] = [];
    /** A line to bring into view once the page has the plan's view (a code lens click). */
    private pendingShow: number | undefined;
    /** Whether the page's script has said `ready` (messages before that may be lost). */
    private paneReady = false;
    private editorMovedByPaneAt = 0;

    constructor(
        private readonly extensionUri: vscode.Uri,
        private readonly tracker: PlanViewTracker,
        private readonly actions: PreviewActions,
        private readonly log: vscode.LogOutputChannel
    ) {
        this.disposables.push(
            tracker.onDidUpdate(update => this.post(update)),
            vscode.window.onDidChangeTextEditorVisibleRanges(event => this.editorScrolled(event))
        );
    }

    /** Shows the preview of `document` in `column`, creating the panel on first use; `line`: bring that declaration into view. */
    show(document: vscode.TextDocument, column: vscode.ViewColumn, preserveFocus: boolean, line?: number): void {
        this.tracker.follow(document);
        this.pendingShow = line;
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
        this.paneReady = false;
        panel.iconPath = {
            light: vscode.Uri.joinPath(this.extensionUri, 'icons', 'smart-file-light.svg'),
            dark: vscode.Uri.joinPath(this.extensionUri, 'icons', 'smart-file-dark.svg')
        };
        panel.webview.html = renderWebviewHtml({
            nonce: freshNonce(),
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
        this.send({ type: 'view', view: update.view });
        if (this.pendingShow !== undefined && this.paneReady) {
            this.send({ type: 'show', line: this.pendingShow });
            this.pendingShow = undefined;
        }
    }

    private send(message: ExtensionToPaneMessage): void {
        void this.panel?.webview.postMessage(message);
    }

    private async onMessage(message: unknown): Promise<void> {
        if (isReadyMessage(message)) {
            this.paneReady = true;
            this.postLatest();
            return;
        }
        const document = this.tracker.document;
        if (!document || document.isClosed) {
            return;
        }
        if (isScrolledMessage(message)) {
            this.scrollEditor(document, message.line);
        } else if (isPaneMessage(message, 'export')) {
            await this.actions.exportReport(document);
        } else if (isPaneMessage(message, 'print')) {
            await this.actions.printReport(document);
        } else if (isRevealMessage(message)) {
            await this.reveal(document, message.line);
        }
    }

    private async reveal(document: vscode.TextDocument, lineNumber: number): Promise<void> {
        const line = document.lineAt(Math.min(lineNumber, document.lineCount - 1));
        const selection = new vscode.Selection(line.range.end, new vscode.Position(line.lineNumber, line.firstNonWhitespaceCharacterIndex));
        const shownIn = vscode.window.visibleTextEditors.find(editor => editor.document === document)?.viewColumn;
        const column = shownIn ?? (this.panel?.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One);
        try {
            const editor = await vscode.window.showTextDocument(document, { viewColumn: column, selection, preserveFocus: false });
            editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
        } catch (error) {
            this.log.warn(`could not reveal line ${lineNumber + 1}: ${error instanceof Error ? error.message : String(error)}`);
        }
    }

    /** The pane was scrolled by the user: the plan's visible editor follows, its top line at the pane's. */
    private scrollEditor(document: vscode.TextDocument, line: number): void {
        if (!scrollWithEditor(document)) {
            return;
        }
        const editor = vscode.window.visibleTextEditors.find(visible => visible.document === document);
        if (editor) {
            const top = Math.min(Math.floor(line), document.lineCount - 1);
            this.editorMovedByPaneAt = Date.now();
            editor.revealRange(new vscode.Range(top, 0, top, 0), vscode.TextEditorRevealType.AtTop);
        }
    }

    /** The plan's editor was scrolled: the pane follows, unless the pane itself moved it just now. */
    private editorScrolled(event: vscode.TextEditorVisibleRangesChangeEvent): void {
        const document = this.tracker.document;
        if (!this.panel?.visible || event.textEditor.document !== document || !scrollWithEditor(document) || event.visibleRanges.length === 0) {
            return;
        }
        if (Date.now() - this.editorMovedByPaneAt < ECHO_MS) {
            return;
        }
        this.send({ type: 'scroll', line: event.visibleRanges[0].start.line });
    }

    dispose(): void {
        this.panel?.dispose();
        for (const disposable of this.disposables) {
            disposable.dispose();
        }
    }
}

function scrollWithEditor(document: vscode.TextDocument): boolean {
    return vscode.workspace.getConfiguration('smart.preview', document.uri).get<boolean>('scrollWithEditor', true);
}

function titleOf(document: vscode.TextDocument): string {
    const name = document.uri.path.split('/').pop() || 'plan';
    return `Preview ${name}`;
}
