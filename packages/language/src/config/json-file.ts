/**
 * Reading a configuration-like JSON file from the disk by its path (the CLI's
 * `smart-suppressions.json`; the language services read theirs through their file system,
 * file-lookup.ts, with the same checks). Only a regular file is read, up to
 * MAX_CONFIG_BYTES (regular-file.ts), as UTF-8, and never through a symbolic link out of
 * its repository (link-escape.ts). A parse error says where (line and column)
 * and what was expected, and never quotes the file: a configuration that is a link to
 * `/proc/self/environ`, or `--config /etc/passwd`, must not print that file's first bytes.
 * Every problem is a ConfigError naming the file.
 */
import { LINK_OUT_OF_REPOSITORY, linkOutOfRepository } from '../workspace/link-escape.js';
import { MAX_CONFIG_BYTES, readRegularFile, UnreadableFileError } from '../workspace/regular-file.js';
import { decodeUtf8, NotUtf8Error } from '../workspace/utf8-text.js';
import { ConfigError } from './config-error.js';
import { parseJsonText } from './json-text.js';

export { jsonErrorAt, parseJsonText } from './json-text.js';

/**
 * The parsed JSON of a configuration file; `label` names it in errors, and `shape` (what
 * the file should look like) follows a parse error.
 */
export function readJsonFile(path: string, label = path, shape?: string): unknown {
    if (linkOutOfRepository(path) !== undefined) {
        throw new ConfigError(`${label}: ${LINK_OUT_OF_REPOSITORY}`);
    }
    let text: string;
    try {
        text = decodeUtf8(readRegularFile(path, MAX_CONFIG_BYTES));
    } catch (error) {
        if (error instanceof UnreadableFileError || error instanceof NotUtf8Error) {
            throw new ConfigError(`${label}: ${error.message}`);
        }
        throw error;
    }
    return parseJsonText(text, label, shape);
}
