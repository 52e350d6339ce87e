/**
 * Step "Comment the plan diff" of the GitHub Action (../action.yml): posts the plan diff
 * (DIFF_FILE, smart diff's Markdown) on the pull request as one comment, found again by a
 * hidden marker and updated in place on every push. A pull request whose plans did not
 * change gets no comment, unless one is there already (it then says so). Where the token
 * may not comment (pull requests from forks get a read-only one) it warns and leaves the
 * diff in the job summary. Talks to GITHUB_API_URL with fetch; Node 20 or later.
 *
 * Env: GITHUB_TOKEN, GITHUB_API_URL, GITHUB_REPOSITORY, PR_NUMBER, DIFF_FILE, CHANGES,
 * GITHUB_OUTPUT. Output: comment-url (empty when nothing was posted).
 */
import { appendFileSync, readFileSync } from 'node:fs';

const MARKER = '<!-- smart-plan-diff -->';
const api = (process.env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/$/, '');
const repository = process.env.GITHUB_REPOSITORY;
const number = process.env.PR_NUMBER;
const headers = {
    accept: 'application/vnd.github+json',
    authorization: `Bearer ${process.env.GITHUB_TOKEN ?? ''}`,
    'x-github-api-version': '2022-11-28',
    'user-agent': 'smart-plan-action'
};

class ApiError extends Error {
    constructor(status, what) {
        super(`${what}: HTTP ${status}`);
        this.status = status;
    }
}

async function call(method, path, body) {
    const response = await fetch(`${api}${path}`, { method, headers: { ...headers, ...(body ? { 'content-type': 'application/json' } : {}) }, body: body ? JSON.stringify(body) : undefined });
    if (!response.ok) {
        throw new ApiError(response.status, `${method} ${path}`);
    }
    return response.json();
}

/** The pull request's comments, page by page, until the one carrying the marker. */
async function previousComment() {
    for (let page = 1; ; page++) {
        const comments = await call('GET', `/repos/${repository}/issues/${number}/comments?per_page=100&page=${page}`);
        const found = comments.find(comment => typeof comment.body === 'string' && comment.body.startsWith(MARKER));
        if (found || comments.length < 100) {
            return found;
        }
    }
}

function output(name, value) {
    if (process.env.GITHUB_OUTPUT) {
        appendFileSync(process.env.GITHUB_OUTPUT, `${name}=${value}\n`);
    }
}

async function main() {
    if (!repository || !number) {
        console.log('::warning title=smart-plan::not a pull request (no GITHUB_REPOSITORY or PR_NUMBER): no comment');
        return;
    }
    const diff = readFileSync(process.env.DIFF_FILE, 'utf8').trim();
    const body = `${MARKER}\n${diff}\n\n<sub>Posted by the smart-plan action; updated on every push.</sub>\n`;
    try {
        const previous = await previousComment();
        if (previous) {
            const updated = await call('PATCH', `/repos/${repository}/issues/comments/${previous.id}`, { body });
            console.log(`updated the plan-diff comment ${updated.html_url}`);
            output('comment-url', updated.html_url);
        } else if (Number(process.env.CHANGES ?? '0') > 0) {
            const created = await call('POST', `/repos/${repository}/issues/${number}/comments`, { body });
            console.log(`posted the plan-diff comment ${created.html_url}`);
            output('comment-url', created.html_url);
        } else {
            console.log('no semantic plan changes and no earlier comment: nothing to post');
            output('comment-url', '');
        }
    } catch (error) {
        if (error instanceof ApiError && (error.status === 403 || error.status === 404)) {
            console.log(`::warning title=smart-plan::cannot comment on pull request #${number} (${error.message}: the token may not write, as for pull requests from forks; give the job 'pull-requests: write'). The plan diff is in the job summary.`);
            output('comment-url', '');
            return;
        }
        throw error;
    }
}

main().catch(error => {
    console.log(`::error title=smart-plan::posting the plan-diff comment failed: ${error.message}`);
    process.exitCode = 1;
});
