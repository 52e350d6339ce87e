/**
 * The language server's gate for what a client sends, before any handler sees it (a
 * vscode-jsonrpc message strategy, passed when the connection is created):
 *
 * - parameters are checked at the boundary: a `didOpen` whose text is not a string (null
 *   or an object wedged the server for good), a `didChange` with a broken change, a
 *   position or range that is not whole numbers of 0 or more, a `textDocument` without a
 *   URI. A notification like that is dropped and logged; a request gets an InvalidParams
 *   error;
 * - after `shutdown`, a request gets an InvalidRequest error and a notification other than
 *   `exit` is dropped, as the protocol says.
 *
 * A refused request is rewritten to REFUSED_METHOD, whose handler (registerRefusals)
 * answers it with the error, so the answer goes through the connection like any other.
 */
import { URI } from 'langium';
import { ErrorCodes, ResponseError, type Connection } from 'vscode-languageserver';
import { Message, type ConnectionOptions, type MessageStrategy, type NotificationMessage, type RequestMessage } from 'vscode-languageserver';

export const REFUSED_METHOD = 'smart/$refused';

interface Refusal {
    code: number;
    message: string;
}

type Params = Record<string, unknown>;

const isObject = (value: unknown): value is Params => typeof value === 'object' && value !== null && !Array.isArray(value);
const isCount = (value: unknown) => Number.isSafeInteger(value) && (value as number) >= 0;

function positionProblem(value: unknown, name: string): string | undefined {
    return isObject(value) && isCount(value.line) && isCount(value.character) ? undefined : `${name} is not { line, character } with whole numbers of 0 or more`;
}

function rangeProblem(value: unknown, name: string): string | undefined {
    if (!isObject(value)) {
        return `${name} is not { start, end }`;
    }
    return positionProblem(value.start, `${name}.start`) ?? positionProblem(value.end, `${name}.end`);
}

function uriProblem(value: unknown, name: string): string | undefined {
    if (typeof value !== 'string' || value.length === 0) {
        return `${name} is not a URI`;
    }
    try {
        URI.parse(value, true);
        return undefined;
    } catch {
        return `${name} is not a URI`;
    }
}

function textDocumentProblem(params: Params): string | undefined {
    return isObject(params.textDocument) ? uriProblem(params.textDocument.uri, 'textDocument.uri') : 'textDocument is missing';
}

/** What is wrong with a notification's parameters, for the ones the server acts on. */
function notificationProblem(method: string, params: unknown): string | undefined {
    if (!method.startsWith('textDocument/')) {
        return undefined;
    }
    if (!isObject(params)) {
        return 'no parameters';
    }
    const document = textDocumentProblem(params);
    if (document) {
        return document;
    }
    const textDocument = params.textDocument as Params;
    if (method === 'textDocument/didOpen') {
        if (typeof textDocument.text !== 'string') {
            return 'textDocument.text is not a string';
        }
        if (!Number.isSafeInteger(textDocument.version)) {
            return 'textDocument.version is not a whole number';
        }
        return typeof textDocument.languageId === 'string' ? undefined : 'textDocument.languageId is not a string';
    }
    if (method === 'textDocument/didChange') {
        if (!Number.isSafeInteger(textDocument.version)) {
            return 'textDocument.version is not a whole number';
        }
        if (!Array.isArray(params.contentChanges)) {
            return 'contentChanges is not a list';
        }
        for (const [index, change] of params.contentChanges.entries()) {
            if (!isObject(change) || typeof change.text !== 'string') {
                return `contentChanges[${index}].text is not a string`;
            }
            const range = change.range === undefined ? undefined : rangeProblem(change.range, `contentChanges[${index}].range`);
            if (range) {
                return range;
            }
        }
    }
    return undefined;
}

/** What is wrong with a request's parameters: its document, position and range, where it names them. */
function requestProblem(params: unknown): string | undefined {
    if (!isObject(params)) {
        return undefined;
    }
    if ('textDocument' in params) {
        const document = textDocumentProblem(params);
        if (document) {
            return document;
        }
    }
    if ('position' in params) {
        const position = positionProblem(params.position, 'position');
        if (position) {
            return position;
        }
    }
    return 'range' in params ? rangeProblem(params.range, 'range') : undefined;
}

export class MessageGuard implements MessageStrategy {
    private shuttingDown = false;

    handleMessage(message: Message, next: (message: Message) => void): void {
        if (Message.isRequest(message)) {
            next(this.checkRequest(message));
            return;
        }
        if (Message.isNotification(message)) {
            const problem = this.shuttingDown && message.method !== 'exit' ? 'the server is shutting down' : notificationProblem(message.method, message.params);
            if (problem) {
                console.error(`smart language server: ignoring ${message.method}: ${problem}`);
                return;
            }
        }
        next(message);
    }

    private checkRequest(request: RequestMessage): RequestMessage | NotificationMessage {
        if (this.shuttingDown) {
            return refusal(request, { code: ErrorCodes.InvalidRequest, message: `${request.method}: the server is shutting down (it received shutdown)` });
        }
        if (request.method === 'shutdown') {
            this.shuttingDown = true;
            return request;
        }
        const problem = requestProblem(request.params);
        return problem ? refusal(request, { code: ErrorCodes.InvalidParams, message: `${request.method}: ${problem}` }) : request;
    }
}

function refusal(request: RequestMessage, why: Refusal): RequestMessage {
    return { jsonrpc: request.jsonrpc, id: request.id, method: REFUSED_METHOD, params: why };
}

/** The connection options of a smart language server's connection: the gate above. */
export function smartConnectionOptions(): ConnectionOptions {
    return { messageStrategy: new MessageGuard() };
}

/** Answers the requests the gate refused, with the error it gave. */
export function registerRefusals(connection: Connection): void {
    connection.onRequest(REFUSED_METHOD, (why: Refusal) => new ResponseError(why.code, why.message));
}
