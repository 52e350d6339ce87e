/**
 * Sizes of shipped artifacts: the packaged VS Code extension (`*.vsix` under
 * packages/vscode/ or at the repository root), when someone has packaged it.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The newest .vsix, or undefined when the extension has not been packaged yet. */
export function findVsix(repoRoot) {
    const found = [...vsixUnder(join(repoRoot, 'packages', 'vscode'), true), ...vsixUnder(repoRoot, false)];
    return found.sort((a, b) => b.mtimeMs - a.mtimeMs)[0];
}

function vsixUnder(directory, recursive) {
    let entries;
    try {
        entries = readdirSync(directory, { withFileTypes: true });
    } catch {
        return [];
    }
    return entries.flatMap(entry => {
        const path = join(directory, entry.name);
        if (entry.isDirectory()) {
            return recursive && entry.name !== 'node_modules' && !entry.name.startsWith('.') ? vsixUnder(path, true) : [];
        }
        if (!entry.isFile() || !entry.name.endsWith('.vsix')) {
            return [];
        }
        const { size, mtimeMs } = statSync(path);
        return [{ path, sizeMb: size / (1024 * 1024), mtimeMs }];
    });
}
