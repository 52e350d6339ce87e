/**
 * Runs the composite action at the repository root (action.yml) the way a GitHub runner
 * does, on this machine and without a network: each `run` step in order, in bash, in the
 * given workspace, with its `env` and `if` evaluated from the inputs (defaults filled in),
 * the `github` context and the outputs of earlier steps; GITHUB_OUTPUT, GITHUB_STEP_SUMMARY,
 * RUNNER_TEMP and GITHUB_ACTION_PATH set as a runner sets them. A `uses` step is not run:
 * its `with` is recorded for the test to check. A failing step skips the rest, as on GitHub.
 * Steps run as child processes without blocking this one, so a fake GitHub API served by
 * the test process can answer them.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from '../cli/run-smart.js';

interface ActionStep {
    name: string;
    id?: string;
    if?: string;
    shell?: string;
    run?: string;
    uses?: string;
    env?: Record<string, string>;
    with?: Record<string, string>;
}

interface ActionManifest {
    inputs: Record<string, { default?: string }>;
    outputs: Record<string, { value: string }>;
    runs: { using: string; steps: ActionStep[] };
}

export interface StepRun {
    name: string;
    /** `skipped` by its `if` or an earlier failure; `used` for a `uses` step (not run). */
    status: 'ran' | 'skipped' | 'used';
    code?: number;
    stdout: string;
    stderr: string;
    outputs: Record<string, string>;
    with?: Record<string, string>;
}

export interface ActionRun {
    steps: StepRun[];
    step(name: string): StepRun;
    /** The job summary the steps wrote. */
    summary: string;
    /** The action's outputs. */
    outputs: Record<string, string>;
    /** Whether the job failed (a step exited non-zero). */
    failed: boolean;
}

export interface ActionContext {
    workspace: string;
    inputs?: Record<string, string>;
    github: { event_name: string; repository: string; token?: string; event: Record<string, unknown> };
    /** Extra environment of the runner (e.g. GITHUB_API_URL, SMART_PLAN_PACKAGE). */
    env?: Record<string, string>;
}

export const ACTION = parse(readFileSync(join(repoRoot, 'action.yml'), 'utf8')) as ActionManifest;

/** bash -c SCRIPT, resolved when it exits. */
function bash(script: string, options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<{ code: number; stdout: string; stderr: string }> {
    return new Promise((resolve, reject) => {
        const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
        let stdout = '';
        let stderr = '';
        child.stdout.setEncoding('utf8').on('data', chunk => (stdout += chunk));
        child.stderr.setEncoding('utf8').on('data', chunk => (stderr += chunk));
        const timer = setTimeout(() => child.kill(), 120_000);
        child.on('error', reject);
        child.on('close', code => {
            clearTimeout(timer);
            resolve({ code: code ?? -1, stdout, stderr });
        });
    });
}

export async function runAction(context: ActionContext): Promise<ActionRun> {
    const temp = mkdtempSync(join(tmpdir(), 'smart-action-runner-'));
    const summaryFile = join(temp, 'step-summary.md');
    writeFileSync(summaryFile, '');
    const eventFile = join(temp, 'event.json');
    writeFileSync(eventFile, JSON.stringify(context.github.event));
    const inputs = Object.fromEntries(Object.entries(ACTION.inputs).map(([name, input]) => [name, context.inputs?.[name] ?? input.default ?? '']));
    const github = { token: 'test-token', ...context.github };
    for (const [name, value] of Object.entries(inputs)) {
        inputs[name] = substitute(value, { inputs, github, steps: {} });
    }
    const steps: Record<string, { outputs: Record<string, string> }> = {};
    const runs: StepRun[] = [];
    let failed = false;
    for (const [index, step] of ACTION.runs.steps.entries()) {
        const scope = { inputs, github, steps };
        const outputs: Record<string, string> = {};
        if (step.id) {
            steps[step.id] = { outputs };
        }
        if (failed || (step.if !== undefined && !truthy(evaluate(unwrap(step.if), scope)))) {
            runs.push({ name: step.name, status: 'skipped', stdout: '', stderr: '', outputs });
            continue;
        }
        if (step.uses) {
            const withValues = Object.fromEntries(Object.entries(step.with ?? {}).map(([key, value]) => [key, substitute(String(value), scope)]));
            runs.push({ name: step.name, status: 'used', stdout: '', stderr: '', outputs, with: withValues });
            continue;
        }
        if (step.shell !== 'bash' || step.run === undefined) {
            throw new Error(`action.yml step '${step.name}': only 'shell: bash' run steps and uses steps are emulated`);
        }
        const outputFile = join(temp, `output-${index}.txt`);
        writeFileSync(outputFile, '');
        const stepEnv = Object.fromEntries(Object.entries(step.env ?? {}).map(([key, value]) => [key, substitute(String(value), scope)]));
        const result = await bash(substitute(step.run, scope), {
            cwd: context.workspace,
            env: {
                ...process.env,
                ...context.env,
                GITHUB_ACTIONS: 'true',
                CI: 'true',
                GITHUB_ACTION_PATH: repoRoot,
                GITHUB_WORKSPACE: context.workspace,
                GITHUB_EVENT_NAME: github.event_name,
                GITHUB_EVENT_PATH: eventFile,
                GITHUB_REPOSITORY: github.repository,
                GITHUB_OUTPUT: outputFile,
                GITHUB_STEP_SUMMARY: summaryFile,
                RUNNER_TEMP: temp,
                NO_COLOR: '1',
                ...stepEnv
            }
        });
        for (const line of readFileSync(outputFile, 'utf8').split('\n')) {
            const at = line.indexOf('=');
            if (at > 0) {
                outputs[line.slice(0, at)] = line.slice(at + 1);
            }
        }
        runs.push({ name: step.name, status: 'ran', code: result.code, stdout: result.stdout, stderr: result.stderr, outputs });
        failed = result.code !== 0;
    }
    const scope = { inputs, github, steps };
    return {
        steps: runs,
        step: name => {
            const found = runs.find(run => run.name === name);
            if (!found) {
                throw new Error(`no step named '${name}' in action.yml`);
            }
            return found;
        },
        summary: readFileSync(summaryFile, 'utf8'),
        outputs: Object.fromEntries(Object.entries(ACTION.outputs).map(([name, output]) => [name, substitute(output.value, scope)])),
        failed
    };
}

// --- The few GitHub expressions action.yml uses: property paths, 'strings', null, ==, !=, &&, ||, ( ) ---

type Scope = Record<string, unknown>;

function unwrap(condition: string): string {
    const match = /^\s*\$\{\{([\s\S]*)\}\}\s*$/.exec(condition);
    return match ? match[1] : condition;
}

function substitute(text: string, scope: Scope): string {
    return text.replace(/\$\{\{([\s\S]*?)\}\}/g, (_, expression: string) => {
        const value = evaluate(expression, scope);
        return value === null || value === undefined ? '' : String(value);
    });
}

function truthy(value: unknown): boolean {
    return value !== null && value !== undefined && value !== false && value !== '' && value !== 0;
}

/** GitHub's loose equality for what action.yml compares: a missing value equals '' and null. */
function equal(a: unknown, b: unknown): boolean {
    const blank = (value: unknown) => value === null || value === undefined || value === '';
    return blank(a) && blank(b) ? true : a === b;
}

function evaluate(expression: string, scope: Scope): unknown {
    const tokens = expression.match(/'(?:[^']|'')*'|==|!=|&&|\|\||[()!]|[A-Za-z_][\w.-]*/g) ?? [];
    let position = 0;
    const peek = () => tokens[position];
    const next = () => tokens[position++];
    const primary = (): unknown => {
        const token = next();
        if (token === '(') {
            const value = or();
            next(); // ')'
            return value;
        }
        if (token === '!') {
            return !truthy(primary());
        }
        if (token.startsWith("'")) {
            return token.slice(1, -1).replace(/''/g, "'");
        }
        if (token === 'null') {
            return null;
        }
        if (token === 'true' || token === 'false') {
            return token === 'true';
        }
        return token.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], scope);
    };
    const comparison = (): unknown => {
        const left = primary();
        if (peek() === '==' || peek() === '!=') {
            const operator = next();
            const right = primary();
            return operator === '==' ? equal(left, right) : !equal(left, right);
        }
        return left;
    };
    const and = (): unknown => {
        let value = comparison();
        while (peek() === '&&') {
            next();
            const right = comparison();
            value = truthy(value) ? right : value;
        }
        return value;
    };
    const or = (): unknown => {
        let value = and();
        while (peek() === '||') {
            next();
            const right = and();
            value = truthy(value) ? value : right;
        }
        return value;
    };
    return or();
}
