/**
 * The browser build's language server (the web-worker bundle, dist/server-web.js) driven
 * over the protocol from a page in headless Chromium, as the extension's browser client
 * drives it: the page starts the worker from a `blob:` URL and relays its messages, and
 * this side speaks JSON-RPC through the relay, answering the server's file requests
 * (`smart/fs/*`) from an in-memory workspace, the settings and the capability
 * registrations. The page stamps every message with its own clock, so latencies do not
 * include the relay. Used by the benchmark (the worker's first diagnostics) and by
 * test/vscode/web-worker.test.ts.
 */
import { AbstractMessageReader, AbstractMessageWriter, createMessageConnection, ResponseError } from 'vscode-jsonrpc/node';

export const CHROMIUM = '/usr/bin/chromium';

/** The page's side: a worker per start(), its messages relayed with the page's clock. */
const PAGE_SCRIPT = `
window.__start = script => {
    window.__worker?.terminate();
    window.__log = [];
    const started = performance.now();
    const worker = new Worker(URL.createObjectURL(new Blob([script], { type: 'text/javascript' })), { name: 'SMART language server' });
    worker.onmessage = event => {
        window.__log.push({ from: 'server', method: event.data.method, uri: event.data.params?.uri, at: performance.now() });
        window.__toNode(event.data);
    };
    worker.onerror = event => window.__toNode({ workerError: String(event.message) });
    window.__worker = worker;
    return started;
};
window.__post = message => {
    window.__log.push({ from: 'client', method: message.method, uri: message.params?.textDocument?.uri, at: performance.now() });
    window.__worker.postMessage(message);
};
`;

class RelayReader extends AbstractMessageReader {
    listen(callback) {
        this.callback = callback;
        return { dispose: () => { this.callback = undefined; } };
    }

    deliver(message) {
        this.callback?.(message);
    }
}

class RelayWriter extends AbstractMessageWriter {
    constructor(page) {
        super();
        this.page = page;
    }

    async write(message) {
        await this.page.evaluate(posted => window.__post(posted), message);
    }

    end() {}
}

export class WebWorkerSession {
    /**
     * @param {import('playwright-core').Browser} browser
     * @param {string} script the worker bundle's text
     * @param {Map<string, string>} files the workspace: file URI → text
     */
    static async start(browser, script, files, settings = {}) {
        const page = await browser.newPage();
        const session = new WebWorkerSession(page, files, settings);
        await page.exposeFunction('__toNode', message => session.receive(message));
        await page.goto('about:blank');
        await page.evaluate(PAGE_SCRIPT);
        session.startedAt = await page.evaluate(text => window.__start(text), script);
        session.connection.listen();
        return session;
    }

    constructor(page, files, settings) {
        this.page = page;
        this.files = files;
        this.settings = settings;
        this.logs = [];
        this.errors = [];
        this.requests = [];
        this.waiters = [];
        this.reader = new RelayReader();
        this.connection = createMessageConnection(this.reader, new RelayWriter(page));
        this.connection.onNotification('textDocument/publishDiagnostics', params => {
            this.waiters = this.waiters.filter(waiter => !waiter(params));
        });
        this.connection.onNotification('window/logMessage', params => this.logs.push(params.message));
        this.connection.onNotification('window/showMessage', params => this.logs.push(params.message));
        this.connection.onRequest('workspace/configuration', params => params.items.map(item => item.section === 'smart' ? this.settings : null));
        this.connection.onRequest('client/registerCapability', () => null);
        this.connection.onRequest('window/workDoneProgress/create', () => null);
        this.connection.onRequest('smart/fs/stat', ({ uri }) => this.record('stat', uri, () => this.stat(uri)));
        this.connection.onRequest('smart/fs/readFile', ({ uri }) => this.record('readFile', uri, () => {
            if (!this.files.has(uri)) {
                throw new ResponseError(-32803, `${uri}: not found`, { code: 'FileNotFound' });
            }
            return this.files.get(uri);
        }));
        this.connection.onRequest('smart/fs/readDirectory', ({ uri }) => this.record('readDirectory', uri, () => this.entries(uri)));
    }

    receive(message) {
        if (message.workerError) {
            this.errors.push(message.workerError);
            return;
        }
        this.reader.deliver(message);
    }

    record(kind, uri, answer) {
        this.requests.push(`${kind} ${uri}`);
        return answer();
    }

    stat(uri) {
        if (this.files.has(uri)) {
            return { type: 'file' };
        }
        const prefix = uri.endsWith('/') ? uri : `${uri}/`;
        return [...this.files.keys()].some(file => file.startsWith(prefix)) ? { type: 'directory' } : null;
    }

    entries(folder) {
        const prefix = folder.endsWith('/') ? folder : `${folder}/`;
        const names = new Map();
        for (const file of this.files.keys()) {
            if (file.startsWith(prefix)) {
                const [name, ...rest] = file.slice(prefix.length).split('/');
                names.set(name, rest.length > 0 ? 'directory' : 'file');
            }
        }
        return [...names].map(([name, type]) => ({ uri: prefix + name, type }));
    }

    /** initialize + initialized, with a workspace folder (or none). */
    async initialize(folderUri = null) {
        await this.connection.sendRequest('initialize', {
            processId: null,
            rootUri: folderUri,
            workspaceFolders: folderUri ? [{ uri: folderUri, name: 'workspace' }] : null,
            capabilities: {
                workspace: { configuration: true, workspaceFolders: true, didChangeWatchedFiles: { dynamicRegistration: true } },
                textDocument: { publishDiagnostics: {}, completion: { completionItem: { snippetSupport: true } }, codeAction: {} }
            }
        });
        await this.connection.sendNotification('initialized', {});
    }

    /** The next diagnostics published for the URI that satisfy `accept`; call it before what triggers them. */
    diagnosticsFor(uri, accept = () => true, timeoutMs = 20_000) {
        return new Promise((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} within ${timeoutMs} ms; worker errors: ${this.errors.join(' | ') || 'none'}; logs: ${this.logs.join(' | ')}`)), timeoutMs);
            this.waiters.push(params => {
                if (params.uri !== uri || !accept(params)) {
                    return false;
                }
                clearTimeout(timer);
                resolve(params);
                return true;
            });
        });
    }

    open(uri, text, version = 1) {
        return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'smart', version, text } });
    }

    /** Page-clock milliseconds from the first `didOpen` of `uri` to the first diagnostics published for it, and from the worker's start. */
    async openLatency(uri) {
        const log = await this.page.evaluate(() => window.__log);
        const opened = log.find(entry => entry.from === 'client' && entry.method === 'textDocument/didOpen' && entry.uri === uri);
        const published = log.find(entry => entry.from === 'server' && entry.method === 'textDocument/publishDiagnostics' && entry.uri === uri && (!opened || entry.at >= opened.at));
        if (!opened || !published) {
            throw new Error(`no didOpen or no diagnostics of ${uri} in the page's log`);
        }
        return { openToDiagnostics: published.at - opened.at, startToDiagnostics: published.at - this.startedAt };
    }

    async close() {
        this.connection.dispose();
        await this.page.close();
    }
}
