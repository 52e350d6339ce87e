/**
 * Which files a command works on: the paths given on the command line, directories
 * searched for `.smart` files (skipping node_modules and hidden folders), or the current
 * directory when no path is given. Paths that do not exist, are unreadable or are not
 * `.smart` files are CliErrors.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CliError } from './cli-error.js';

export function collectPlanFiles(paths: string[], cwd = process.cwd()): string[] {
    const files = new Set<string>();
    for (const path of paths.length > 0 ? paths : ['.']) {
        const absolute = resolve(cwd, path);
        let stats;
        try {
            stats = statSync(absolute);
        } catch {
            throw new CliError(`${path}: no such file or directory`);
        }
        if (stats.isDirectory()) {
            const found = findInDirectory(absolute);
            if (paths.length > 0 && found.length === 0) {
                throw new CliError(`${path}: no .smart files in this directory`);
            }
            found.forEach(file => files.add(file));
        } else if (!absolute.endsWith('.smart')) {
            throw new CliError(`${path}: not a .smart file`);
        } else {
            files.add(absolute);
        }
    }
    return [...files];
}

function findInDirectory(directory: string, visited = new Set<string>()): string[] {
    const found: string[] = [];
    let entries;
    try {
        entries = readdirSync(directory, { withFileTypes: true });
    } catch {
        throw new CliError(`${directory}: cannot read this directory`);
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
        if (entry.name.startsWith('.') || entry.name === 'node_modules') {
            continue;
        }
        const path = join(directory, entry.name);
        if (entry.isDirectory()) {
            found.push(...findInDirectory(path, visited));
        } else if (entry.isFile() && entry.name.endsWith('.smart')) {
            found.push(path);
        }
    }
    return found;
}
