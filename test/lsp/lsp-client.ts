/**
 * A minimal LSP client for tests: starts a language server process over stdio, speaks
 * JSON-RPC to it, and collects the diagnostics it publishes.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';

export interface PublishedDiagnostics {
    uri: string;
    version?: number;
    diagnostics: Array<{ code?: string | number; message: string; severity?: number; range: { start: { line: number; character: number } } }>;
}

export class LspClient {
    readonly connection: MessageConnection;
    readonly process: ChildProcess;
    readonly published: PublishedDiagnostics[] = [];
    readonly logs: string[] = [];
    /** Messages the server showed the user, as `type:text` (1 error, 2 warning, 3 info). */
    readonly shown: string[] = [];
    private waiters: Array<{ test: (p: PublishedDiagnostics) => boolean; resolve: (p: PublishedDiagnostics) => void }> = [];

    /** What the client answers for the `smart` settings section. */
    settings: Record<string, unknown>;

    constructor(command: string, args: string[], cwd: string, settings: Record<string, unknown> = {}) {
        this.settings = settings;
        this.process = spawn(command, args, { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
        this.process.stderr!.on('data', chunk => this.logs.push(String(chunk)));
        this.connection = createMessageConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
        this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishedDiagnostics) => {
            this.published.push(params);
            this.waiters = this.waiters.filter(waiter => {
                if (waiter.test(params)) {
                    waiter.resolve(params);
                    return false;
                }
                return true;
            });
        });
        this.connection.onNotification('window/logMessage', (params: { message: string }) => {
            this.logs.push(params.message);
        });
        this.connection.onRequest('workspace/configuration', (params: { items: Array<{ section?: string }> }) =>
            params.items.map(item => item.section === 'smart' ? this.settings : null));
        this.connection.onRequest('client/registerCapability', () => null);
        this.connection.onNotification('window/showMessage', (params: { type: number; message: string }) => {
            this.shown.push(`${params.type}:${params.message}`);
        });
        this.connection.onRequest('window/showMessageRequest', (params: { type: number; message: string }) => {
            this.shown.push(`${params.type}:${params.message}`);
            return null;
        });
        this.connection.onRequest('window/workDoneProgress/create', () => null);
        this.connection.listen();
    }

    async initialize(rootUri: string | null): Promise<unknown> {
        const result = await this.connection.sendRequest('initialize', {
            processId: process.pid,
            rootUri,
            workspaceFolders: rootUri ? [{ uri: rootUri, name: 'workspace' }] : null,
            capabilities: { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } }, textDocument: { publishDiagnostics: {} } }
        });
        await this.connection.sendNotification('initialized', {});
        return result;
    }

    /** The next diagnostics published for the URI that satisfy the test (default: any). */
    diagnosticsFor(uri: string, test: (p: PublishedDiagnostics) => boolean = () => true, timeoutMs = 20_000): Promise<PublishedDiagnostics> {
        return new Promise((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} within ${timeoutMs} ms; logs: ${this.logs.join('')}`)), timeoutMs);
            this.waiters.push({
                test: p => p.uri === uri && test(p),
                resolve: p => {
                    clearTimeout(timer);
                    resolve(p);
                }
            });
        });
    }

    async open(uri: string, text: string, version = 1): Promise<void> {
        await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'smart', version, text } });
    }

    /** Sends shutdown and exit; resolves with the process's exit code. */
    async stop(): Promise<number | null> {
        const exited = new Promise<number | null>(resolve => this.process.once('exit', code => resolve(code)));
        await this.connection.sendRequest('shutdown');
        await this.connection.sendNotification('exit');
        const code = await exited;
        this.connection.dispose();
        return code;
    }
}
