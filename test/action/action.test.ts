// The GitHub Action (action.yml and its steps in action/), run locally the way a runner
// runs it (run-action.ts) against temporary git repositories: a base commit and a pull
// request's head commit, GITHUB_* variables set, smart-plan installed from the packed
// tarball, and a fake GitHub API for the comment. No network.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { runSmart } from '../cli/run-smart.js';
import { packedTarball } from '../package/pack.js';
import { fakeGithub, type FakeGithub } from './fake-github.js';
import { ACTION, runAction, type ActionContext } from './run-action.js';

const REPOSITORY = 'acme/plans';
const PULL_REQUEST = 7;
const MARKER = '<!-- smart-plan-diff -->';

const gitEnv = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.com', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.com' };
const git = (dir: string, ...args: string[]) => execFileSync('git', ['-c', 'commit.gpgsign=false', ...args], { cwd: dir, encoding: 'utf8', env: gitEnv }).trim();

let tarball: string;
let github: FakeGithub;
let starter: string;

beforeAll(async () => {
    tarball = packedTarball();
    github = await fakeGithub(REPOSITORY, PULL_REQUEST);
    const dir = mkdtempSync(join(tmpdir(), 'smart-action-starter-'));
    runSmart(['init', 'acme', '--today', '2027-01-15'], { cwd: dir });
    starter = readFileSync(join(dir, 'acme.smart'), 'utf8');
}, 120_000);

afterAll(async () => {
    await github?.close();
});

/**
 * An "origin" repository with a base commit (plans/acme.smart, clean as of its
 * .smartrc.json's today) and a head commit applying `edit` to the working files; and the
 * runner's checkout of the head (shallow, as actions/checkout makes it, unless `full`).
 */
function pullRequestRepository(edit: (files: Record<string, string>) => void, options: { full?: boolean } = {}) {
    const origin = mkdtempSync(join(tmpdir(), 'smart-action-origin-'));
    git(origin, 'init', '--quiet', '--initial-branch', 'main');
    const files: Record<string, string> = { 'plans/acme.smart': starter, '.smartrc.json': '{ "today": "2027-01-20" }\n', 'README.md': '# Plans\n' };
    const write = () => {
        for (const [name, text] of Object.entries(files)) {
            execFileSync('mkdir', ['-p', join(origin, name, '..')]);
            writeFileSync(join(origin, name), text);
        }
        git(origin, 'add', '--all');
    };
    write();
    git(origin, 'commit', '--quiet', '-m', 'base');
    const base = git(origin, 'rev-parse', 'HEAD');
    git(origin, 'checkout', '--quiet', '-b', 'feature');
    edit(files);
    write();
    git(origin, 'commit', '--quiet', '--allow-empty', '-m', 'head');
    const head = git(origin, 'rev-parse', 'HEAD');
    const workspace = mkdtempSync(join(tmpdir(), 'smart-action-workspace-'));
    git(workspace, 'clone', '--quiet', ...(options.full ? [] : ['--depth', '1']), '--branch', 'feature', `file://${origin}`, '.');
    return { workspace, base, head };
}

function pullRequestEvent(base: string, head: string, headRepository = REPOSITORY) {
    return {
        event_name: 'pull_request',
        repository: REPOSITORY,
        event: { number: PULL_REQUEST, pull_request: { number: PULL_REQUEST, base: { sha: base, ref: 'main' }, head: { sha: head, ref: 'feature', repo: { full_name: headRepository } } } }
    };
}

function context(workspace: string, github_: ActionContext['github'], inputs: Record<string, string> = {}): ActionContext {
    return {
        workspace,
        inputs,
        github: github_,
        env: {
            SMART_PLAN_PACKAGE: tarball,
            npm_config_cache: mkdtempSync(join(tmpdir(), 'smart-action-npm-cache-')),
            npm_config_offline: 'true',
            GITHUB_API_URL: github.url
        }
    };
}

const lowerTarget = (files: Record<string, string>) => {
    files['plans/acme.smart'] = files['plans/acme.smart'].replace('target 40 by 2027-12-31', 'target 38 by 2027-12-31');
};

describe('action.yml', () => {
    test('declares the inputs and outputs the README documents, and runs only scripts in action/ and upload-sarif', () => {
        expect(Object.keys(ACTION.inputs)).toEqual(['paths', 'max-warnings', 'fail-on', 'sarif', 'comment', 'github-token']);
        expect(Object.keys(ACTION.outputs)).toEqual(['lint-exit-code', 'sarif-file', 'diff-file', 'changes', 'regressions', 'unreviewed', 'comment-url']);
        expect(ACTION.runs.using).toBe('composite');
        for (const step of ACTION.runs.steps) {
            if (step.uses) {
                expect(step.uses).toBe('github/codeql-action/upload-sarif@v3');
            } else {
                expect(step.run).toMatch(/^(node )?"\$GITHUB_ACTION_PATH\/action\/[a-z]+\.(sh|mjs)"$/);
            }
        }
    });
});

describe('the example workflows (examples/ci/)', () => {
    const version = () => JSON.parse(readFileSync(join(__dirname, '../../packages/cli/npm/package.json'), 'utf8')).version as string;
    const steps = (file: string) => (parse(readFileSync(join(__dirname, '../../examples/ci', file), 'utf8')) as { jobs: { plans: { steps: Array<{ uses?: string; run?: string }> } } }).jobs.plans.steps;

    test('smart-plan.yml is the one-step form: checkout, then the action at the package\'s version', () => {
        expect(steps('smart-plan.yml').map(step => step.uses)).toEqual(['actions/checkout@v4', `smart-plan/smart-plan@v${version()}`]);
    });

    test('smart-plan-without-the-action.yml installs smart-plan at the same version and runs smart itself', () => {
        const run = steps('smart-plan-without-the-action.yml').map(step => step.run ?? '').join('\n');
        expect(run).toContain(`smart-plan@${version()}`);
        expect(run).toContain('smart lint --format github');
        expect(run).toContain('smart diff --base');
        expect(run).not.toMatch(/npx smart\b/); // npm's `smart` is an unrelated package
    });
});

describe('on a pull request that lowers a target, with fail-on: regression', () => {
    let repository: ReturnType<typeof pullRequestRepository>;
    let first: Awaited<ReturnType<typeof runAction>>;

    beforeAll(async () => {
        github.comments.length = 0;
        github.requests.length = 0;
        repository = pullRequestRepository(lowerTarget);
        first = await runAction(context(repository.workspace, pullRequestEvent(repository.base, repository.head), { 'fail-on': 'regression' }));
    }, 180_000);

    test('installs smart-plan at the version of the action (here: the packed tarball)', () => {
        const install = first.step('Install smart-plan');
        expect(install.code).toBe(0);
        const version = JSON.parse(readFileSync(join(__dirname, '../../packages/cli/npm/package.json'), 'utf8')).version as string;
        expect(install.stdout).toContain(`smart ${version}`);
        expect(install.outputs.smart).toMatch(/smart-plan\/node_modules\/\.bin\/smart$/);
    });

    test('lints with annotations, writes SARIF and hands it to upload-sarif', () => {
        const lint = first.step('Lint plans');
        expect(lint.code).toBe(0);
        expect(lint.outputs['exit-code']).toBe('0');
        expect(lint.stdout).toBe('smart: no problems in 1 plan\n');
        const sarif = JSON.parse(readFileSync(lint.outputs['sarif-file'], 'utf8')) as { version: string; runs: Array<{ results: unknown[] }> };
        expect(sarif.version).toBe('2.1.0');
        expect(sarif.runs[0].results).toEqual([]);
        expect(first.step('Upload SARIF')).toMatchObject({ status: 'used', with: { sarif_file: lint.outputs['sarif-file'], category: 'smart-plan' } });
    });

    test('diffs against the base commit, fetching it into the shallow checkout', () => {
        const diff = first.step('Plan diff');
        expect(diff.code).toBe(0);
        expect(diff.stdout).toContain(`Fetching the base commit ${repository.base}`);
        expect(diff.outputs).toMatchObject({ changes: '1', regressions: '1', 'exit-code': '1' });
        const markdown = readFileSync(diff.outputs['diff-file'], 'utf8');
        expect(markdown).toContain('**0 added, 0 removed, 1 changed, 1 regression (1 not reviewed)**');
        expect(markdown).toContain('| 🔴 **regression** | `growLeads` | target lowered 40 → 38 (−2, −5%) |');
        expect(first.summary).toContain('### smart lint\n\nno problems in 1 plan\n');
        expect(first.summary).toContain(markdown);
    });

    test('posts the diff as one comment with the marker, with the token', () => {
        expect(first.step('Comment the plan diff').code).toBe(0);
        const posts = github.requests.filter(request => request.method === 'POST');
        expect(posts).toHaveLength(1);
        expect(posts[0].path).toBe(`/repos/${REPOSITORY}/issues/${PULL_REQUEST}/comments`);
        expect(posts[0].authorization).toBe('Bearer test-token');
        expect(github.comments).toHaveLength(1);
        expect(github.comments[0].body.startsWith(`${MARKER}\n### Semantic plan diff`)).toBe(true);
        expect(first.outputs['comment-url']).toBe(github.comments[0].html_url);
    });

    test('then fails the job on the regression, saying why', () => {
        const verdict = first.step('Verdict');
        expect(verdict.code).toBe(1);
        expect(verdict.stdout).toBe('::error title=smart-plan::the plan diff fails fail-on: regression: see the plan diff (pull request comment and job summary)\n');
        expect(first.failed).toBe(true);
        expect(first.outputs).toMatchObject({ 'lint-exit-code': '0', changes: '1', regressions: '1' });
    });

    test('run again (a new push), it updates the same comment instead of adding one', async () => {
        github.requests.length = 0;
        const again = await runAction(context(repository.workspace, pullRequestEvent(repository.base, repository.head)));
        expect(again.step('Comment the plan diff').code).toBe(0);
        expect(github.requests.map(request => request.method)).toEqual(['GET', 'PATCH']);
        expect(github.requests[1].path).toBe(`/repos/${REPOSITORY}/issues/comments/${github.comments[0].id}`);
        expect(github.comments).toHaveLength(1);
        expect(again.step('Verdict').code).toBe(0); // no fail-on this time: a regression alone does not fail
        expect(again.failed).toBe(false);
    }, 180_000);
});

describe('on a pull request with fail-on: unreviewed (the review gate)', () => {
    const review = (files: Record<string, string>) => {
        files['plans/acme.smart'] += '\nreview 2027-01-18 "Lead review" {\n    attendee alex\n    decision "Two leads fewer: the trade fair moved to next year" about growLeads\n}\n';
    };

    test('lowering a target without a review fails the gate, and the comment says it needs a review', async () => {
        github.comments.length = 0;
        const { workspace, base, head } = pullRequestRepository(lowerTarget);
        const run = await runAction(context(workspace, pullRequestEvent(base, head), { 'fail-on': 'unreviewed' }));
        expect(run.step('Plan diff').outputs).toMatchObject({ regressions: '1', unreviewed: '1', 'exit-code': '1' });
        expect(github.comments.at(-1)!.body).toContain('⚠️ 1 regression needs a review');
        expect(github.comments.at(-1)!.body).toContain('| 🔴 **regression** | `growLeads` | target lowered 40 → 38 (−2, −5%) | **needs a review** |');
        expect(run.step('Verdict').stdout).toBe('::error title=smart-plan::the plan diff fails fail-on: unreviewed: see the plan diff (pull request comment and job summary)\n');
        expect(run.failed).toBe(true);
    }, 180_000);

    test('the same change with the review that decided it passes, and the comment quotes the decision', async () => {
        github.comments.length = 0;
        const { workspace, base, head } = pullRequestRepository(files => {
            lowerTarget(files);
            review(files);
        });
        const run = await runAction(context(workspace, pullRequestEvent(base, head), { 'fail-on': 'unreviewed' }));
        expect(run.step('Plan diff').outputs).toMatchObject({ regressions: '1', unreviewed: '0', 'exit-code': '0' });
        expect(github.comments.at(-1)!.body).toContain('| 🔴 **regression** | `growLeads` | target lowered 40 → 38 (−2, −5%) | ✅ 2027-01-18 "Lead review": “Two leads fewer: the trade fair moved to next year” |');
        expect(github.comments.at(-1)!.body).not.toContain('needs a review');
        expect(run.step('Verdict').code).toBe(0);
        expect(run.failed).toBe(false);
    }, 180_000);
});

describe('the install step without an override', () => {
    test('asks npm for smart-plan at the action\'s own version (offline here, so npm cannot fetch it)', async () => {
        const { workspace } = pullRequestRepository(() => undefined, { full: true });
        const offline = context(workspace, { event_name: 'push', repository: REPOSITORY, event: {} });
        delete offline.env!.SMART_PLAN_PACKAGE;
        const run = await runAction(offline);
        const version = JSON.parse(readFileSync(join(__dirname, '../../packages/cli/npm/package.json'), 'utf8')).version as string;
        const install = run.step('Install smart-plan');
        expect(install.stdout).toMatch(new RegExp(`^Installing smart-plan@${version.replace(/\./g, '\\.')} into .*smart-plan \\(node v\\d+`, 'm'));
        expect(install.code).not.toBe(0);
        expect(run.steps.slice(1).every(step => step.status === 'skipped')).toBe(true);
    }, 180_000);
});

describe('on a push', () => {
    test('lint errors are annotations and fail the job; no diff, no comment; globs and max-warnings pass through', async () => {
        const { workspace, head } = pullRequestRepository(files => {
            files['plans/acme.smart'] = files['plans/acme.smart'].replace('target 40 by 2027-12-31', 'target 40');
            files['plans/other/draft.smart'] = 'person p "P"\n';
        }, { full: true });
        github.requests.length = 0;
        const run = await runAction(context(workspace, { event_name: 'push', repository: REPOSITORY, event: { after: head } }, { paths: '\n  plans/*.smart  \n', 'max-warnings': '0' }));
        const lint = run.step('Lint plans');
        expect(lint.stdout).toMatch(/^::error file=plans\/acme\.smart,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=goal-not-time-bound::Goal 'growLeads' is not time-bound/m);
        expect(lint.stdout).not.toContain('draft.smart'); // outside the glob
        expect(lint.outputs['exit-code']).toBe('1');
        expect(existsSync(lint.outputs['sarif-file'])).toBe(true);
        expect(run.step('Upload SARIF').status).toBe('used');
        expect(run.step('Plan diff').status).toBe('skipped');
        expect(run.step('Comment the plan diff').status).toBe('skipped');
        expect(github.requests).toEqual([]);
        expect(run.step('Verdict')).toMatchObject({ code: 1, stdout: '::error title=smart-plan::smart lint found errors or more than 0 warnings: see the annotations\n' });
        expect(run.failed).toBe(true);
    }, 180_000);
});

describe('on a pull request from a fork', () => {
    test('no SARIF upload, and a read-only token only warns: the diff stays in the job summary', async () => {
        const { workspace, base, head } = pullRequestRepository(lowerTarget, { full: true });
        github.comments.length = 0;
        github.requests.length = 0;
        github.readOnly = true;
        try {
            const run = await runAction(context(workspace, pullRequestEvent(base, head, 'someone/plans-fork')));
            expect(run.step('Upload SARIF').status).toBe('skipped');
            expect(run.step('Plan diff').stdout).not.toContain('Fetching'); // a full checkout has the base
            const comment = run.step('Comment the plan diff');
            expect(comment.code).toBe(0);
            expect(comment.stdout).toMatch(/^::warning title=smart-plan::cannot comment on pull request #7 \(POST \/repos\/acme\/plans\/issues\/7\/comments: HTTP 403: the token may not write/m);
            expect(run.summary).toContain('target lowered 40 → 38');
            expect(run.failed).toBe(false);
        } finally {
            github.readOnly = false;
        }
    }, 180_000);
});

describe('on a pull request that does not change a plan', () => {
    test('no comment is posted when there was none; sarif: false skips SARIF', async () => {
        const { workspace, base, head } = pullRequestRepository(files => {
            files['README.md'] = '# Plans of Acme\n';
        }, { full: true });
        github.comments.length = 0;
        github.requests.length = 0;
        const run = await runAction(context(workspace, pullRequestEvent(base, head), { sarif: 'false' }));
        expect(run.step('Lint plans').outputs['sarif-file']).toBe('');
        expect(run.step('Upload SARIF').status).toBe('skipped');
        expect(run.step('Plan diff').outputs).toMatchObject({ changes: '0', regressions: '0', 'exit-code': '0' });
        expect(run.step('Comment the plan diff').stdout).toContain('no semantic plan changes and no earlier comment: nothing to post');
        expect(github.requests.map(request => request.method)).toEqual(['GET']);
        expect(run.outputs['comment-url']).toBe('');
        expect(run.failed).toBe(false);
    }, 180_000);
});

describe('a broken set-up', () => {
    test('a path that does not exist stops the job at the lint, with an annotation', async () => {
        const { workspace, base, head } = pullRequestRepository(() => undefined, { full: true });
        const run = await runAction(context(workspace, pullRequestEvent(base, head), { paths: 'nowhere/' }));
        const lint = run.step('Lint plans');
        expect(lint.code).toBe(2);
        expect(lint.stderr).toContain('smart: nowhere/: no such file or directory');
        expect(lint.stdout).toContain('::error title=smart-plan::smart lint could not check the plans (exit 2)');
        expect(run.steps.slice(run.steps.indexOf(lint) + 1).map(step => step.status)).toEqual(['skipped', 'skipped', 'skipped', 'skipped']);
        expect(run.failed).toBe(true);
    }, 180_000);
});
