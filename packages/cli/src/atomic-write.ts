/**
 * Writing a file the tools own or rewrite, never half-way: the new bytes go to a temporary
 * file in the same directory (so the rename cannot cross file systems), are flushed to
 * disk, get the old file's mode, and are renamed over the file in one step. A full disk or
 * a kill leaves the old file as it was. Every file the CLI writes goes through here: plans
 * (`smart fmt`, `smart checkin`), `smart init`'s new plan, `smart report --out` and the lint
 * baseline.
 *
 * A file that changed on disk since it was read (an editor saved it meanwhile) is not
 * replaced, nor is a read-only one (a rename would replace it even so); a symbolic link is
 * written through (its target gets the bytes and the link stays); `createOnly` never
 * replaces anything, also when another process creates the file meanwhile. Every refusal
 * is a CliError and leaves the file as it was.
 */
import { accessSync, chmodSync, closeSync, constants, fsyncSync, linkSync, openSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { MAX_PLAN_BYTES, readRegularFile, UnreadableFileError } from '@smart-plan/language';
import { CliError } from './cli-error.js';

/** What was read of a file, to tell later whether it changed since. */
export interface ReadSnapshot {
    path: string;
    bytes: Uint8Array;
}

/** Reads a regular file's bytes with what a later write needs to check that it is unchanged; `label` names it in errors. */
export function readSnapshot(path: string, label = path): ReadSnapshot {
    try {
        return { path, bytes: readRegularFile(path, MAX_PLAN_BYTES) };
    } catch (error) {
        if (error instanceof UnreadableFileError) {
            throw new CliError(`${label}: ${error.reason}`);
        }
        throw error;
    }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
    return a.length === b.length && Buffer.compare(Buffer.from(a.buffer, a.byteOffset, a.length), Buffer.from(b.buffer, b.byteOffset, b.length)) === 0;
}

export interface AtomicWriteOptions {
    /** Refuse when the file's bytes on disk are no longer the ones read (or it was deleted). */
    unchangedSince?: ReadSnapshot;
    /** Only create the file: refuse when it exists. */
    createOnly?: boolean;
    /** Names the file in errors (a path as the user wrote it; default: the path). */
    label?: string;
}

/** Writes `data` (or its pieces, in order) to `path` atomically (see the module comment). */
export function writeFileAtomic(path: string, data: string | Uint8Array | Iterable<string>, options: AtomicWriteOptions = {}): void {
    const label = options.label ?? path;
    const target = existingTarget(path, label, options);
    const mode = target === undefined ? undefined : statSync(target).mode & 0o7777;
    if (target !== undefined && !isWritable(target, mode!)) {
        throw new CliError(`${label}: the file is read-only; not overwriting it`);
    }
    if (options.unchangedSince) {
        let current: Uint8Array | undefined;
        try {
            current = readRegularFile(target ?? path, MAX_PLAN_BYTES);
        } catch {
            current = undefined;
        }
        if (!current || !sameBytes(current, options.unchangedSince.bytes)) {
            throw new CliError(`${label}: the file changed on disk since it was read; not overwriting it (run the command again)`);
        }
    }
    const destination = target ?? path;
    const temporary = join(dirname(destination), `.${basename(destination)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    let descriptor: number | undefined;
    try {
        descriptor = openSync(temporary, 'wx', mode ?? 0o666);
        const pieces = typeof data === 'string' ? [data] : data instanceof Uint8Array ? [data] : data;
        for (const piece of pieces) {
            const bytes = typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece;
            let written = 0;
            while (written < bytes.length) {
                written += writeSync(descriptor, bytes, written, bytes.length - written);
            }
        }
        fsyncSync(descriptor);
        closeSync(descriptor);
        descriptor = undefined;
        if (mode !== undefined) {
            chmodSync(temporary, mode); // openSync's mode is masked by the umask; keep the file's own
        }
        if (options.createOnly) {
            linkSync(temporary, destination); // fails if the file appeared meanwhile: never replaces
            unlinkSync(temporary);
        } else {
            renameSync(temporary, destination);
        }
    } catch (error) {
        if (descriptor !== undefined) {
            try { closeSync(descriptor); } catch { /* already failing */ }
        }
        try { unlinkSync(temporary); } catch { /* never created, or already renamed */ }
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EEXIST' && options.createOnly) {
            throw new CliError(`${label} already exists; not overwriting it`);
        }
        if (code === undefined) {
            throw error; // not the file system's: a bug in what produced the pieces
        }
        throw new CliError(`${label}: cannot write the file (${(error as NodeJS.ErrnoException).code ?? 'unknown error'}); it is unchanged`);
    }
}

/** The file a write replaces, symbolic links resolved; undefined for a new file. */
function existingTarget(path: string, label: string, options: AtomicWriteOptions): string | undefined {
    let target: string;
    try {
        target = realpathSync(path);
    } catch {
        return undefined; // a new file (or a dangling link, which the write replaces)
    }
    if (options.createOnly) {
        throw new CliError(`${label} already exists; not overwriting it`);
    }
    if (!statSync(target).isFile()) {
        throw new CliError(`${label}: not a regular file; not overwriting it`);
    }
    return target;
}

function isWritable(path: string, mode: number): boolean {
    if ((mode & 0o222) === 0) {
        return false; // root may write anything, but a file marked read-only is meant to stay
    }
    try {
        accessSync(path, constants.W_OK);
        return true;
    } catch {
        return false;
    }
}
