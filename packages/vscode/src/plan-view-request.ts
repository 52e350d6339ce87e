/**
 * Asks the language server for a plan's progress view model (`smart/preview`) and checks
 * the answer against PlanViewSchema before the preview, the status bar or a report use it.
 */
import type * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { PREVIEW_REQUEST, PlanViewSchema, type PlanView, type PreviewParams } from '@smart-plan/language/protocol';

export async function requestPlanView(client: BaseLanguageClient, document: vscode.TextDocument): Promise<PlanView | null> {
    return requestPlanViewAt(client, document.uri);
}

/** The view model of any plan the server loaded (open in an editor or not); null for none. */
export async function requestPlanViewAt(client: BaseLanguageClient, uri: vscode.Uri): Promise<PlanView | null> {
    const params: PreviewParams = { uri: client.code2ProtocolConverter.asUri(uri) };
    const answer: unknown = await client.sendRequest(PREVIEW_REQUEST, params);
    if (answer === null || answer === undefined) {
        return null;
    }
    const parsed = PlanViewSchema.safeParse(answer);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new Error(`the language server sent an invalid plan view (${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'unknown problem'})`);
    }
    return parsed.data;
}
