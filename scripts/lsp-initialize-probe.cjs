// Starts `SMART_BIN lsp --stdio` (default: the bin of the smart-plan installed in the current
// folder), sends an LSP initialize request, prints which capabilities the answer lists,
// then shuts the server down (shutdown + exit) and exits with the server's exit code.
// Part of scripts/smoke-npm-package.sh.
'use strict';
const { spawn } = require('node:child_process');

const bin = process.env.SMART_BIN ?? 'node_modules/.bin/smart';
const server = spawn(bin, ['lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
const send = message => {
    const body = JSON.stringify({ jsonrpc: '2.0', ...message });
    server.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
};
let received = '';
let answered = false;
server.stdout.on('data', chunk => {
    received += chunk;
    const body = received.slice(received.indexOf('{'));
    if (answered || !received.includes('\r\n\r\n') || !body.includes('"id":1')) {
        return;
    }
    answered = true;
    const capabilities = ['completionProvider', 'hoverProvider', 'codeActionProvider', 'documentFormattingProvider'].filter(name => body.includes(`"${name}"`));
    console.log(`initialize answered with ${capabilities.join(', ')}`);
    send({ id: 2, method: 'shutdown' });
    send({ method: 'exit' });
});
server.on('exit', code => {
    console.log(`server exit code ${code}`);
    process.exit(answered ? (code ?? 1) : 1);
});
send({ id: 1, method: 'initialize', params: { processId: process.pid, rootUri: null, capabilities: {} } });
setTimeout(() => {
    console.log('no answer to initialize within 20 s');
    server.kill();
    process.exit(1);
}, 20_000).unref();
