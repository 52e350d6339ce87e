/**
 * Answers `smart/preview`: the view model of a plan the server has loaded, validated
 * against the schema (so the server never sends what the pane would reject), naming the
 * plan by its path in the workspace. An open plan is answered once it is validated; a plan
 * of the workspace that is not open (the language-model tools ask for any) is validated
 * for the answer only, nothing published.
 */
import { DocumentState, URI, UriUtils } from 'langium';
import type { Connection } from 'vscode-languageserver';
import { PlanViewSchema, type PlanView } from '../model/plan-view-schema.js';
import { currentDiagnostics } from '../plan/plan-diagnostics.js';
import { PREVIEW_REQUEST, type PreviewParams } from '../protocol.js';
import type { SmartServices } from '../smart-module.js';
import { whenBuilt } from './when-built.js';

export function registerPreviewRequest(connection: Connection, services: SmartServices): void {
    connection.onRequest(PREVIEW_REQUEST, async (params: PreviewParams): Promise<PlanView | null> => {
        const uri = URI.parse(params.uri);
        const documents = services.shared.workspace.LangiumDocuments;
        if (!documents.hasDocument(uri)) {
            return null;
        }
        if (services.shared.workspace.TextDocuments.get(uri.toString()) === undefined) {
            return whenBuilt(services, async () => {
                const document = documents.getDocument(uri);
                return document ? PlanViewSchema.parse(services.plan.PlanInsight.planView(document, displayPath(uri, services), await currentDiagnostics(services, document))) : null;
            });
        }
        await services.shared.workspace.DocumentBuilder.waitUntil(DocumentState.Validated, uri);
        const document = documents.getDocument(uri);
        return document ? PlanViewSchema.parse(services.plan.PlanInsight.planView(document, displayPath(uri, services))) : null;
    });
}

/** The plan's path relative to the workspace folder holding it, else its file name: never a URI. */
export function displayPath(uri: URI, services: SmartServices): string {
    for (const folder of services.shared.workspace.WorkspaceManager.workspaceFolders ?? []) {
        const relative = UriUtils.relative(URI.parse(folder.uri), uri);
        if (relative !== '' && !relative.startsWith('..') && !relative.includes(':')) {
            return relative;
        }
    }
    return UriUtils.basename(uri);
}
