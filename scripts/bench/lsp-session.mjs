/**
 * A language-server session for the benchmark: starts `smart lsp --stdio` as an editor
 * would, speaks JSON-RPC to it, opens, edits and closes documents, waits for the
 * diagnostics the server publishes, sends requests, and reads the server's resident
 * memory from /proc.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';

export const METHOD_NOT_FOUND = -32601;

export class LspSession {
    /**
     * @param {string} bin   the `smart` entry point
     * @param {string} cwd
     * @param {string[]} [nodeArgs] options for the server's node, e.g. --cpu-prof to profile it
     * @param {Record<string, string>} [env] variables added to the server's environment
     */
    constructor(bin, cwd, nodeArgs = [], env = {}) {
        this.process = spawn(process.execPath, [...nodeArgs, bin, 'lsp', '--stdio'], { cwd, stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...env } });
        this.stderr = '';
        this.process.stderr.on('data', chunk => {
            this.stderr += chunk;
        });
        this.exited = new Promise(resolve => this.process.once('exit', code => resolve(code)));
        this.waiters = [];
        this.connection = createMessageConnection(new StreamMessageReader(this.process.stdout), new StreamMessageWriter(this.process.stdin));
        this.connection.onNotification('textDocument/publishDiagnostics', params => {
            this.waiters = this.waiters.filter(waiter => !waiter(params));
        });
        this.connection.onNotification('window/logMessage', () => undefined);
        this.connection.onRequest('workspace/configuration', params => params.items.map(() => null));
        this.connection.onRequest('client/registerCapability', () => null);
        this.connection.onRequest('window/workDoneProgress/create', () => null);
        this.connection.listen();
    }

    get pid() {
        return this.process.pid;
    }

    /** initialize + initialized; with a folder, the server loads every plan in it. */
    async initialize(folderUri = null) {
        await this.connection.sendRequest('initialize', {
            processId: process.pid,
            rootUri: folderUri,
            workspaceFolders: folderUri ? [{ uri: folderUri, name: 'bench' }] : null,
            capabilities: {
                workspace: { configuration: true, workspaceFolders: true },
                textDocument: { publishDiagnostics: {}, completion: { completionItem: { snippetSupport: true } }, synchronization: { dynamicRegistration: false } }
            }
        });
        await this.connection.sendNotification('initialized', {});
    }

    /**
     * A promise for the next diagnostics published for the URI. Call it before sending
     * what triggers them, so a fast answer is not missed.
     */
    nextDiagnostics(uri, timeoutMs = 120_000) {
        return new Promise((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} within ${timeoutMs} ms${this.stderr ? `; server said: ${this.stderr.slice(-500)}` : ''}`)), timeoutMs);
            this.waiters.push(params => {
                if (params.uri !== uri) {
                    return false;
                }
                clearTimeout(timer);
                resolve(params.diagnostics);
                return true;
            });
        });
    }

    open(uri, text, version = 1) {
        return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'smart', version, text } });
    }

    /** An incremental change: `text` replaces the range. */
    change(uri, version, range, text) {
        return this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text }] });
    }

    close(uri) {
        return this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    }

    request(method, params) {
        return this.connection.sendRequest(method, params);
    }

    /** The server's resident set size in MB (VmRSS of /proc/PID/status). */
    residentMb() {
        const status = readFileSync(`/proc/${this.pid}/status`, 'utf8');
        const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
        if (!match) {
            throw new Error(`no VmRSS in /proc/${this.pid}/status`);
        }
        return Number(match[1]) / 1024;
    }

    /** shutdown + exit; kills the server if it does not stop within a few seconds. */
    async stop() {
        const timer = setTimeout(() => this.process.kill('SIGKILL'), 5_000);
        try {
            await Promise.race([this.connection.sendRequest('shutdown'), this.exited]);
            await this.connection.sendNotification('exit');
        } catch {
            this.process.kill('SIGKILL');
        }
        await this.exited;
        clearTimeout(timer);
        this.connection.dispose();
    }
}
