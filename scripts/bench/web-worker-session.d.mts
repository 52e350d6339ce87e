// Types of web-worker-session.mjs, for the TypeScript tests that drive the worker.
import type { Browser } from 'playwright-core';
import type { MessageConnection } from 'vscode-jsonrpc/node';

export declare const CHROMIUM: string;

export interface PublishedDiagnostics {
    uri: string;
    diagnostics: Array<{ code?: string | number; message: string; severity?: number; range: { start: { line: number; character: number }; end: { line: number; character: number } } }>;
}

export declare class WebWorkerSession {
    static start(browser: Browser, script: string, files: Map<string, string>, settings?: Record<string, unknown>): Promise<WebWorkerSession>;
    readonly connection: MessageConnection;
    readonly logs: string[];
    readonly errors: string[];
    /** The file requests the server made, as `stat URI`, `readFile URI`, `readDirectory URI`. */
    readonly requests: string[];
    initialize(folderUri?: string | null): Promise<void>;
    diagnosticsFor(uri: string, accept?: (published: PublishedDiagnostics) => boolean, timeoutMs?: number): Promise<PublishedDiagnostics>;
    open(uri: string, text: string, version?: number): Promise<void>;
    openLatency(uri: string): Promise<{ openToDiagnostics: number; startToDiagnostics: number }>;
    close(): Promise<void>;
}
