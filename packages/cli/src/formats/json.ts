/**
 * `--format json`: an array of `{ file, diagnostics: [{ rule, severity, message, range }] }`
 * with `file` relative to the current directory and LSP ranges (0-based).
 */
import { relative } from 'node:path';
import type { FileDiagnostics } from '../diagnostics.js';

export function formatJson(files: FileDiagnostics[], cwd: string): string {
    const output = files.map(file => ({
        file: relative(cwd, file.path).split('\\').join('/'),
        diagnostics: file.diagnostics.map(({ rule, severity, message, range }) => ({ rule, severity, message, range }))
    }));
    return JSON.stringify(output, null, 2) + '\n';
}
