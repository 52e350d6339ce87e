/**
 * The browser build's figures: the web-worker language server bundle's size (minified, as
 * it ships; built from the current sources), and, in headless Chromium, its first
 * diagnostics for a plan: from the worker's start (the script loads, the server
 * initializes, the plan is opened) and from the plan's `didOpen`, each run in a fresh
 * worker. Without /usr/bin/chromium the latencies are not available.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { buildInMemory } from '../../packages/vscode/bundles.mjs';
import { CHROMIUM, WebWorkerSession } from './web-worker-session.mjs';

export async function measureWebWorker({ file, runs }) {
    const { text, bytes } = await buildInMemory('serverWeb');
    const bundleMb = bytes / (1024 * 1024);
    if (!existsSync(CHROMIUM)) {
        return { bundleMb, note: `not available: ${CHROMIUM} is not installed` };
    }
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
    const folder = 'file:///bench';
    const uri = `${folder}/plan.smart`;
    const plan = await readFile(file, 'utf8');
    const start = [];
    const open = [];
    try {
        for (let run = 0; run < runs; run++) {
            const session = await WebWorkerSession.start(browser, text, new Map([[uri, plan]]));
            try {
                await session.initialize(folder);
                const published = session.diagnosticsFor(uri);
                await session.open(uri, plan);
                await published;
                const latency = await session.openLatency(uri);
                start.push(latency.startToDiagnostics);
                open.push(latency.openToDiagnostics);
            } finally {
                await session.close();
            }
        }
    } finally {
        await browser.close();
    }
    return { bundleMb, start, open };
}
