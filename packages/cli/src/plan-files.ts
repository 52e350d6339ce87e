/**
 * Which files a command works on. Each argument is a file (linted as named, even when
 * .gitignore excludes it), a directory (searched for `.smart` files) or a glob such as
 * `plans/**` or `plans/*.smart` (matched against paths relative to the current directory,
 * or against absolute paths for an absolute glob; only `.smart` files count). No argument
 * means the current directory. Searches skip what .gitignore excludes, hidden folders and
 * node_modules. A missing path, a named file that is not `.smart`, and a directory or glob
 * that yields no plan are CliErrors; so is a current directory without a plan, so that
 * every command says so instead of working on nothing.
 */
import { readdirSync, statSync, type Stats } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { CliError } from './cli-error.js';
import { GitignoreRules } from './gitignore.js';

export function collectPlanFiles(paths: string[], cwd = process.cwd()): string[] {
    const files = new Set<string>();
    for (const path of paths.length > 0 ? paths : ['.']) {
        const found = planFilesOf(path, cwd, paths.length > 0);
        found.forEach(file => files.add(file));
    }
    if (files.size === 0) {
        throw new CliError(`no .smart files under ${cwd}`);
    }
    return [...files];
}

function planFilesOf(path: string, cwd: string, named: boolean): string[] {
    const absolute = resolve(cwd, path);
    const stats = statOf(absolute);
    if (!stats) {
        if (picomatch.scan(path).isGlob) {
            return globMatches(path, cwd);
        }
        throw new CliError(`${path}: no such file or directory`);
    }
    if (stats.isDirectory()) {
        const rules = GitignoreRules.for(absolute);
        if (named && rules.ignores(absolute, true)) {
            throw new CliError(`${path}: this directory is excluded by .gitignore`);
        }
        const found = search(absolute, rules);
        if (named && found.length === 0) {
            throw new CliError(`${path}: no .smart files in this directory`);
        }
        return found;
    }
    if (!absolute.endsWith('.smart')) {
        throw new CliError(`${path}: not a .smart file`);
    }
    return [absolute];
}

/** The plans a glob matches, searching from the glob's fixed leading folders. */
function globMatches(glob: string, cwd: string): string[] {
    const pattern = glob.split(sep).join('/');
    const { base } = picomatch.scan(pattern);
    const start = resolve(cwd, base || '.');
    const matches = picomatch(isAbsolute(pattern) ? pattern : pattern.replace(/^\.\//, ''), { dot: false });
    const rules = statOf(start)?.isDirectory() ? GitignoreRules.for(start) : undefined;
    const found = rules && !rules.ignores(start, true)
        ? search(start, rules).filter(file => matches(isAbsolute(pattern) ? toSlashes(file) : toSlashes(relative(cwd, file))))
        : [];
    if (found.length === 0) {
        throw new CliError(`${glob}: no .smart files match`);
    }
    return found;
}

/** Every `.smart` file under `directory`, sorted, skipping ignored, hidden and node_modules entries. */
function search(directory: string, rules: GitignoreRules): string[] {
    const found: string[] = [];
    let entries;
    try {
        entries = readdirSync(directory, { withFileTypes: true });
    } catch (error) {
        throw new CliError(`${directory}: cannot read this directory (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`);
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
        if (entry.name.startsWith('.') || entry.name === 'node_modules') {
            continue;
        }
        const path = join(directory, entry.name);
        if (entry.isDirectory()) {
            if (!rules.ignores(path, true)) {
                found.push(...search(path, rules.enter(path)));
            }
        } else if (entry.isFile() && entry.name.endsWith('.smart') && !rules.ignores(path, false)) {
            found.push(path);
        }
    }
    return found;
}

/** The path's stats, or undefined when nothing is there. */
function statOf(path: string): Stats | undefined {
    try {
        return statSync(path);
    } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ENOENT' || code === 'ENOTDIR') {
            return undefined;
        }
        throw new CliError(`${path}: cannot access it (${code ?? 'unknown error'})`);
    }
}

function toSlashes(path: string): string {
    return path.split(sep).join('/');
}
