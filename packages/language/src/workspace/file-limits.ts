/**
 * How large a file the tools read may be, wherever it is read from (the disk through
 * regular-file.ts, or the editor's workspace file system in a web worker). Browser-safe.
 */

/** Plans and check-in CSVs larger than this are refused (a 100,000-line plan is about 3 MB). */
export const MAX_PLAN_BYTES = 64 * 1024 * 1024;

/** Configuration files (`.smartrc.json`, presets, `smart-suppressions.json`) larger than this are refused. */
export const MAX_CONFIG_BYTES = 16 * 1024 * 1024;

/** `16 MB`: a limit as a message says it. */
export function megabytes(bytes: number): string {
    return `${Math.round(bytes / 1024 / 1024)} MB`;
}
