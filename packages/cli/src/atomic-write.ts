/**
 * Writing a file the tools own or rewrite, never half-way: the new bytes go to a temporary
 * file in the same directory (so the rename cannot cross file systems), are flushed to
 * disk, get the old file's mode, and are renamed over the file in one step. A full disk or
 * a kill leaves the old file as it was. A file that changed on disk since it was read (an
 * editor saved it meanwhile) is not replaced: the write is refused with a CliError.
 */
import { chmodSync, closeSync, fsyncSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { CliError } from './cli-error.js';

/** What was read of a file, to tell later whether it changed since. */
export interface ReadSnapshot {
    path: string;
    bytes: Uint8Array;
}

/** Reads a file's bytes with what a later write needs to check that it is unchanged. */
export function readSnapshot(path: string): ReadSnapshot {
    return { path, bytes: readFileSync(path) };
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
    return a.length === b.length && Buffer.compare(Buffer.from(a.buffer, a.byteOffset, a.length), Buffer.from(b.buffer, b.byteOffset, b.length)) === 0;
}

/**
 * Writes `data` to `path` atomically. With `unchangedSince`, refuses when the file's
 * bytes on disk are no longer the ones read (or it was deleted); without, a file may be
 * created or replaced. `label` names the file in errors (a path as the user wrote it).
 */
export function writeFileAtomic(path: string, data: string | Uint8Array, options: { unchangedSince?: ReadSnapshot; label?: string } = {}): void {
    const label = options.label ?? path;
    let mode: number | undefined;
    try {
        mode = statSync(path).mode & 0o7777;
    } catch {
        mode = undefined; // a new file
    }
    if (options.unchangedSince) {
        let current: Uint8Array | undefined;
        try {
            current = readFileSync(path);
        } catch {
            current = undefined;
        }
        if (!current || !sameBytes(current, options.unchangedSince.bytes)) {
            throw new CliError(`${label}: the file changed on disk since it was read; not overwriting it (run the command again)`);
        }
    }
    const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    let descriptor: number | undefined;
    try {
        descriptor = openSync(temporary, 'wx', mode ?? 0o666);
        const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
        let written = 0;
        while (written < bytes.length) {
            written += writeSync(descriptor, bytes, written, bytes.length - written);
        }
        fsyncSync(descriptor);
        closeSync(descriptor);
        descriptor = undefined;
        if (mode !== undefined) {
            chmodSync(temporary, mode); // openSync's mode is masked by the umask; keep the file's own
        }
        renameSync(temporary, path);
    } catch (error) {
        if (descriptor !== undefined) {
            try { closeSync(descriptor); } catch { /* already failing */ }
        }
        try { unlinkSync(temporary); } catch { /* never created, or already renamed */ }
        if (error instanceof CliError) {
            throw error;
        }
        throw new CliError(`${label}: cannot write the file (${(error as NodeJS.ErrnoException).code ?? 'unknown error'}); it is unchanged`);
    }
}
