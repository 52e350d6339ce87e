/**
 * What a `smart mcp` tool returns: the answer as structured content (checked against the
 * tool's output schema by the SDK) and the same JSON as text, for clients that show only
 * text; or a tool error the assistant reads and can act on (a path outside the folder, a
 * missing plan, an unknown goal). A CliError is such an error; anything else is a bug,
 * reported in one line, never a stack trace.
 */
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { CliError } from '../cli-error.js';

export function answer<T extends Record<string, unknown>>(structured: T): CallToolResult & { structuredContent: T } {
    return { structuredContent: structured, content: [{ type: 'text', text: JSON.stringify(structured) }] };
}

export function toolError(message: string): CallToolResult {
    return { isError: true, content: [{ type: 'text', text: message }] };
}

/** Runs a tool's body, turning what it throws into a tool error. */
export async function guarded(body: () => Promise<CallToolResult>): Promise<CallToolResult> {
    try {
        return await body();
    } catch (error) {
        if (error instanceof CliError) {
            return toolError(error.message);
        }
        const message = error instanceof Error ? error.message : String(error);
        return toolError(`internal error: ${message.split('\n')[0]} (please report it)`);
    }
}
