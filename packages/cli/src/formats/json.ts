/**
 * `--format json`: an array of `{ file, diagnostics: [{ rule, severity, message, range }] }`
 * with `file` relative to the current directory and LSP ranges (0-based).
 */
import type { FileDiagnostics } from '../diagnostics.js';
import { relativePath } from './paths.js';

export function formatJson(files: FileDiagnostics[], cwd: string): string {
    const output = files.map(file => ({
        file: relativePath(file.path, cwd),
        diagnostics: file.diagnostics.map(({ rule, severity, message, range }) => ({ rule, severity, message, range }))
    }));
    return JSON.stringify(output, null, 2) + '\n';
}
