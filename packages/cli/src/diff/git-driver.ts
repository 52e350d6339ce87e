/**
 * `smart diff --git`: the form git calls as an external diff driver
 * (`git config diff.smart.command "smart diff --git"`, `*.smart diff=smart`). Git passes
 * path old-file old-hex old-mode new-file new-hex new-mode (`/dev/null` for a side that
 * does not exist), two more for a rename (the new path and a message), or only the path
 * for an unmerged file. Git runs the driver at the top of the working tree, so both
 * versions are known by the file's own path there and their imports are read from disk.
 */
import { resolve } from 'node:path';
import { CliError } from '../cli-error.js';
import { readImportFromDisk, readPlanFile } from '../plan-workspace.js';
import type { ImportReaders, PlanPair } from './compare-plans.js';

export const NULL_FILE = '/dev/null';

export type DriverCall =
    | { unmerged: true; file: string }
    | { unmerged: false; pair: PlanPair; readImport: ImportReaders };

export function driverCall(args: string[], cwd: string): DriverCall {
    if (args.length === 1) {
        return { unmerged: true, file: args[0] };
    }
    if (args.length !== 7 && args.length !== 9) {
        throw new CliError(`--git: expected the 7 arguments git passes to a diff driver (path old-file old-hex old-mode new-file new-hex new-mode), got ${args.length}`);
    }
    const [path, oldFile, , , newFile] = args;
    const file = args.length === 9 ? args[7] : path;
    const version = (tempFile: string, known: string, side: 'old' | 'new') => tempFile === NULL_FILE
        ? undefined
        : { path: resolve(cwd, known), label: `${known} (${side})`, text: readPlanFile(tempFile) };
    return {
        unmerged: false,
        pair: { file, old: version(oldFile, path, 'old'), new: version(newFile, file, 'new') },
        readImport: { old: readImportFromDisk, new: readImportFromDisk }
    };
}
