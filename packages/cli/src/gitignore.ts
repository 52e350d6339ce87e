/**
 * .gitignore rules as git applies them while a directory is searched: every .gitignore
 * from the repository root (the nearest folder above holding `.git`) down to the folder
 * searched, the nested ones met on the way down, and `.git/info/exclude`. A deeper file's
 * patterns override a shallower one's (so a nested `!pattern` re-includes), patterns are
 * relative to their file's folder, and `dir/` patterns match folders only. Outside a git
 * repository the .gitignore files of the searched folder and below still apply. Matching
 * itself is the `ignore` package's, which follows git's pattern syntax.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';

interface Layer {
    /** The folder the patterns are relative to. */
    base: string;
    rules: Ignore;
}

export class GitignoreRules {
    private constructor(private readonly layers: readonly Layer[]) {}

    /** The rules in force in `directory`: those of the folders above it in its repository, and its own. */
    static for(directory: string): GitignoreRules {
        const root = repositoryRoot(directory);
        const folders: string[] = [];
        for (let folder = directory; ; folder = dirname(folder)) {
            folders.unshift(folder);
            if (folder === root || root === undefined || dirname(folder) === folder) {
                break;
            }
        }
        const layers: Layer[] = [];
        if (root !== undefined) {
            const exclude = readRules(join(root, '.git', 'info', 'exclude'));
            if (exclude) {
                layers.push({ base: root, rules: exclude });
            }
        }
        return folders.reduce((rules, folder) => rules.enter(folder), new GitignoreRules(layers));
    }

    /** The rules in force inside `directory`, a child of the current one: its .gitignore added. */
    enter(directory: string): GitignoreRules {
        const rules = readRules(join(directory, '.gitignore'));
        return rules ? new GitignoreRules([...this.layers, { base: directory, rules }]) : this;
    }

    /** Whether git ignores `path` (a file, or a folder when `isDirectory`). */
    ignores(path: string, isDirectory: boolean): boolean {
        for (let i = this.layers.length - 1; i >= 0; i--) {
            const { base, rules } = this.layers[i];
            const relativePath = relative(base, path).split(sep).join('/');
            if (relativePath === '' || relativePath.startsWith('../')) {
                continue;
            }
            const verdict = rules.test(isDirectory ? `${relativePath}/` : relativePath);
            if (verdict.ignored) {
                return true;
            }
            if (verdict.unignored) {
                return false;
            }
        }
        return false;
    }
}

function repositoryRoot(directory: string): string | undefined {
    for (let folder = directory; ; folder = dirname(folder)) {
        if (existsSync(join(folder, '.git'))) {
            return folder;
        }
        if (dirname(folder) === folder) {
            return undefined;
        }
    }
}

function readRules(file: string): Ignore | undefined {
    let text: string;
    try {
        text = readFileSync(file, 'utf8');
    } catch {
        return undefined; // no such file (an unreadable one is skipped too, as git does)
    }
    return ignore().add(text);
}
