/**
 * Symbolic links out of a repository: a plan (or an import) whose path lies inside a git
 * repository but which is a link, or under a linked folder, leading to a file outside it
 * is never read. A pull request can commit such a link; reading through it would check,
 * and show, a file of the machine running the tools. The repository of a path is the
 * nearest folder above it holding `.git`; outside a repository, links are followed. The CLI
 * and the language server's file system ask the same question here.
 */
import { existsSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';

function repositoryAround(path: string): string | undefined {
    for (let folder = dirname(resolve(path)); ; folder = dirname(folder)) {
        if (existsSync(join(folder, '.git'))) {
            return folder;
        }
        if (dirname(folder) === folder) {
            return undefined;
        }
    }
}

function isInside(path: string, folder: string): boolean {
    const inside = relative(folder, path);
    return inside === '' || (!inside.startsWith('..') && !isAbsolute(inside));
}

/** Where the link leads when reading `path` leaves its repository through a symbolic link; undefined otherwise. */
export function linkOutOfRepository(path: string): string | undefined {
    const repository = repositoryAround(path);
    if (repository === undefined) {
        return undefined;
    }
    let real: string;
    let realRepository: string;
    try {
        real = realpathSync(path);
        realRepository = realpathSync(repository);
    } catch {
        return undefined; // nothing there: nothing is read
    }
    return isInside(real, realRepository) ? undefined : real;
}

/** The reason a file is not read, to follow its name. */
export const LINK_OUT_OF_REPOSITORY = 'a symbolic link to a file outside the repository; not read';

/**
 * One path per file for an import target reached through a linked folder (`./link/b.smart`
 * where `link` leads to `.`): the target's real location, written from the importing
 * plan's folder as that plan's own path is written. A target that is not linked, that is
 * missing, that leads out of its repository (never read anyway), or whose real location is
 * not below the importing folder's, keeps its path.
 */
export function linkedPathFromFolder(target: string, folder: string): string {
    let real: string;
    let realFolder: string;
    try {
        real = realpathSync(target);
        if (real === target) {
            return target;
        }
        realFolder = realpathSync(folder);
    } catch {
        return target;
    }
    const below = relative(realFolder, real);
    if (below.startsWith('..') || isAbsolute(below) || linkOutOfRepository(target) !== undefined) {
        return target;
    }
    return join(folder, below);
}
