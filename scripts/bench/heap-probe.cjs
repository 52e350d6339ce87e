/**
 * Loaded into the language server by the benchmark only (`node --expose-gc --require
 * heap-probe.cjs`): on SIGUSR2 it runs a full garbage collection and appends the heap
 * still in use (MB) to the file named by SMART_HEAP_PROBE_OUT. Resident memory moves with
 * the heap's sizing; the heap live after a full collection shows whether memory leaks.
 */
'use strict';
const { appendFileSync } = require('node:fs');

const out = process.env.SMART_HEAP_PROBE_OUT;
if (out && typeof global.gc === 'function') {
    process.on('SIGUSR2', () => {
        global.gc();
        appendFileSync(out, `${(process.memoryUsage().heapUsed / (1024 * 1024)).toFixed(2)}\n`);
    });
}
