/**
 * Bytes as UTF-8 text, strictly: bytes that are not UTF-8 are an error giving the line and
 * column of the first bad byte (never the file's content), not replaced silently, since a
 * tool that writes the file back would write the replacement characters over the user's
 * text. Used for plans and configuration files alike.
 */

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export class NotUtf8Error extends Error {
    constructor(
        /** `line 3, column 12` (1-based, columns in characters) of the first bad byte. */
        readonly position: string
    ) {
        super(`not UTF-8 text (${position})`);
        this.name = 'NotUtf8Error';
    }
}

/** The text of UTF-8 bytes (a byte-order mark kept); a NotUtf8Error when they are not UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string {
    try {
        return strict.decode(bytes);
    } catch {
        throw new NotUtf8Error(describeOffset(bytes, firstInvalidByte(bytes)));
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
    return describePosition(before, before.length);
}

/** `line 3, column 12` (1-based, columns in characters) of an offset in a text; CRLF, CR and LF end lines. */
export function describePosition(text: string, offset: number): string {
    let line = 1;
    let lineStart = 0;
    for (let index = 0; index < offset; index++) {
        const char = text.charCodeAt(index);
        if (char === 10 || (char === 13 && text.charCodeAt(index + 1) !== 10)) {
            line++;
            lineStart = index + 1;
        }
    }
    return `line ${line}, column ${offset - lineStart + 1}`;
}
