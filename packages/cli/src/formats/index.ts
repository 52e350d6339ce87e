/**
 * The output formats of `smart lint --format`, by name. Each turns the run's diagnostics
 * into the text written to stdout.
 */
import type { FileDiagnostics } from '../diagnostics.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';

export interface FormatContext {
    cwd: string;
    /** Colour for a terminal (stylish only). */
    color: boolean;
    /** Whether warnings fail the run, being more than --max-warnings allows. */
    warningsFail: boolean;
}

export const FORMATS = {
    stylish: (files, { cwd, color }) => formatStylish(files, { cwd, color }),
    json: (files, { cwd }) => formatJson(files, cwd),
    sarif: (files, { cwd }) => formatSarif(files, cwd),
    github: (files, { cwd }) => formatGithub(files, cwd),
    junit: (files, { cwd, warningsFail }) => formatJunit(files, { cwd, warningsFail })
} satisfies Record<string, (files: FileDiagnostics[], context: FormatContext) => string>;

export type FormatName = keyof typeof FORMATS;

export function isFormatName(name: string): name is FormatName {
    return Object.hasOwn(FORMATS, name);
}
