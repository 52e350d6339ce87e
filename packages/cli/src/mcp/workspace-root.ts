/**
 * The folder `smart mcp` serves, and the one gate every path goes through: a path a tool
 * or resource is given (relative to the folder, or absolute) must lie inside the folder
 * once `..` and symbolic links are resolved, or it is refused with an error that names
 * only the path as given: never what is outside, nor whether it exists. The plans'
 * imports are read through the same gate, so the server reads nothing outside its folder.
 */
import { lstatSync, readlinkSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { outsideFolderMessage } from '@smart-plan/language';
import { CliError } from '../cli-error.js';
import { collectPlanFiles } from '../plan-files.js';
import { readImportFromDisk, type ImportReader } from '../plan-workspace.js';

export class WorkspaceRoot {
    /** Where a note about a plan a search skipped goes (smart mcp: its log, stderr); set by the server. */
    onSkip: (note: string) => void = () => undefined;

    private constructor(
        /** The folder, symbolic links resolved. */
        readonly path: string
    ) {}

    /** The folder at the absolute `path` (named `label` in errors); a CliError when it is not a directory. */
    static open(path: string, label = path): WorkspaceRoot {
        let real: string;
        try {
            real = realpathSync(path);
        } catch {
            throw new CliError(`--root: ${label}: no such directory`);
        }
        if (!statSync(real).isDirectory()) {
            throw new CliError(`--root: ${label}: not a directory`);
        }
        return new WorkspaceRoot(real);
    }

    /** Whether an absolute path whose links are resolved lies inside the folder. */
    private contains(realPath: string): boolean {
        const inside = relative(this.path, realPath);
        return inside === '' || (!inside.startsWith(`..${sep}`) && inside !== '..' && !isAbsolute(inside));
    }

    /** A path argument inside the folder, as the real path relative to it (`.` for the folder itself). */
    confine(argument: string): string {
        if (argument.includes('\0')) {
            throw new CliError(`'${argument.replace(/\0/g, '\\0')}': not a path`);
        }
        const real = realPathOf(resolve(this.path, argument));
        if (!this.contains(real)) {
            throw new CliError(outsideFolderMessage(argument));
        }
        return relative(this.path, real) || '.';
    }

    /** A path of the folder as answers name it: relative, with `/`. */
    label(path: string): string {
        return relative(this.path, path).split(sep).join('/');
    }

    /**
     * The plans that files, directories or globs name (all plans of the folder without
     * any), as `smart lint` collects them, each confined to the folder; a plan a search
     * skips (a symbolic link) is named through onSkip, as `smart lint` names it on stderr.
     */
    planFiles(paths: readonly string[] = []): string[] {
        const files = collectPlanFiles(paths.map(path => this.confine(path)), this.path, note => this.onSkip(note));
        // Folder searches do not follow links; this holds even if they did.
        if (!files.every(file => this.holds(file))) {
            throw new CliError(`${paths.map(path => `'${path}'`).join(', ') || 'the folder'}: leads outside the workspace folder`);
        }
        return files.map(file => realPathOf(file));
    }

    /** Whether an absolute path lies inside the folder once its links are resolved. */
    holds(path: string): boolean {
        return this.contains(realPathOf(path));
    }

    /** Reads an imported plan only when it lies inside the folder; an import outside it stays unresolved. */
    readonly readImport: ImportReader = path => this.holds(path) ? readImportFromDisk(path) : undefined;
}

/**
 * The path with symbolic links resolved, also when its last parts do not exist (yet), and
 * also through a link that leads nowhere (to where it would lead).
 */
function realPathOf(path: string, links = 0): string {
    try {
        return realpathSync(path);
    } catch {
        // Not there, or a link to nothing, or not readable: resolve what can be.
    }
    let target: string | undefined;
    try {
        target = lstatSync(path).isSymbolicLink() ? readlinkSync(path) : undefined;
    } catch {
        target = undefined;
    }
    const parent = dirname(path);
    if (target !== undefined && links < 40) {
        return realPathOf(resolve(realPathOf(parent), target), links + 1);
    }
    return parent === path ? path : join(realPathOf(parent, links), basename(path));
}
