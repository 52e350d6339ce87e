/**
 * Errors the CLI reports as one line on stderr with exit code 2: a bad option, a missing
 * or unreadable file, a broken configuration. Anything else is a bug in smart itself.
 */
export class CliError extends Error {
    constructor(message: string) {
        super(message);
        this.name = 'CliError';
    }
}
