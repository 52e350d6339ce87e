// Every path `smart mcp` is given must lie inside the folder it serves, once `..` and
// symbolic links are resolved: outside paths, `..`, absolute paths elsewhere, symlinks and
// globs that lead out are tool errors (or, for a resource, a JSON-RPC error) that name
// only the path as given; folder searches skip links, and an import leading out is left
// unresolved. A marker in the outside plan must never reach an answer.
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { callTool, callToolError, connect, TODAY, type Connected } from './mcp-helpers.js';

const MARKER = 'TOPSECRET';

const INSIDE_PLAN = `plan "Inside" {
    owner ana
    period 2027-01-01 to 2027-12-31
    review every 1 month
}

import "../../outside/secret.smart"

person ana "Ana"
avatar buyer "Buyer" { need leads "Leads" }
metric leads "Leads" unit count

goal moreLeads "More leads" {
    for buyer
    metric leads
    baseline 10 on 2027-01-01
    target 40 by 2027-12-31
    owner ana
}
`;

const OUTSIDE_PLAN = `person secretPerson "${MARKER} person"
goal secretGoal "${MARKER} goal" { owner secretPerson }
`;

describe('smart mcp: paths stay inside the served folder', () => {
    let base: string;
    let root: string;
    let server: Connected;

    beforeAll(async () => {
        base = mkdtempSync(join(tmpdir(), 'smart-mcp-confined-'));
        root = join(base, 'root');
        mkdirSync(join(base, 'outside'), { recursive: true });
        mkdirSync(join(root, 'plans'), { recursive: true });
        writeFileSync(join(base, 'outside/secret.smart'), OUTSIDE_PLAN);
        writeFileSync(join(root, 'plans/inside.smart'), INSIDE_PLAN);
        symlinkSync('../outside/secret.smart', join(root, 'link-file.smart'));
        symlinkSync('../outside', join(root, 'link-dir'));
        symlinkSync('../outside/missing.smart', join(root, 'dangling.smart'));
        symlinkSync('plans/inside.smart', join(root, 'alias.smart'));
        server = await connect(root, ['--today', TODAY, '--allow-write']);
    });
    afterAll(async () => {
        await server?.close();
    });

    const outsidePaths = () => [
        '../outside/secret.smart',
        'plans/../../outside/secret.smart',
        '..',
        '/',
        '/etc/passwd',
        join(base, 'outside/secret.smart'),
        'link-file.smart',
        'link-dir',
        'link-dir/secret.smart',
        'dangling.smart',
        '../**/*.smart',
        '../outside/*.smart'
    ];

    test('every tool refuses every path outside, naming only the path as given', async () => {
        const calls: Array<[string, (path: string) => Record<string, unknown>]> = [
            ['lint_plans', path => ({ paths: [path] })],
            ['get_plan_report', path => ({ path })],
            ['list_goals', path => ({ paths: [path] })],
            ['explain_goal', path => ({ goal: 'secretGoal', path })],
            ['diff_plans', path => ({ ref: 'HEAD', paths: [path] })],
            ['record_checkins', path => ({ path, entries: [{ goal: 'secretGoal', value: 1, date: '2027-03-01' }] })]
        ];
        for (const [tool, args] of calls) {
            for (const path of outsidePaths()) {
                const message = await callToolError(server.client, tool, args(path));
                expect(message, `${tool} ${path}`).toBe(`'${path}' is outside the workspace folder: give a path inside it, relative to it`);
            }
        }
    });

    test('a plan resource outside the folder is a JSON-RPC invalid-params error that names only the URI\'s path', async () => {
        for (const path of ['..%2Foutside%2Fsecret.smart', '../outside/secret.smart', 'link-file.smart', 'link-dir/secret.smart', '%2Fetc%2Fpasswd']) {
            const failure = await server.client.readResource({ uri: `smart://plans/${path}` }).then(() => undefined, (error: { code: number; message: string }) => error);
            expect(failure?.code, path).toBe(-32602);
            expect(failure?.message, path).not.toContain(MARKER);
            expect(failure?.message, path).not.toContain(join(base, 'outside'));
        }
        const notEncoded = await server.client.readResource({ uri: 'smart://plans/%E0%A4%A' }).then(() => undefined, (error: { code: number; message: string }) => error);
        expect(notEncoded?.code).toBe(-32602);
    });

    test('paths inside are answered: relative, absolute, and through a link that stays inside', async () => {
        const relative = await callTool(server.client, 'get_plan_report', { path: 'plans/inside.smart' });
        expect(await callTool(server.client, 'get_plan_report', { path: join(root, 'plans/inside.smart') })).toEqual(relative);
        expect(await callTool(server.client, 'get_plan_report', { path: 'alias.smart' })).toEqual(relative);
        expect(relative.file).toBe('plans/inside.smart');
    });

    test('folder searches skip links, an import leading out stays unresolved, and nothing outside reaches an answer', async () => {
        const linted = await callTool(server.client, 'lint_plans');
        expect(linted.files.map((file: { file: string }) => file.file)).toEqual(['plans/inside.smart']);
        const imports = linted.files[0].diagnostics.filter((diagnostic: { rule: string }) => diagnostic.rule === 'unresolved-import');
        expect(imports).toHaveLength(1);
        // The server's log names each linked plan the search skipped, as `smart lint` does on stderr.
        await expect.poll(() => server.stderr()).toContain('smart mcp: link-file.smart: skipped: a symbolic link');
        expect(server.stderr()).toContain('smart mcp: dangling.smart: skipped: a symbolic link');
        // Once, however many tool calls search the folder.
        await callTool(server.client, 'lint_plans');
        expect(server.stderr().split('smart mcp: link-file.smart: skipped').length - 1).toBe(1);
        const answers = [
            linted,
            await callTool(server.client, 'list_goals'),
            await callTool(server.client, 'explain_goal', { goal: 'moreLeads' }),
            await callTool(server.client, 'get_plan_report', { path: 'plans/inside.smart' }),
            await server.client.listResources(),
            await callToolError(server.client, 'explain_goal', { goal: 'secretGoal' })
        ];
        for (const answer of answers) {
            expect(JSON.stringify(answer)).not.toContain(MARKER);
            expect(JSON.stringify(answer)).not.toContain('secretPerson');
        }
    });
});
