/**
 * `smart diff OLD NEW`, `smart diff --base REF [paths...]` and `smart diff --git ...`
 * (git's external diff driver form): a semantic diff of plans, matched by element kind
 * and name, printed as text, markdown (a PR comment) or JSON. Exit 0, or 1 with
 * `--fail-on regression` when a regression is found; usage and file errors are exit 2.
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { visibleControlCharacters } from '@smart-plan/language';
import { parseCommandArgs, unknownChoice } from '../arguments.js';
import { CliError } from '../cli-error.js';
import type { CommandContext } from '../command-context.js';
import { displayPath } from '../diagnostics.js';
import { collectPlanFiles } from '../plan-files.js';
import { readImportFromDisk, readPlanFile } from '../plan-workspace.js';
import { basePairs } from '../diff/base-pairs.js';
import { comparePlans, type FileChange, type PlanPair } from '../diff/compare-plans.js';
import { formatDiffJson } from '../diff/format-json.js';
import { formatDiffMarkdown } from '../diff/format-markdown.js';
import { formatDiffText } from '../diff/format-text.js';
import { isUnreviewed } from '../diff/summary.js';
import { driverCall, NULL_FILE } from '../diff/git-driver.js';
import { colorEnabled } from '../terminal-style.js';

export const DIFF_HELP = `Usage: smart diff OLD NEW [options]
       smart diff --base GIT-REF [paths or directories...] [options]
       smart diff --git PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE NEW-HEX NEW-MODE

A semantic diff of plans: elements matched by kind and name (renames detected), and
every changed fact (target, deadline, baseline, owner, benchmarks, links, budget, ...)
classed as a regression, an improvement or neutral. Reformatting and reordering are no
change. /dev/null stands for a plan that does not exist on that side.

  OLD NEW          compare two plan files
  --base REF       compare every .smart file of the working tree (or under the paths)
                   with its version at the git ref; a file on one side only is an
                   added or removed plan
  --git            the form git calls as an external diff driver:
                     git config diff.smart.command "smart diff --git"
                     echo '*.smart diff=smart' >> .gitattributes

Options:
  -f, --format FORMAT  text (default), markdown (a PR comment) or json
  --fail-on regression exit 1 when any regression is found
  --fail-on unreviewed exit 1 when a regression is not reviewed: no review new in this
                       change (in any compared file) has a decision about its goal
  -h, --help           show this help

Exit codes: 0 compared, 1 regressions with --fail-on regression (unreviewed ones with
--fail-on unreviewed), 2 usage or file error.`;

const FORMATS = ['text', 'markdown', 'json'];

/** What `--fail-on` accepts: each gate names the changes that make `smart diff` exit 1 (any regression, or one no review of the change decided). */
const FAIL_ON: Record<string, (change: FileChange) => boolean> = {
    regression: change => change.class === 'regression',
    unreviewed: isUnreviewed
};

export async function runDiff(args: string[], context: CommandContext): Promise<number> {
    // Git's arguments after --git are positional, whatever they look like: a plan named
    // `-x.smart` or `--base=HEAD.smart` is a path, not an option.
    const driver = args.indexOf('--git');
    const { values, positionals: named } = parseCommandArgs('diff', driver >= 0 ? args.slice(0, driver) : args, {
        format: { type: 'string', short: 'f', default: 'text' },
        base: { type: 'string' },
        'fail-on': { type: 'string' },
        help: { type: 'boolean', short: 'h' }
    });
    const git = driver >= 0;
    const positionals = git ? args.slice(driver + 1) : named;
    if (values.help || (git && positionals.length === 1 && ['--help', '-h'].includes(positionals[0]))) {
        context.stdout(DIFF_HELP + '\n');
        return 0;
    }
    const format = values.format!;
    if (!FORMATS.includes(format)) {
        throw unknownChoice('--format', 'format', format, FORMATS);
    }
    const failOn = values['fail-on'];
    if (failOn !== undefined && !Object.hasOwn(FAIL_ON, failOn)) {
        throw unknownChoice('--fail-on', 'value', failOn, Object.keys(FAIL_ON));
    }
    if (git && (values.base !== undefined || named.length > 0)) {
        throw new CliError(values.base !== undefined ? '--git and --base cannot be used together' : '--git: the arguments git passes come after --git');
    }

    let changes: FileChange[];
    if (git) {
        const call = driverCall(positionals, context.cwd);
        if (call.unmerged) {
            context.stdout(`${visibleControlCharacters(call.file)}: unmerged, no semantic diff\n`);
            return 0;
        }
        try {
            changes = await comparePlans([call.pair], call.readImport);
        } catch (error) {
            // A failing driver stops `git diff` and `git log -p` altogether: say why, and go on.
            if (error instanceof CliError) {
                context.stdout(`${visibleControlCharacters(`${call.pair.file}: no semantic diff: ${error.message}`)}\n`);
                return 0;
            }
            throw error;
        }
        if (changes.length === 0) {
            context.stdout(`${visibleControlCharacters(call.pair.file)}: no semantic changes\n`);
            return 0;
        }
    } else if (values.base !== undefined) {
        const { pairs, readImport, notes } = basePairs(values.base, positionals, context.cwd);
        notes.forEach(note => context.stderr(`smart: ${note}\n`));
        changes = await comparePlans(pairs, readImport);
    } else {
        if (positionals.length !== 2) {
            throw new CliError(`diff: expected two plans, OLD and NEW, or --base GIT-REF (see smart diff --help)`);
        }
        changes = await comparePlans([filePair(positionals[0], positionals[1], context.cwd)], { old: readImportFromDisk, new: readImportFromDisk });
    }

    if (format === 'json') {
        context.stdout(formatDiffJson(changes));
    } else if (format === 'markdown') {
        context.stdout(formatDiffMarkdown(changes));
    } else {
        context.stdout(formatDiffText(changes, { color: colorEnabled(context) }));
    }
    return failOn !== undefined && changes.some(FAIL_ON[failOn]) ? 1 : 0;
}

/** `smart diff OLD NEW`: two plan files (or /dev/null for a plan added or removed). */
function filePair(oldArg: string, newArg: string, cwd: string): PlanPair {
    if (oldArg === NULL_FILE && newArg === NULL_FILE) {
        throw new CliError('diff: OLD and NEW cannot both be /dev/null');
    }
    const version = (arg: string) => {
        if (arg === NULL_FILE) {
            return undefined;
        }
        if (isDirectory(resolve(cwd, arg))) {
            throw new CliError(`${arg}: is a directory; smart diff OLD NEW compares two plan files (or use --base)`);
        }
        const [path] = collectPlanFiles([arg], cwd); // a missing or non-.smart path is a CliError
        return { path, label: arg, text: readPlanFile(path) };
    };
    const [before, after] = [version(oldArg), version(newArg)];
    return { file: displayPath((after ?? before)!.path, cwd), old: before, new: after };
}

function isDirectory(path: string): boolean {
    try {
        return statSync(path).isDirectory();
    } catch {
        return false;
    }
}
