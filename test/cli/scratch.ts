/**
 * Scratch directories for CLI tests: a fresh temporary folder holding the given files
 * (relative path → text), with the folders they need.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export function scratch(files: Record<string, string>): string {
    const dir = mkdtempSync(join(tmpdir(), 'smart-ci-'));
    for (const [name, text] of Object.entries(files)) {
        mkdirSync(dirname(join(dir, name)), { recursive: true });
        writeFileSync(join(dir, name), text);
    }
    return dir;
}
