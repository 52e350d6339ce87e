#!/usr/bin/env node
/**
 * What a packaged extension holds: the entries of a .vsix (a zip; read from its central
 * directory, nothing is unpacked) and whether it is the extension as it must ship: its
 * manifest names both entries (`main` for VS Code on the desktop, `browser` for VS Code for
 * the Web) and declares virtual-workspace support, both language servers are there, every
 * file the manifest points to is there, and nothing that does not run is (sources, source
 * maps, tests, node_modules, the README's screenshots).
 *
 *   node scripts/vsix-contents.mjs FILE.vsix     lists the entries; exit 1 with the problems
 */
import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';

/** The entries of a zip archive: name, compressed and uncompressed size, and how to read it. */
export function zipEntries(bytes) {
    const buffer = Buffer.from(bytes);
    const end = buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    if (end < 0) {
        throw new Error('not a zip archive (no end of central directory)');
    }
    const count = buffer.readUInt16LE(end + 10);
    let at = buffer.readUInt32LE(end + 16);
    const entries = [];
    for (let index = 0; index < count; index++) {
        if (buffer.readUInt32LE(at) !== 0x02014b50) {
            throw new Error(`a broken central directory at byte ${at}`);
        }
        const method = buffer.readUInt16LE(at + 10);
        const compressed = buffer.readUInt32LE(at + 20);
        const size = buffer.readUInt32LE(at + 24);
        const nameLength = buffer.readUInt16LE(at + 28);
        const extraLength = buffer.readUInt16LE(at + 30);
        const commentLength = buffer.readUInt16LE(at + 32);
        const local = buffer.readUInt32LE(at + 42);
        const name = buffer.toString('utf8', at + 46, at + 46 + nameLength);
        const read = () => {
            const start = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
            const data = buffer.subarray(start, start + compressed);
            return method === 0 ? data : inflateRawSync(data);
        };
        entries.push({ name, size, compressed, read });
        at += 46 + nameLength + extraLength + commentLength;
    }
    return entries;
}

/** What is wrong with a packaged extension; empty when it is as it must ship. */
export function vsixProblems(bytes) {
    const entries = zipEntries(bytes);
    const names = new Set(entries.map(entry => entry.name));
    const manifestEntry = entries.find(entry => entry.name === 'extension/package.json');
    if (!manifestEntry) {
        return ['no extension/package.json'];
    }
    const manifest = JSON.parse(manifestEntry.read().toString('utf8'));
    const problems = [];
    const has = (path, what) => {
        const name = `extension/${path.replace(/^\.\//, '')}`;
        if (!names.has(name)) {
            problems.push(`${what} ${path} is not in the package`);
        }
    };
    for (const entry of ['main', 'browser']) {
        if (typeof manifest[entry] !== 'string') {
            problems.push(`the manifest has no '${entry}' entry`);
        } else {
            has(manifest[entry], `the '${entry}' entry`);
        }
    }
    if (manifest.capabilities?.virtualWorkspaces !== true) {
        problems.push('the manifest does not declare virtualWorkspaces: true');
    }
    has('dist/server.cjs', 'the Node language server');
    has('dist/server-web.js', 'the web worker language server');
    if (typeof manifest.icon !== 'string') {
        problems.push('the manifest names no icon');
    } else {
        has(manifest.icon, 'the icon');
    }
    for (const step of manifest.contributes?.walkthroughs?.flatMap(walkthrough => walkthrough.steps) ?? []) {
        has(step.media.markdown ?? step.media.image ?? step.media.svg, `the media of walkthrough step '${step.id}'`);
    }
    for (const name of names) {
        if (/\.map$|\.ts$|(^|\/)(src|test|node_modules|images)\//.test(name.replace(/^extension\//, ''))) {
            problems.push(`${name} does not run and should not ship`);
        }
    }
    return problems;
}

if (import.meta.url === `file://${process.argv[1]}`) {
    const file = process.argv[2];
    if (!file) {
        console.error('usage: node scripts/vsix-contents.mjs FILE.vsix');
        process.exit(2);
    }
    let bytes;
    try {
        bytes = readFileSync(file);
    } catch (error) {
        console.error(`${file}: cannot read it (${error.code ?? error.message})`);
        process.exit(2);
    }
    for (const entry of zipEntries(bytes)) {
        console.log(`${String(entry.size).padStart(9)}  ${entry.name}`);
    }
    const problems = vsixProblems(bytes);
    for (const problem of problems) {
        console.error(`${file}: ${problem}`);
    }
    process.exit(problems.length > 0 ? 1 : 0);
}
