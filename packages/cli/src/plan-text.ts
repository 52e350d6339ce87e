/**
 * A plan file's bytes as text. UTF-8 only (see the language's utf8-text.ts): bytes that
 * are not UTF-8 are an error naming the line and column of the first bad byte, since
 * `smart fmt` would write replacement characters back over the user's text. A leading
 * byte-order mark is dropped, as editors hide it, so columns on the first line match the
 * editor's.
 */
import { decodeUtf8, NotUtf8Error } from '@smart-plan/language';
import { CliError } from './cli-error.js';

export const BYTE_ORDER_MARK = '\uFEFF';

/** The text of a plan's bytes, without a byte-order mark; a CliError when they are not UTF-8. */
export function decodePlanText(bytes: Uint8Array, path: string): string {
    let text: string;
    try {
        text = decodeUtf8(bytes);
    } catch (error) {
        if (error instanceof NotUtf8Error) {
            throw new CliError(`${path}: ${error.message}: save it as UTF-8`);
        }
        throw error;
    }
    return text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text;
}
