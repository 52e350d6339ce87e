/**
 * The base protocol's framing of `smart lsp --stdio`, checked before vscode-jsonrpc reads
 * it: header lines ending in CRLF, a `Content-Length` of decimal digits (at most
 * MAX_FRAME_BYTES), a header under 8 KB, then exactly that many bytes. vscode-jsonrpc loses
 * its place on a frame without a length, with a negative one or with LF-only lines, and
 * the server then lived on, mute. The protocol has no way to find the next frame again, so
 * on such a frame the server says why on stderr and exits (status 1): the client sees it
 * stop and can start a new one. Bytes pass through unchanged; a frame whose body is not
 * JSON is left to vscode-jsonrpc, which answers it with an error and goes on.
 */
import { Transform, type TransformCallback } from 'node:stream';

const MAX_HEADER_BYTES = 8 * 1024;
/** A frame larger than this is refused (a plan may be 64 MB; JSON escaping can double it). */
export const MAX_FRAME_BYTES = 256 * 1024 * 1024;

export class FramingChecker extends Transform {
    /** Header bytes of the frame being read, until its blank line. */
    private header = Buffer.alloc(0);
    /** Body bytes still to pass of the current frame; undefined while reading a header. */
    private bodyLeft: number | undefined;

    constructor(private readonly onViolation: (reason: string) => void) {
        super();
    }

    override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
        let at = 0;
        while (at < chunk.length) {
            if (this.bodyLeft !== undefined) {
                const take = Math.min(this.bodyLeft, chunk.length - at);
                this.push(chunk.subarray(at, at + take));
                at += take;
                this.bodyLeft -= take;
                if (this.bodyLeft === 0) {
                    this.bodyLeft = undefined;
                }
                continue;
            }
            const end = chunk.indexOf('\n', at);
            const line = end < 0 ? chunk.subarray(at) : chunk.subarray(at, end + 1);
            this.header = Buffer.concat([this.header, line]);
            at += line.length;
            if (this.header.length > MAX_HEADER_BYTES) {
                return this.violated(`a frame's header is longer than ${MAX_HEADER_BYTES} bytes`, done);
            }
            if (end < 0) {
                break; // the rest of this header line comes with the next chunk
            }
            if (this.header.length < 2 || this.header[this.header.length - 2] !== 0x0D) {
                return this.violated('a header line does not end with CRLF (\\r\\n)', done);
            }
            if (!this.header.subarray(-4).equals(Buffer.from('\r\n\r\n')) && this.header.length !== 2) {
                continue; // more header lines to come
            }
            const length = this.contentLength();
            if (typeof length === 'string') {
                return this.violated(length, done);
            }
            this.push(this.header);
            this.header = Buffer.alloc(0);
            this.bodyLeft = length > 0 ? length : undefined;
        }
        done();
    }

    /** The frame's Content-Length, or what is wrong with its header. */
    private contentLength(): number | string {
        const lines = this.header.toString('latin1').split('\r\n').slice(0, -2);
        if (lines.length === 0) {
            return 'a frame has an empty header (no Content-Length)';
        }
        let length: number | undefined;
        for (const line of lines) {
            const colon = line.indexOf(':');
            if (colon <= 0) {
                return 'a header line is not "Name: value"';
            }
            if (line.slice(0, colon).trim().toLowerCase() === 'content-length') {
                const value = line.slice(colon + 1).trim();
                if (!/^\d{1,10}$/.test(value) || Number(value) > MAX_FRAME_BYTES) {
                    return `Content-Length '${value.slice(0, 20)}' is not a whole number of bytes up to ${MAX_FRAME_BYTES}`;
                }
                length = Number(value);
            }
        }
        return length ?? 'a frame has no Content-Length header';
    }

    private violated(reason: string, done: TransformCallback): void {
        this.onViolation(reason);
        done();
    }
}
