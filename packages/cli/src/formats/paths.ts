/**
 * How the machine-readable formats name a plan: its path relative to the current
 * directory (in CI, the repository root), with forward slashes on every platform.
 */
import { relative } from 'node:path';

export function relativePath(path: string, cwd: string): string {
    return relative(cwd, path).split('\\').join('/');
}
