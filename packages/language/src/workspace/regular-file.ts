/**
 * Reading a file the tools were pointed at, safely: only a regular file is read, and only
 * up to a size limit. The file is opened without blocking (a FIFO named like a plan or a
 * configuration would otherwise wait forever for a writer, and `/dev/zero` would fill the
 * memory) and its type and size are taken from the opened handle, not from the name, so
 * nothing can be swapped in between the check and the read. Used for plans (the CLI and
 * the language server's file system), configuration files, presets, baselines and CSVs.
 * Failures are an UnreadableFileError whose `reason` reads well after a file name.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { megabytes } from './file-limits.js';

export { MAX_CONFIG_BYTES, MAX_PLAN_BYTES } from './file-limits.js';

const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

export class UnreadableFileError extends Error {
    constructor(
        /** What is wrong, to follow the file's name: `not a regular file`, `larger than 16 MB`, `cannot read the file (EACCES)`. */
        readonly reason: string,
        /** The system's error code, when the system refused. */
        readonly code?: string
    ) {
        super(reason);
        this.name = 'UnreadableFileError';
    }
}

function refused(error: unknown): UnreadableFileError {
    if (error instanceof UnreadableFileError) {
        return error;
    }
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    return new UnreadableFileError(`cannot read the file (${code})`, code);
}

function checkStats(stats: { isFile(): boolean; size: number }, maxBytes: number): void {
    if (!stats.isFile()) {
        throw new UnreadableFileError('not a regular file');
    }
    if (stats.size > maxBytes) {
        throw new UnreadableFileError(`larger than ${megabytes(maxBytes)}`);
    }
}

/**
 * The chunks of a file being read, refused as soon as they pass `maxBytes`: each read asks
 * for at most one byte past the limit, so a file that grows while it is read is caught too.
 * The one bookkeeping of readRegularFile and readRegularFileAsync.
 */
class BoundedRead {
    private readonly chunks: Buffer[] = [];
    private total = 0;

    constructor(private readonly maxBytes: number) {}

    /** A buffer for the next read. */
    nextBuffer(): Buffer {
        return Buffer.allocUnsafe(Math.min(1024 * 1024, this.maxBytes + 1 - this.total));
    }

    /** Keeps the `read` bytes a read put into `buffer`; false at the end of the file. */
    keep(buffer: Buffer, read: number): boolean {
        if (read === 0) {
            return false;
        }
        this.chunks.push(buffer.subarray(0, read));
        this.total += read;
        if (this.total > this.maxBytes) {
            throw new UnreadableFileError(`larger than ${megabytes(this.maxBytes)}`);
        }
        return true;
    }

    bytes(): Buffer {
        return Buffer.concat(this.chunks, this.total);
    }
}

/** The bytes of a regular file of at most `maxBytes` (also if it grows while being read). */
export function readRegularFile(path: string, maxBytes: number): Buffer {
    let descriptor: number | undefined;
    try {
        descriptor = openSync(path, OPEN_FLAGS);
        checkStats(fstatSync(descriptor), maxBytes);
        const reading = new BoundedRead(maxBytes);
        for (;;) {
            const buffer = reading.nextBuffer();
            if (!reading.keep(buffer, readSync(descriptor, buffer, 0, buffer.length, null))) {
                return reading.bytes();
            }
        }
    } catch (error) {
        throw refused(error);
    } finally {
        if (descriptor !== undefined) {
            closeSync(descriptor);
        }
    }
}

/** readRegularFile without blocking the event loop (the language server's reads). */
export async function readRegularFileAsync(path: string, maxBytes: number): Promise<Buffer> {
    let handle: Awaited<ReturnType<typeof open>> | undefined;
    try {
        handle = await open(path, OPEN_FLAGS);
        checkStats(await handle.stat(), maxBytes);
        const reading = new BoundedRead(maxBytes);
        for (;;) {
            const buffer = reading.nextBuffer();
            if (!reading.keep(buffer, (await handle.read(buffer, 0, buffer.length, null)).bytesRead)) {
                return reading.bytes();
            }
        }
    } catch (error) {
        throw refused(error);
    } finally {
        await handle?.close();
    }
}
