/**
 * A broken configuration-like file (`.smartrc.json`, a preset, `smart-suppressions.json`):
 * its message is one line naming the file and the problem, for the CLI (exit 2) or the
 * editor (shown once) to report.
 */
export class ConfigError extends Error {
    constructor(message: string) {
        super(message);
        this.name = 'ConfigError';
    }
}
