/**
 * A plan file's bytes as text. UTF-8 only: bytes that are not UTF-8 are an error naming
 * the line and column of the first bad byte (never the file's content), not replaced
 * silently, since `smart fmt` would write the replacement characters back over the
 * user's text. A leading byte-order mark is dropped, as editors hide it, so columns on the
 * first line match the editor's.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { CliError } from './cli-error.js';

export const BYTE_ORDER_MARK = '\uFEFF';
const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The text of a plan's bytes, without a byte-order mark; a CliError when they are not UTF-8. */
export function decodePlanText(bytes: Uint8Array, path: string): string {
    let text: string;
    try {
        text = strict.decode(bytes);
    } catch {
        throw new CliError(`${path}: not UTF-8 text (${describeOffset(bytes, firstInvalidByte(bytes))}): save it as UTF-8`);
    }
    return text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text;
}

/** Whether the file starts with a UTF-8 byte-order mark (which `smart fmt` keeps when it rewrites). */
export function fileHasByteOrderMark(path: string): boolean {
    const bytes = Buffer.alloc(3);
    const descriptor = openSync(path, 'r');
    try {
        return readSync(descriptor, bytes, 0, 3, 0) === 3 && bytes.toString('utf8') === BYTE_ORDER_MARK;
    } finally {
        closeSync(descriptor);
    }
}

/** Where the first byte that is not part of well-formed UTF-8 is (Unicode table 3-7); -1 for none. */
export function firstInvalidByte(bytes: Uint8Array): number {
    let index = 0;
    while (index < bytes.length) {
        const lead = bytes[index];
        const [length, low, high] = lead < 0x80 ? [1, 0, 0]
            : lead >= 0xC2 && lead <= 0xDF ? [2, 0x80, 0xBF]
            : lead === 0xE0 ? [3, 0xA0, 0xBF]
            : lead === 0xED ? [3, 0x80, 0x9F]
            : lead >= 0xE1 && lead <= 0xEF ? [3, 0x80, 0xBF]
            : lead === 0xF0 ? [4, 0x90, 0xBF]
            : lead >= 0xF1 && lead <= 0xF3 ? [4, 0x80, 0xBF]
            : lead === 0xF4 ? [4, 0x80, 0x8F]
            : [0, 0, 0];
        if (length === 0) {
            return index;
        }
        for (let next = 1; next < length; next++) {
            const byte = bytes[index + next];
            if (byte === undefined || byte < (next === 1 ? low : 0x80) || byte > (next === 1 ? high : 0xBF)) {
                return index;
            }
        }
        index += length;
    }
    return -1;
}

/** `line 3, column 12` (1-based, columns in characters) of a byte offset. */
function describeOffset(bytes: Uint8Array, offset: number): string {
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, Math.max(offset, 0)));
    const lines = before.split(/\r\n|\r|\n/);
    return `line ${lines.length}, column ${lines[lines.length - 1].length + 1}`;
}
