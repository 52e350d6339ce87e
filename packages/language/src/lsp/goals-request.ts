/**
 * Answers `smart/goals`: the alignment tree of every plan the server has loaded (roots
 * first, children under the goal they align to), each goal with its status, progress,
 * forecast and roll-up, for the editor's SMART Goals view. Waits until every loaded plan
 * is linked and its references indexed (plans that are not open are not validated, but
 * their statuses need only their facts).
 */
import { DocumentState } from 'langium';
import type { Connection } from 'vscode-languageserver';
import { alignmentView } from '../plan/plan-insight.js';
import { GOALS_REQUEST, type GoalsResult } from '../protocol.js';
import type { SmartServices } from '../smart-module.js';

export function registerGoalsRequest(connection: Connection, services: SmartServices): void {
    connection.onRequest(GOALS_REQUEST, async (): Promise<GoalsResult> => {
        await services.shared.workspace.DocumentBuilder.waitUntil(DocumentState.IndexedReferences);
        return { tree: alignmentView(services, document => document.uri.toString()) };
    });
}
