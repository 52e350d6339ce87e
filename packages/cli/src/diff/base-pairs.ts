/**
 * `smart diff --base REF [paths...]`: pairs every `.smart` file of the working tree with
 * its version at the git ref, within the given files, directories and globs (default: the
 * current directory; a glob such as `'plans/**\/*.smart'` is matched, as by `smart lint`,
 * against paths from the current directory, on both sides). A file on one side only is an
 * added or removed plan. Old versions and the files they import are read through git, so
 * the old side links as it did at the ref; new versions and their imports are read from
 * disk. A plan that is a symbolic link, at the ref or in the working tree, is skipped on
 * that side and named in a note, as the searches of `smart lint` skip linked plans: its
 * text at the ref is only where it points, and on disk it may lead out of the repository.
 */
import { existsSync, lstatSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { CliError } from '../cli-error.js';
import { displayPath } from '../diagnostics.js';
import { skippedLinkNote } from '../plan-files.js';
import { readImportFromDisk, readPlanFile } from '../plan-workspace.js';
import type { ImportReaders, PlanPair } from './compare-plans.js';
import { GitRepository } from './git.js';

export function basePairs(ref: string, paths: string[], cwd: string): { pairs: PlanPair[]; readImport: ImportReaders; notes: string[] } {
    const repository = GitRepository.open(cwd, ref);
    const here = realpathSync(cwd);
    const scopes = (paths.length > 0 ? paths : ['.']).map(path => isGlob(path, here) ? globScope(path, here, repository) : pathScope(path, here, repository));
    const inScope = (file: string) => scopes.some(scope => scope(file));

    const oldFiles = repository.plansAtRef().filter(inScope);
    const candidates = repository.workingTreePlans().filter(inScope);
    const newFiles = candidates.filter(file => isFile(join(repository.root, file)));
    const linked = [...new Set([...repository.plansLinkedAtRef().filter(inScope), ...candidates.filter(file => isLink(join(repository.root, file)))])].sort();
    const notes = linked.map(file => skippedLinkNote(displayPath(join(repository.root, file), here)));
    const files = [...new Set([...oldFiles, ...newFiles])].sort();
    const pairs = files.map(file => {
        const path = join(repository.root, file);
        return {
            file: displayPath(path, here),
            old: oldFiles.includes(file) ? { path, label: `${ref}:${file}`, text: repository.readAtRef(file)! } : undefined,
            new: newFiles.includes(file) ? { path, label: displayPath(path, here), text: readPlanFile(path) } : undefined
        };
    });
    const readOldImport = (path: string) => {
        const file = toRepositoryPath(path, repository.root);
        return file === undefined ? undefined : repository.readAtRef(file);
    };
    return { pairs, readImport: { old: readOldImport, new: readImportFromDisk }, notes };
}

/** Whether a repository path (relative to its root, with `/`) is within a path argument. */
type Scope = (file: string) => boolean;

function isGlob(path: string, here: string): boolean {
    return picomatch.scan(path).isGlob && !existsSync(resolve(here, path));
}

/** A glob argument: the plans, here or at the ref, whose path from the current directory it matches. */
function globScope(glob: string, here: string, repository: GitRepository): Scope {
    const matches = picomatch(glob.split(sep).join('/').replace(/^\.\//, ''));
    const scope: Scope = file => file.endsWith('.smart') && matches(relative(here, join(repository.root, file)).split(sep).join('/'));
    if (!repository.plansAtRef().some(scope) && !repository.workingTreePlans().some(scope)) {
        throw new CliError(`${glob}: no .smart files match (here or at ${repository.ref})`);
    }
    return scope;
}

/** A file or folder argument, relative to the repository root ('' for the root). */
function pathScope(path: string, here: string, repository: GitRepository): Scope {
    const absolute = resolve(here, path);
    const onDisk = existsSync(absolute);
    const real = realPath(absolute);
    const scope = toRepositoryPath(real, repository.root);
    if (scope === undefined) {
        throw new CliError(`${path}: outside the git repository ${repository.root}`);
    }
    if (onDisk && statSync(real).isFile() && !real.endsWith('.smart')) {
        throw new CliError(`${path}: not a .smart file`);
    }
    if (!onDisk && !repository.hasAtRef(scope) && !repository.plansAtRef().some(file => file.startsWith(`${scope}/`))) {
        throw new CliError(`${path}: no such file or directory (here or at ${repository.ref})`);
    }
    return file => scope === '' || file === scope || file.startsWith(`${scope}/`);
}

/** The path with symbolic links resolved, also when its last parts do not exist (any more). */
function realPath(path: string): string {
    return existsSync(path) || dirname(path) === path ? realpathSync(path) : join(realPath(dirname(path)), basename(path));
}

/** The path relative to the repository root, with `/`; undefined outside it. */
function toRepositoryPath(path: string, root: string): string | undefined {
    const inside = relative(root, path);
    if (inside.startsWith('..') || isAbsolute(inside)) {
        return undefined;
    }
    return inside.split(sep).join('/');
}

/** A regular file itself, not a symbolic link to one. */
function isFile(path: string): boolean {
    try {
        return lstatSync(path).isFile();
    } catch {
        return false;
    }
}

function isLink(path: string): boolean {
    try {
        return lstatSync(path).isSymbolicLink();
    } catch {
        return false;
    }
}
