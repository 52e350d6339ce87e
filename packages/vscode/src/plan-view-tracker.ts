/**
 * Follows the plan the user works on and keeps its view model fresh: the `.smart` document
 * of the active editor (kept while the focus is elsewhere, e.g. in the preview), asked
 * for again ~300 ms after the user stops typing and whenever its diagnostics change (a
 * setting or `.smartrc.json` changed, an imported plan changed). Late answers to older
 * requests are dropped. The preview panel and the status bar listen to it.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import type { PlanView } from '@smart-plan/language/protocol';
import { isPlanDocument } from './client-options.js';
import { requestPlanView } from './plan-view-request.js';

export const REFRESH_DELAY_MS = 300;

export interface PlanViewUpdate {
    document: vscode.TextDocument;
    /** null: the server has no view for the document. */
    view: PlanView | null;
}

export class PlanViewTracker implements vscode.Disposable {
    private readonly updates = new vscode.EventEmitter<PlanViewUpdate>();
    private readonly disposables: vscode.Disposable[] = [this.updates];
    private current: vscode.TextDocument | undefined;
    private latest: PlanViewUpdate | undefined;
    private timer: ReturnType<typeof setTimeout> | undefined;
    private generation = 0;

    /** Fires with each fresh view model of the followed document. */
    readonly onDidUpdate = this.updates.event;

    constructor(private readonly client: () => BaseLanguageClient, private readonly log: vscode.LogOutputChannel) {
        this.disposables.push(
            vscode.window.onDidChangeActiveTextEditor(editor => {
                if (isPlanDocument(editor?.document)) {
                    this.follow(editor.document);
                }
            }),
            vscode.workspace.onDidChangeTextDocument(event => {
                if (event.document === this.current && event.contentChanges.length > 0) {
                    this.schedule();
                }
            }),
            vscode.languages.onDidChangeDiagnostics(event => {
                const uri = this.current?.uri.toString();
                if (uri && event.uris.some(changed => changed.toString() === uri)) {
                    this.schedule();
                }
            }),
            vscode.workspace.onDidCloseTextDocument(document => {
                if (document === this.current && !document.isUntitled) {
                    this.cancel();
                }
            })
        );
        const active = vscode.window.activeTextEditor?.document;
        if (isPlanDocument(active)) {
            this.follow(active);
        }
    }

    /** The followed plan, if any. */
    get document(): vscode.TextDocument | undefined {
        return this.current;
    }

    /** The latest view model of the followed plan, if one has arrived. */
    get latestUpdate(): PlanViewUpdate | undefined {
        return this.latest?.document === this.current ? this.latest : undefined;
    }

    /** Follows another plan (no-op for the one already followed) and asks for its view. */
    follow(document: vscode.TextDocument): void {
        if (document === this.current) {
            return;
        }
        this.current = document;
        this.latest = undefined;
        void this.refresh();
    }

    /** Asks for the followed plan's view model after the typing pause. */
    schedule(delay = REFRESH_DELAY_MS): void {
        clearTimeout(this.timer);
        this.timer = setTimeout(() => void this.refresh(), delay);
    }

    /** Asks for the followed plan's view model now. */
    async refresh(): Promise<void> {
        clearTimeout(this.timer);
        const document = this.current;
        if (!document) {
            return;
        }
        const generation = ++this.generation;
        let view: PlanView | null;
        try {
            view = await requestPlanView(this.client(), document);
        } catch (error) {
            if (generation === this.generation) {
                this.log.warn(`smart/preview for ${document.uri.toString(true)}: ${error instanceof Error ? error.message : String(error)}`);
            }
            return;
        }
        if (generation !== this.generation || document !== this.current) {
            return; // an older answer: a newer request is under way
        }
        this.latest = { document, view };
        this.updates.fire(this.latest);
    }

    private cancel(): void {
        clearTimeout(this.timer);
        this.generation++;
    }

    dispose(): void {
        this.cancel();
        for (const disposable of this.disposables) {
            disposable.dispose();
        }
    }
}
