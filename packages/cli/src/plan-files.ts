/**
 * Which files a command works on. Each argument is a file (linted as named, even when
 * .gitignore excludes it), a directory (searched for `.smart` files) or a glob such as
 * `plans/**` or `plans/*.smart` (matched against paths relative to the current directory,
 * or against absolute paths for an absolute glob; only `.smart` files count). No argument
 * means the current directory. Searches skip what .gitignore excludes, hidden folders and
 * node_modules, and never follow a symbolic link: a linked plan they meet is skipped and
 * named in a note (`skip`), as `smart diff --base` does. A missing path, a named file that
 * is not `.smart`, and a directory or glob that yields no plan are CliErrors; so is a
 * current directory without a plan, so that every command says so instead of working on
 * nothing.
 */
import { readdirSync, statSync, type Stats } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { pushAll } from '@smart-plan/language';
import { CliError } from './cli-error.js';
import { GitignoreRules } from './gitignore.js';

/** Says that a plan met by a search was skipped, and why (one line, without `smart: `). */
export type SkipNote = (note: string) => void;

/** The note for a linked plan that a search skipped. */
export function skippedLinkNote(shown: string): string {
    return `${shown}: skipped: a symbolic link (searches do not follow links; name a file to check it)`;
}

export function collectPlanFiles(paths: string[], cwd = process.cwd(), skip: SkipNote = () => undefined): string[] {
    const files = new Set<string>();
    for (const path of paths.length > 0 ? paths : ['.']) {
        const found = planFilesOf(path, cwd, paths.length > 0, skip);
        found.forEach(file => files.add(file));
    }
    if (files.size === 0) {
        throw new CliError(`no .smart files under ${cwd}`);
    }
    return [...files];
}

function planFilesOf(path: string, cwd: string, named: boolean, skip: SkipNote): string[] {
    const absolute = resolve(cwd, path);
    const stats = statOf(absolute);
    if (!stats) {
        if (picomatch.scan(path).isGlob) {
            return globMatches(path, cwd, skip);
        }
        throw new CliError(`${path}: no such file or directory`);
    }
    if (stats.isDirectory()) {
        const rules = GitignoreRules.for(absolute);
        if (named && rules.ignores(absolute, true)) {
            throw new CliError(`${path}: this directory is excluded by .gitignore`);
        }
        const found = search(absolute, rules, skipping(cwd, skip));
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
function globMatches(glob: string, cwd: string, skip: SkipNote): string[] {
    const pattern = glob.split(sep).join('/');
    const { base } = picomatch.scan(pattern);
    const start = resolve(cwd, base || '.');
    const matches = picomatch(isAbsolute(pattern) ? pattern : pattern.replace(/^\.\//, ''), { dot: false });
    const rules = statOf(start)?.isDirectory() ? GitignoreRules.for(start) : undefined;
    const inGlob = (file: string) => matches(isAbsolute(pattern) ? toSlashes(file) : toSlashes(relative(cwd, file)));
    const noteLink = skipping(cwd, skip);
    const found = rules && !rules.ignores(start, true)
        ? search(start, rules, link => inGlob(link) && noteLink(link)).filter(inGlob)
        : [];
    if (found.length === 0) {
        throw new CliError(`${glob}: no .smart files match`);
    }
    return found;
}

/** A search's callback for a skipped linked plan (its absolute path): a note with the path as the user reads it. */
function skipping(cwd: string, skip: SkipNote): (link: string) => void {
    return link => skip(skippedLinkNote(relative(cwd, link) || link));
}

/**
 * Every `.smart` file under `directory`, sorted, skipping ignored, hidden and node_modules
 * entries; a symbolic link named `.smart` is handed to `skippedLink`, never followed.
 */
function search(directory: string, rules: GitignoreRules, skippedLink: (path: string) => void): string[] {
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
                pushAll(found, search(path, rules.enter(path), skippedLink));
            }
        } else if (entry.isFile() && entry.name.endsWith('.smart') && !rules.ignores(path, false)) {
            found.push(path);
        } else if (entry.isSymbolicLink() && entry.name.endsWith('.smart') && !rules.ignores(path, false)) {
            skippedLink(path);
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
