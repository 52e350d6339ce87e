/**
 * Answers `smart/checkin`: the edits that record check-in entries in an open plan, from
 * the same function `smart checkin` writes with (plan/checkin-edits.ts), on the document
 * as the editor has it (unsaved changes included). The client applies them as one
 * undoable edit. Parameters that are not what the protocol says are a request error.
 */
import { DocumentState, URI } from 'langium';
import { ResponseError, type Connection } from 'vscode-languageserver';
import type { CheckinInput } from '../common/checkin-input.js';
import { checkinEdits } from '../plan/checkin-edits.js';
import { CHECKIN_REQUEST, type CheckinParams, type CheckinResult } from '../protocol.js';
import type { SmartServices } from '../smart-module.js';

export function registerCheckinRequest(connection: Connection, services: SmartServices): void {
    connection.onRequest(CHECKIN_REQUEST, async (params: CheckinParams): Promise<CheckinResult> => {
        if (!isCheckinParams(params)) {
            throw new ResponseError(-32602, `${CHECKIN_REQUEST}: expected { uri, entries: [{ goal, date, value, confidence?, note? }], replace? }`);
        }
        const uri = URI.parse(params.uri);
        const documents = services.shared.workspace.LangiumDocuments;
        if (!documents.hasDocument(uri)) {
            return { edits: [], added: 0, unchanged: 0, replaced: 0, problems: [{ message: 'the plan is not open in the language server' }] };
        }
        await services.shared.workspace.DocumentBuilder.waitUntil(DocumentState.Linked, uri);
        const outcome = await checkinEdits(services, documents.getDocument(uri)!, params.entries, { replace: params.replace === true });
        return { edits: outcome.edits, added: outcome.added, unchanged: outcome.unchanged, replaced: outcome.replaced, problems: outcome.problems.map(({ entry, message, conflict }) => ({ entry, message, conflict })) };
    });
}

function isCheckinParams(params: unknown): params is CheckinParams {
    const candidate = params as Partial<CheckinParams> | null;
    return typeof candidate?.uri === 'string' && Array.isArray(candidate.entries) && candidate.entries.every(isEntry)
        && (candidate.replace === undefined || typeof candidate.replace === 'boolean');
}

function isEntry(entry: unknown): entry is CheckinInput {
    const candidate = entry as Record<string, unknown> | null;
    const optional = (key: string) => candidate?.[key] === undefined || typeof candidate[key] === 'string';
    return typeof candidate?.goal === 'string' && typeof candidate.date === 'string' && typeof candidate.value === 'string' && optional('confidence') && optional('note');
}
