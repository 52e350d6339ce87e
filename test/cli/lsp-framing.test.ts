// The framing check of `smart lsp --stdio` (lsp-framing.ts): well-formed frames pass
// byte for byte, however the input is cut into chunks; a frame the base protocol cannot
// read past is reported once, with its reason.
import { describe, expect, test } from 'vitest';
import { FramingChecker } from '../../packages/cli/src/lsp-framing.js';

function frame(body: string, header = `Content-Length: ${Buffer.byteLength(body)}\r\n`): string {
    return `${header}\r\n${body}`;
}

async function through(input: string, chunkSize: number): Promise<{ output: string; violations: string[] }> {
    const violations: string[] = [];
    const checker = new FramingChecker(reason => violations.push(reason));
    const chunks: Buffer[] = [];
    checker.on('data', chunk => chunks.push(chunk as Buffer));
    const bytes = Buffer.from(input);
    for (let at = 0; at < bytes.length && violations.length === 0; at += chunkSize) {
        checker.write(bytes.subarray(at, at + chunkSize));
    }
    checker.end();
    await new Promise(resolve => checker.on('end', resolve));
    return { output: Buffer.concat(chunks).toString(), violations };
}

describe('the framing check', () => {
    test('good frames pass unchanged, fed one byte at a time or all at once', async () => {
        const input = frame('{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"é":"ü"}}')
            + frame('{"jsonrpc":"2.0","method":"initialized"}', 'Content-Type: application/vscode-jsonrpc; charset=utf-8\r\nContent-Length: 40\r\n')
            + frame('{oops');
        for (const size of [1, 7, input.length]) {
            expect(await through(input, size)).toEqual({ output: input, violations: [] });
        }
    });

    test.each([
        ['no Content-Length', frame('{}', 'Content-Type: x\r\n'), 'a frame has no Content-Length header'],
        ['a negative Content-Length', frame('{}', 'Content-Length: -5\r\n'), "Content-Length '-5' is not a whole number of bytes up to 268435456"],
        ['Content-Length: 1e3', frame('{}', 'Content-Length: 1e3\r\n'), "Content-Length '1e3' is not a whole number of bytes up to 268435456"],
        ['LF-only lines', 'Content-Length: 2\n\n{}', 'a header line does not end with CRLF (\\r\\n)'],
        ['a header line without a colon', frame('{}', 'Content-Length 2\r\n'), 'a header line is not "Name: value"'],
        ['an empty header', '\r\n{}', 'a frame has an empty header (no Content-Length)'],
        ['a 9 KB header', frame('{}', `X: ${'x'.repeat(9 * 1024)}\r\nContent-Length: 2\r\n`), 'a frame\'s header is longer than 8192 bytes']
    ])('%s is reported', async (_name, input, reason) => {
        expect((await through(input, 3)).violations).toEqual([reason]);
    });
});
