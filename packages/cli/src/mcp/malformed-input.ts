/**
 * JSON-RPC errors for input the MCP SDK drops without a word: its stdio transport reports
 * a line that is not JSON, or not a JSON-RPC message, only to `onerror`, so a client
 * waiting for an answer would wait forever. Here such a line gets the error JSON-RPC 2.0
 * prescribes (-32700 parse error, -32600 invalid request, with a null id since none could
 * be read), a line on stderr says what happened, and the server goes on serving.
 */
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import type { JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';

export const PARSE_ERROR = -32700;
export const INVALID_REQUEST = -32600;

/** Answers malformed lines on `transport` (call before connecting the server: the SDK chains its own handler after this one). */
export function answerMalformedInput(transport: Transport, log: (line: string) => void): void {
    transport.onerror = error => {
        const code = error instanceof SyntaxError ? PARSE_ERROR : error.name === 'ZodError' ? INVALID_REQUEST : undefined;
        const firstLine = error.message.split('\n')[0];
        if (code === undefined) {
            log(`smart mcp: ${firstLine}`);
            return;
        }
        const message = code === PARSE_ERROR ? `Parse error: ${firstLine}` : 'Invalid Request: not a JSON-RPC 2.0 request, notification or response';
        log(`smart mcp: ${message}`);
        // JSON-RPC 2.0, section 5: the id is null when it could not be read.
        void transport.send({ jsonrpc: '2.0', id: null, error: { code, message } } as unknown as JSONRPCMessage).catch(() => undefined);
    };
}
