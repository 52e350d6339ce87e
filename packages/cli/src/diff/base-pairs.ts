/**
 * `smart diff --base REF [paths...]`: pairs every `.smart` file of the working tree with
 * its version at the git ref, within the given files and directories (default: the
 * current directory). A file on one side only is an added or removed plan. Old versions
 * and the files they import are read through git, so the old side links as it did at the
 * ref; new versions and their imports are read from disk.
 */
import { existsSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { CliError } from '../cli-error.js';
import { displayPath } from '../diagnostics.js';
import { readImportFromDisk, readPlanFile } from '../plan-workspace.js';
import type { ImportReaders, PlanPair } from './compare-plans.js';
import { GitRepository } from './git.js';

export function basePairs(ref: string, paths: string[], cwd: string): { pairs: PlanPair[]; readImport: ImportReaders } {
    const repository = GitRepository.open(cwd, ref);
    const here = realpathSync(cwd);
    const scopes = (paths.length > 0 ? paths : ['.']).map(path => scopeOf(path, here, repository));
    const inScope = (file: string) => scopes.some(scope => file === scope || scope === '' || file.startsWith(`${scope}/`));

    const oldFiles = repository.plansAtRef().filter(inScope);
    const newFiles = repository.workingTreePlans().filter(file => inScope(file) && isFile(join(repository.root, file)));
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
    return { pairs, readImport: { old: readOldImport, new: readImportFromDisk } };
}

/** A path argument as a folder or file relative to the repository root ('' for the root). */
function scopeOf(path: string, here: string, repository: GitRepository): string {
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
    return scope;
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

function isFile(path: string): boolean {
    try {
        return statSync(path).isFile();
    } catch {
        return false;
    }
}
