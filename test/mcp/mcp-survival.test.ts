// `smart mcp` on raw stdin: malformed input gets the JSON-RPC error it calls for (a line
// that is not JSON, a message that is not JSON-RPC, an unknown method, bad params) and the
// server keeps serving; then 1,000 mixed calls (fixed seed) of good and bad requests,
// paths outside the folder and garbage lines, after which every request has had exactly
// one answer, the answers are still right, nothing was logged as a crash, and the server
// ends cleanly when stdin closes.
import { describe, expect, test } from 'vitest';
import { scratch } from '../cli/scratch.js';
import { RawMcp, TODAY, type JsonRpcAnswer } from './mcp-helpers.js';

const PLANS = {
    'plans/main.smart': `plan "Main" {
    owner ana
    period 2027-01-01 to 2027-12-31
    review every 1 month
}
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
checkin 2027-02-01 { moreLeads 12 }
`,
    'plans/unit.smart': `import "./main.smart"
goal unitLeads "Unit leads" { metric leads baseline 1 on 2027-01-01 target 4 by 2027-06-30 aligns moreLeads }
`
};

const call = (name: string, args: unknown) => ({ name, arguments: args });

describe('smart mcp: malformed input', () => {
    test('gets JSON-RPC errors, and the server keeps serving', async () => {
        const server = new RawMcp(scratch(PLANS), ['--today', TODAY]);
        try {
            await server.initialize();
            server.sendLine('this is not json');
            server.sendLine('{"jsonrpc":"2.0","id":8,"method":');
            server.sendLine('{"id":3,"method":"tools/list"}');
            server.sendLine('[1, 2, 3]');
            const unknown = await server.request(5, 'no/such/method');
            const noParams = await server.request(6, 'tools/call');
            const badArguments = await server.request(7, 'tools/call', { name: 'lint_plans', arguments: 'not an object' });
            expect(unknown.error?.code).toBe(-32601);
            expect([-32602, -32603]).toContain(noParams.error?.code);
            expect([-32602, -32603]).toContain(badArguments.error?.code);
            const ping = await server.request(9, 'ping');
            expect(ping.result).toEqual({});
            await waitFor(() => server.nullIdAnswers.length === 4);
            expect(server.nullIdAnswers.map(answer => answer.error?.code)).toEqual([-32700, -32700, -32600, -32600]);
            expect(server.nullIdAnswers.every(answer => answer.jsonrpc === '2.0')).toBe(true);
            const tools = await server.request(10, 'tools/list');
            expect(tools.result.tools.length).toBe(5);
            expect(server.unexpected).toEqual([]);
            expect(server.stderr).toContain('smart mcp: Parse error');
            expect(await server.end()).toBe(0);
        } finally {
            await server.end();
        }
    });
});

describe('smart mcp: a survival run of 1,000 mixed calls', () => {
    test('answers every request once, keeps its answers right, logs no crash and ends cleanly', async () => {
        const server = new RawMcp(scratch(PLANS), ['--today', TODAY]);
        try {
            await server.initialize();
            const lintBefore = await server.request('lint-before', 'tools/call', call('lint_plans', {}));
            const goalsBefore = await server.request('goals-before', 'tools/call', call('list_goals', {}));
            expect(lintBefore.result.isError).toBeFalsy();
            expect(goalsBefore.result.structuredContent.goals).toHaveLength(2);

            const random = mulberry32(20270315);
            const pick = <T,>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
            type Expect = (answer: JsonRpcAnswer) => void;
            const ok: Expect = answer => expect(answer.result && !answer.result.isError, JSON.stringify(answer).slice(0, 300)).toBe(true);
            const toolError: Expect = answer => expect(answer.result?.isError, JSON.stringify(answer).slice(0, 300)).toBe(true);
            const rpcError = (...codes: number[]): Expect => answer => expect(codes, JSON.stringify(answer).slice(0, 300)).toContain(answer.error?.code);
            const requests: Array<() => [method: string, params: unknown, expect: Expect]> = [
                () => ['tools/call', call('lint_plans', pick([{}, { paths: ['plans'] }, { paths: ['plans/unit.smart'], quiet: true }])), answer => {
                    ok(answer);
                    expect(answer.result.structuredContent.files.length).toBeGreaterThan(0);
                }],
                () => ['tools/call', call('get_plan_report', { path: pick(['plans/main.smart', 'plans/unit.smart']) }), ok],
                () => ['tools/call', call('list_goals', pick([{}, { status: ['behind', 'at-risk'] }, { paths: ['plans/unit.smart'] }])), ok],
                () => ['tools/call', call('explain_goal', { goal: pick(['moreLeads', 'unitLeads']) }), ok],
                () => ['tools/call', call('explain_goal', { goal: pick(['moreLead', 'nothing', '']) }), toolError],
                () => ['tools/call', call(pick(['lint_plans', 'list_goals']), { paths: [pick(['../x', '/etc/passwd', '..', 'plans/../../..', '../**/*.smart'])] }), toolError],
                () => ['tools/call', call('get_plan_report', pick([{}, { path: 42 }, { path: ['a'] }, { path: 'missing.smart' }, { path: 'plans' }])), toolError],
                () => ['tools/call', call(pick(['no_such_tool', 'record_checkins', '']), {}), toolError],
                () => ['tools/list', {}, answer => expect(answer.result.tools).toHaveLength(5)],
                () => ['resources/list', {}, answer => expect(answer.result.resources).toHaveLength(3)],
                () => ['resources/read', { uri: pick(['smart://plans/plans/main.smart', 'smart://rules']) }, answer => expect(answer.result.contents[0].text.length).toBeGreaterThan(100)],
                () => ['resources/read', { uri: pick(['smart://plans/..%2F..%2Fetc%2Fpasswd', 'smart://plans/nope.smart', 'file:///etc/passwd', 'smart://plans/%ZZ']) }, rpcError(-32602)],
                () => ['ping', undefined, answer => expect(answer.result).toEqual({})],
                () => [pick(['no/such/method', 'tools/explode', 'initialize/again']), {}, rpcError(-32601)],
                () => ['tools/call', pick([undefined, {}, { arguments: {} }, { name: 42 }]), rpcError(-32602, -32603)]
            ];
            const garbage = ['not json', '{"jsonrpc":"2.0","id":', '{"id":1,"method":"ping"}', '[]', '"a string"', '{}', '\u0000\u0001', '{"jsonrpc":"2.0","method":42}'];

            let malformed = 0;
            let answered = 0;
            for (let batch = 0; batch < 50; batch++) {
                const waiting: Array<Promise<void>> = [];
                for (let index = 0; index < 20; index++) {
                    const number = batch * 20 + index;
                    if (random() < 0.15) {
                        server.sendLine(pick(garbage));
                        malformed++;
                        continue;
                    }
                    if (random() < 0.05) {
                        server.sendLine(JSON.stringify({ jsonrpc: '2.0', method: 'notifications/whatever', params: {} }));
                        continue;
                    }
                    const [method, params, check] = pick(requests)();
                    waiting.push(server.request(number, method, params).then(answer => {
                        check(answer);
                        answered++;
                    }));
                }
                await Promise.all(waiting);
            }
            await waitFor(() => server.nullIdAnswers.length === malformed);
            expect(server.nullIdAnswers.every(answer => [-32700, -32600].includes(answer.error!.code))).toBe(true);
            expect(answered + malformed).toBeGreaterThan(900);
            expect(server.pending).toBe(0);
            expect(server.unexpected).toEqual([]);

            const lintAfter = await server.request('lint-after', 'tools/call', call('lint_plans', {}));
            const goalsAfter = await server.request('goals-after', 'tools/call', call('list_goals', {}));
            expect(lintAfter.result).toEqual(lintBefore.result);
            expect(goalsAfter.result).toEqual(goalsBefore.result);
            expect(server.exited).toBeUndefined();
            expect(server.stderr).not.toMatch(/internal error|uncaught|unhandled|TypeError|RangeError/i);
            expect(await server.end()).toBe(0);
        } finally {
            await server.end();
        }
    }, 180_000);
});

async function waitFor(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!condition()) {
        if (Date.now() > deadline) {
            throw new Error('timed out');
        }
        await new Promise(resolve => setTimeout(resolve, 20));
    }
}

/** A small seeded random number generator: the same calls on every run. */
function mulberry32(seed: number): () => number {
    let state = seed;
    return () => {
        state = (state + 0x6D2B79F5) | 0;
        let t = Math.imul(state ^ (state >>> 15), 1 | state);
        t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
