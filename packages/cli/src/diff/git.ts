/**
 * What `smart diff --base REF` asks of git: the repository around the current directory,
 * whether a ref names a commit, the `.smart` files at that commit and in the working tree
 * (honouring .gitignore), and a file's text at the commit (`git show REF:path`). Paths
 * are relative to the repository root, with `/`. Every git failure is a CliError.
 */
import { execFileSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { CliError } from '../cli-error.js';

function git(args: string[], cwd: string): string {
    try {
        return execFileSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (error) {
        const failure = error as NodeJS.ErrnoException & { stderr?: string };
        if (failure.code === 'ENOENT') {
            throw new CliError('--base: git is not installed or not on PATH');
        }
        const reason = (failure.stderr ?? '').trim().split('\n')[0].replace(/^(fatal|error): /, '');
        throw new CliError(`git ${args[0]}: ${reason || 'failed'}`);
    }
}

/** Git's file mode of a symbolic link. */
const LINK_MODE = '120000';

export class GitRepository {
    private filesAtRef?: Set<string>;
    private linksAtRef?: Set<string>;

    private constructor(
        /** The working tree's top folder, symbolic links resolved. */
        readonly root: string,
        readonly ref: string
    ) {}

    /** The repository holding `cwd`, compared with `ref`; CliErrors when either is missing. */
    static open(cwd: string, ref: string): GitRepository {
        let root: string;
        try {
            root = git(['rev-parse', '--show-toplevel'], cwd).trim();
        } catch (error) {
            if (error instanceof CliError && error.message.includes('git is not installed')) {
                throw error;
            }
            throw new CliError(`--base: ${cwd} is not inside a git repository`);
        }
        if (ref.startsWith('-')) {
            throw new CliError(`--base: '${ref}' is not a git ref`);
        }
        try {
            git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], root);
        } catch {
            throw new CliError(`--base: unknown git ref '${ref}'`);
        }
        return new GitRepository(realpathSync(root), ref);
    }

    /** The `.smart` files committed at the ref (symbolic links not included: see plansLinkedAtRef). */
    plansAtRef(): string[] {
        return [...this.allFilesAtRef()].filter(path => path.endsWith('.smart') && !this.linksAtRef!.has(path));
    }

    /** The `.smart` paths committed at the ref as symbolic links (never read: their text is where they point). */
    plansLinkedAtRef(): string[] {
        this.allFilesAtRef();
        return [...this.linksAtRef!].filter(path => path.endsWith('.smart'));
    }

    /** The `.smart` files of the working tree: tracked or untracked, not ignored. */
    workingTreePlans(): string[] {
        return splitNul(git(['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--', '*.smart'], this.root))
            .filter(path => path.endsWith('.smart'));
    }

    hasAtRef(path: string): boolean {
        return this.allFilesAtRef().has(path);
    }

    /** The file's text at the ref; undefined when the ref has no such file, or it is a symbolic link. */
    readAtRef(path: string): string | undefined {
        return this.hasAtRef(path) && !this.linksAtRef!.has(path) ? git(['show', `${this.ref}:${path}`], this.root) : undefined;
    }

    private allFilesAtRef(): Set<string> {
        if (!this.filesAtRef) {
            // `MODE TYPE OBJECT<TAB>PATH` per entry.
            const entries = splitNul(git(['ls-tree', '-r', '-z', '--full-tree', this.ref], this.root)).map(entry => {
                const tab = entry.indexOf('\t');
                return { mode: entry.slice(0, entry.indexOf(' ')), path: entry.slice(tab + 1) };
            });
            this.filesAtRef = new Set(entries.map(entry => entry.path));
            this.linksAtRef = new Set(entries.filter(entry => entry.mode === LINK_MODE).map(entry => entry.path));
        }
        return this.filesAtRef;
    }
}

function splitNul(output: string): string[] {
    return output.split('\0').filter(Boolean);
}
