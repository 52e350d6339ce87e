/**
 * A stand-in for the GitHub REST API's pull-request comments, served on 127.0.0.1 for the
 * action's comment step: list (paged), create, update. It records every request, and can
 * answer 403 to writes, as GitHub does for the read-only token of a pull request from a fork.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeComment {
    id: number;
    body: string;
    html_url: string;
}

export interface FakeGithub {
    url: string;
    comments: FakeComment[];
    requests: Array<{ method: string; path: string; authorization?: string; body?: { body?: string } }>;
    /** Answer 403 to POST and PATCH. */
    readOnly: boolean;
    close(): Promise<void>;
}

export async function fakeGithub(repository: string, pullRequest: number): Promise<FakeGithub> {
    const fake: Omit<FakeGithub, 'url' | 'close'> = { comments: [], requests: [], readOnly: false };
    const commentsPath = `/repos/${repository}/issues/${pullRequest}/comments`;
    const server: Server = createServer((request, response) => {
        let raw = '';
        request.setEncoding('utf8').on('data', chunk => (raw += chunk));
        request.on('end', () => {
            const url = new URL(request.url ?? '/', 'http://localhost');
            const body = raw ? JSON.parse(raw) as { body?: string } : undefined;
            fake.requests.push({ method: request.method ?? '', path: `${url.pathname}${url.search}`, authorization: request.headers.authorization, body });
            const reply = (status: number, value: unknown) => {
                response.writeHead(status, { 'content-type': 'application/json' });
                response.end(JSON.stringify(value));
            };
            const edit = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(url.pathname);
            if (request.method === 'GET' && url.pathname === commentsPath) {
                const page = Number(url.searchParams.get('page') ?? '1');
                const perPage = Number(url.searchParams.get('per_page') ?? '30');
                return reply(200, fake.comments.slice((page - 1) * perPage, page * perPage));
            }
            if ((request.method === 'POST' || request.method === 'PATCH') && fake.readOnly) {
                return reply(403, { message: 'Resource not accessible by integration' });
            }
            if (request.method === 'POST' && url.pathname === commentsPath) {
                const id = 1000 + fake.comments.length;
                const comment = { id, body: body?.body ?? '', html_url: `https://github.com/${repository}/pull/${pullRequest}#issuecomment-${id}` };
                fake.comments.push(comment);
                return reply(201, comment);
            }
            const existing = edit ? fake.comments.find(comment => comment.id === Number(edit[1])) : undefined;
            if (request.method === 'PATCH' && existing) {
                existing.body = body?.body ?? '';
                return reply(200, existing);
            }
            return reply(404, { message: 'Not Found' });
        });
    });
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    return Object.assign(fake, {
        url: `http://127.0.0.1:${port}`,
        close: () => new Promise<void>(resolve => server.close(() => resolve()))
    });
}
