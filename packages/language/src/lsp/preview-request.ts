/**
 * Answers `smart/preview`: waits until the plan is validated, then returns its view model
 * (validated against the schema, so the server never sends what the pane would reject),
 * naming the plan by its path in the workspace.
 */
import { DocumentState, URI, UriUtils } from 'langium';
import type { Connection } from 'vscode-languageserver';
import { PlanViewSchema, type PlanView } from '../model/plan-view-schema.js';
import { PREVIEW_REQUEST, type PreviewParams } from '../protocol.js';
import type { SmartServices } from '../smart-module.js';

export function registerPreviewRequest(connection: Connection, services: SmartServices): void {
    connection.onRequest(PREVIEW_REQUEST, async (params: PreviewParams): Promise<PlanView | null> => {
        const uri = URI.parse(params.uri);
        const documents = services.shared.workspace.LangiumDocuments;
        if (!documents.hasDocument(uri)) {
            return null;
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
