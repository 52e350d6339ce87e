// The V8 code cache beside the CLI bundle is used only by the Node that made it, and only
// when it is intact: Node 20.10 and 20.19 accept a cache made by Node 20.20 (same V8
// version string) and then crash with a segmentation fault, and a damaged cache aborts Node.
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { usableCodeCache, type CodeCacheRecord } from '../../packages/cli/src/bundle-loader.js';

const data = Buffer.from('pretend V8 code cache '.repeat(100));

function cacheFiles(record: Partial<CodeCacheRecord> | string, contents = data) {
    const dir = mkdtempSync(join(tmpdir(), 'smart-cache-'));
    const files = { cache: join(dir, 'smart.cjs.cache'), record: join(dir, 'smart.cjs.cache.json') };
    writeFileSync(files.cache, contents);
    writeFileSync(files.record, typeof record === 'string' ? record : JSON.stringify(record));
    return files;
}

const madeHere: CodeCacheRecord = {
    node: process.version,
    arch: process.arch,
    v8: process.versions.v8,
    bytes: data.length,
    sha256: createHash('sha256').update(data).digest('hex')
};

describe('the code cache is used only by the Node that made it', () => {
    test('made by this Node and intact: used', () => {
        expect(usableCodeCache(cacheFiles(madeHere))).toEqual(data);
    });

    test.each([
        ['another Node 20 minor with the same V8', { node: 'v20.10.0' }],
        ['another architecture', { arch: process.arch === 'x64' ? 'arm64' : 'x64' }],
        ['another V8', { v8: '12.4.254.21-node.33' }]
    ])('made by %s: not used', (_, difference) => {
        expect(usableCodeCache(cacheFiles({ ...madeHere, ...difference }))).toBeUndefined();
    });

    test('damaged in place (same length, other bytes) or cut short: not used', () => {
        const flipped = Buffer.from(data);
        flipped[100] ^= 0xff;
        expect(usableCodeCache(cacheFiles(madeHere, flipped))).toBeUndefined();
        expect(usableCodeCache(cacheFiles(madeHere, data.subarray(0, 500)))).toBeUndefined();
    });

    test('no record (a cache from before the record existed) or a broken one: not used', () => {
        const dir = mkdtempSync(join(tmpdir(), 'smart-cache-'));
        writeFileSync(join(dir, 'smart.cjs.cache'), data);
        expect(usableCodeCache({ cache: join(dir, 'smart.cjs.cache'), record: join(dir, 'missing.json') })).toBeUndefined();
        expect(usableCodeCache(cacheFiles('{"node": '))).toBeUndefined();
    });
});
