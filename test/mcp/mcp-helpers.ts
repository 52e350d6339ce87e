/**
 * Driving `smart mcp` as an assistant does: the MCP SDK's own client over stdio, spawning
 * the built `smart` binary; and a raw line driver for what no well-behaved client sends
 * (lines that are not JSON, requests without `jsonrpc`), matching answers to ids.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { expect } from 'vitest';
import { repoRoot } from '../cli/run-smart.js';

export const bin = fileURLToPath(new URL('../../packages/cli/bin/smart.js', import.meta.url));

/** The day the examples are judged on in these tests. */
export const TODAY = '2027-03-15';

/** A fresh copy of examples/ (the server may be given write access to it). */
export function examplesCopy(): string {
    const dir = mkdtempSync(join(tmpdir(), 'smart-mcp-'));
    cpSync(join(repoRoot, 'examples'), join(dir, 'examples'), { recursive: true });
    return join(dir, 'examples');
}

export interface Connected {
    client: Client;
    stderr: () => string;
    close: () => Promise<void>;
}

/** `smart mcp ARGS` in `cwd`, connected to the SDK's client. */
export async function connect(cwd: string, args: string[] = []): Promise<Connected> {
    const transport = new StdioClientTransport({
        command: process.execPath,
        args: [bin, 'mcp', ...args],
        cwd,
        env: { ...process.env, NO_COLOR: '1' } as Record<string, string>,
        stderr: 'pipe'
    });
    let stderr = '';
    transport.stderr?.on('data', chunk => {
        stderr += String(chunk);
    });
    const client = new Client({ name: 'smart-plan-tests', version: '0.0.0' });
    await client.connect(transport);
    return { client, stderr: () => stderr, close: () => client.close() };
}

/** A tool's answer: its structured content, after checking that the text block holds the same JSON. */
export async function callTool(client: Client, name: string, args: Record<string, unknown> = {}): Promise<any> {
    const result = await client.callTool({ name, arguments: args }) as CallToolResult;
    expect(result.isError, `${name} answered an error: ${JSON.stringify(result.content)}`).toBeFalsy();
    const text = (result.content[0] as { text: string }).text;
    expect(JSON.parse(text)).toEqual(result.structuredContent);
    return result.structuredContent;
}

/** A tool error's text (failing when the call did not answer an error). */
export async function callToolError(client: Client, name: string, args: Record<string, unknown>): Promise<string> {
    const result = await client.callTool({ name, arguments: args }) as CallToolResult;
    expect(result.isError, `${name} ${JSON.stringify(args)} should be refused, got ${JSON.stringify(result.structuredContent)?.slice(0, 200)}`).toBe(true);
    return (result.content[0] as { text: string }).text;
}

export interface JsonRpcAnswer {
    jsonrpc: string;
    id: number | string | null;
    result?: any;
    error?: { code: number; message: string };
}

/** `smart mcp` on raw stdin/stdout: whole lines in, answers out, by id (null-id answers kept in order). */
export class RawMcp {
    private readonly child: ChildProcessWithoutNullStreams;
    private buffered = '';
    private readonly waiting = new Map<number | string, (answer: JsonRpcAnswer) => void>();
    readonly nullIdAnswers: JsonRpcAnswer[] = [];
    readonly unexpected: string[] = [];
    stderr = '';
    exited: number | null | undefined;

    constructor(cwd: string, args: string[] = []) {
        this.child = spawn(process.execPath, [bin, 'mcp', ...args], { cwd, env: { ...process.env, NO_COLOR: '1' } });
        this.child.stdout.setEncoding('utf8');
        this.child.stdout.on('data', (chunk: string) => this.read(chunk));
        this.child.stderr.on('data', chunk => {
            this.stderr += String(chunk);
        });
        this.child.on('exit', code => {
            this.exited = code;
        });
    }

    private read(chunk: string): void {
        this.buffered += chunk;
        let newline: number;
        while ((newline = this.buffered.indexOf('\n')) >= 0) {
            const line = this.buffered.slice(0, newline);
            this.buffered = this.buffered.slice(newline + 1);
            let answer: JsonRpcAnswer;
            try {
                answer = JSON.parse(line);
            } catch {
                this.unexpected.push(line);
                continue;
            }
            const resolve = answer.id === null || answer.id === undefined ? undefined : this.waiting.get(answer.id);
            if (resolve) {
                this.waiting.delete(answer.id!);
                resolve(answer);
            } else if (answer.id === null) {
                this.nullIdAnswers.push(answer);
            } else {
                this.unexpected.push(line);
            }
        }
    }

    /** Writes one line as is. */
    sendLine(line: string): void {
        this.child.stdin.write(`${line}\n`);
    }

    /** Sends a request and waits for its answer. */
    request(id: number | string, method: string, params?: unknown): Promise<JsonRpcAnswer> {
        const answer = new Promise<JsonRpcAnswer>(resolve => this.waiting.set(id, resolve));
        this.sendLine(JSON.stringify({ jsonrpc: '2.0', id, method, ...(params === undefined ? {} : { params }) }));
        return answer;
    }

    async initialize(): Promise<void> {
        const answer = await this.request('init', 'initialize', { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'raw', version: '0' } });
        expect(answer.result?.serverInfo?.name).toBe('smart-plan');
        this.sendLine(JSON.stringify({ jsonrpc: '2.0', method: 'notifications/initialized' }));
    }

    /** Closes stdin and waits for the process to end; resolves its exit code. */
    async end(): Promise<number | null> {
        this.child.stdin.end();
        if (this.exited !== undefined) {
            return this.exited;
        }
        return new Promise(resolve => this.child.once('exit', code => resolve(code)));
    }

    get pending(): number {
        return this.waiting.size;
    }
}
