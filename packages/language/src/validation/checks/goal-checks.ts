/**
 * Rules about goals: measurable (M), time-bound (T), owned and aligned (A), for an avatar
 * (S), with a baseline, benchmarks and a reasonable target (R), and where the goal stands
 * (goal-behind, goal-at-risk, goal-missed, checkin-stale). Figures come from the plan
 * model (model/progress.ts); nothing is computed twice.
 */
import { AstUtils, DocumentState, WorkspaceCache, type ValidationAcceptor, type ValidationChecks } from 'langium';
import type { Goal, SmartAstType } from '../../generated/ast.js';
import { isStrategy } from '../../generated/ast.js';
import { formatDay } from '../../model/dates.js';
import { sortIfUnordered } from '../../model/ordering.js';
import type { GoalFacts } from '../../model/plan-facts.js';
import { directionOf, goalProgress, hasReached, impliedMonthlyRate, latestCheckin } from '../../model/progress.js';
import { addCadence, formatCadence, type CadenceValue } from '../../model/values.js';
import type { SmartServices } from '../../smart-module.js';
import type { ResolvedConfig } from '../../workspace/config-schema.js';
import { formatValue } from '../format.js';
import { reportRule } from '../report.js';

const ONE_QUARTER: CadenceValue = { count: 1, unit: 'quarter' };

export function goalChecks(services: SmartServices): ValidationChecks<SmartAstType> {
    const models = services.plan.PlanModelProvider;
    const usages = services.plan.UsageIndex;
    const configs = services.config.ConfigProvider;
    const cycles = new AlignmentCycles(services);

    return {
        Goal: (goal: Goal, accept) => {
            const document = AstUtils.getDocument(goal);
            if (!goal.name) {
                return;
            }
            const model = models.modelOf(document);
            const fact = model.goal(goal);
            const header = model.header;
            const config = configs.configFor(document.uri);
            const data = { goal: goal.name };
            const at = { node: goal, property: 'name' as const, data };
            const name = `Goal '${goal.name}'`;

            // M and T: what is measured, and by when.
            const missing = [!fact.metric && "a 'metric'", !fact.target && "a 'target'"].filter(Boolean);
            if (missing.length > 0) {
                reportRule(accept, 'goal-not-measurable', `${name} is not measurable: add ${missing.join(' and ')}.`, at);
            }
            if (!goal.target[0]?.date) {
                reportRule(accept, 'goal-not-time-bound', fact.target
                    ? `${name} is not time-bound: give its target a deadline ('target ${goal.target[0].value} by DATE').`
                    : `${name} is not time-bound: add a 'target VALUE by DATE'.`, at);
            }

            // A: accountable, aligned, carried by a strategy.
            if (!fact.owner) {
                reportRule(accept, 'goal-without-owner', `${name} has no owner: add 'owner PERSON' for who is accountable (the plan's owner does not count).`, at);
            }
            const servingStrategies = usages.usagesOf(goal).map(u => u.container).filter(isStrategy);
            if (servingStrategies.length === 0) {
                reportRule(accept, 'goal-without-strategy', `${name} is served by no strategy: add it to a strategy's 'serves', or write one for it.`, at);
            }
            const cycle = cycles.of(goal);
            if (cycle) {
                reportRule(accept, 'goal-alignment-cycle', `${name} aligns in a circle (${cycle.join(' → ')}): 'aligns' must point up to a parent goal.`,
                    { node: goal, property: 'aligns', index: 0, data });
            }

            // S: for whom.
            if (fact.avatars.length === 0 && !servingStrategies.some(s => s.audience.length > 0)) {
                reportRule(accept, 'goal-without-avatar', `${name} names no ideal client: add 'for AVATAR' (or an 'audience' on a strategy that serves it).`, at);
            }

            // R: start where you are, benchmarks, a reasonable rate.
            if (!fact.baseline) {
                reportRule(accept, 'goal-missing-baseline', `${name} has no baseline: add 'baseline VALUE on DATE' to say where you start.`, at);
            }
            checkBenchmarks(goal, fact, header?.cadence, data, accept);
            checkRate(goal, fact, config, data, accept);

            // T: the deadline lies inside the plan period (a period ending before it starts is
            // `invalid-date` already, and has no inside to check against).
            const period = header?.period;
            const deadline = fact.target?.day;
            if (period && deadline !== undefined && period.start.day !== undefined && period.end.day !== undefined
                && period.start.day <= period.end.day
                && (deadline < period.start.day || deadline > period.end.day)) {
                reportRule(accept, 'deadline-outside-period',
                    `${name} is due ${fact.target!.date}, outside the plan period ${period.start.date} to ${period.end.date}: move the deadline or widen the period.`,
                    { node: goal.target[0], property: 'date', data });
            }

            // M: % only on % metrics.
            checkUnits(goal, fact, data, accept);

            // Where the goal stands, as of today.
            checkStanding(goal, fact, config, data, accept);
        }
    };
}

function checkBenchmarks(goal: Goal, fact: GoalFacts, planCadence: CadenceValue | undefined, data: object, accept: ValidationAcceptor): void {
    const name = `Goal '${goal.name}'`;
    const { baseline, target } = fact;
    if (goal.benchmarks.length === 0) {
        if (baseline?.day !== undefined && target?.day !== undefined) {
            const cadence = fact.cadence ?? planCadence ?? ONE_QUARTER;
            if (target.day > addCadence(baseline.day, cadence)) {
                reportRule(accept, 'goal-without-benchmarks',
                    `${name} runs from ${baseline.date} to ${target.date}, longer than its review period (${formatCadence(cadence)}), with no benchmark: add 'benchmark VALUE by DATE' steps on the way.`,
                    { node: goal, property: 'name', data });
            }
        }
        return;
    }
    // Dates inside the span.
    goal.benchmarks.forEach((node, index) => {
        const day = fact.benchmarks[index]?.day;
        if (day === undefined) {
            return;
        }
        if (baseline?.day !== undefined && day < baseline.day) {
            reportRule(accept, 'benchmark-outside-span', `Benchmark ${node.date} of goal '${goal.name}' is before its baseline (${baseline.date}): date it between the baseline and the target.`,
                { node, property: 'date', data });
        } else if (target?.day !== undefined && day > target.day) {
            reportRule(accept, 'benchmark-outside-span', `Benchmark ${node.date} of goal '${goal.name}' is after its deadline (${target.date}): date it between the baseline and the target.`,
                { node, property: 'date', data });
        }
    });
    // Values moving from the baseline toward the target, in date order.
    const direction = directionOf(fact);
    if (!direction || !target) {
        return;
    }
    const ordered = sortIfUnordered(goal.benchmarks
        .map((node, index) => ({ node, fact: fact.benchmarks[index] }))
        .filter(b => b.fact?.day !== undefined), b => b.fact.day!);
    // The step before each benchmark: the baseline, then the benchmark before it. Its words
    // are only put together for a finding.
    let previous: { value: number; label: () => string } | undefined = baseline ? { value: baseline.value, label: () => `the baseline ${formatValue(baseline)}` } : undefined;
    for (const { node, fact: benchmark } of ordered) {
        const fromPrevious = previous === undefined || hasReached(direction, benchmark.value, previous.value);
        const notPastTarget = hasReached(direction, target.value, benchmark.value);
        if (!fromPrevious || !notPastTarget) {
            const bound = !fromPrevious ? `it goes back from ${previous!.label()}` : `it goes past the target ${formatValue(target)}`;
            reportRule(accept, 'benchmark-not-monotonic',
                `Benchmark ${formatValue(benchmark)} by ${benchmark.date} of goal '${goal.name}' does not move toward the target: ${bound}. Each benchmark should lie between the one before and the target.`,
                { node, property: 'value', data });
        }
        previous = { value: benchmark.value, label: () => `the benchmark ${formatValue(benchmark)} by ${benchmark.date}` };
    }
}

function checkRate(goal: Goal, fact: GoalFacts, config: ResolvedConfig, data: object, accept: ValidationAcceptor): void {
    const rate = impliedMonthlyRate(fact);
    if (rate === undefined) {
        return;
    }
    const increasing = rate >= 0;
    const limit = increasing ? config.maxMonthlyGrowth : config.maxMonthlyDecline;
    if (Math.abs(rate) > limit) {
        const percent = (value: number) => `${(value * 100).toFixed(1)}%`;
        reportRule(accept, 'target-unreasonable',
            `Goal '${goal.name}' needs ${increasing ? '+' : '−'}${percent(Math.abs(rate))} a month from ${formatValue(fact.baseline!)} to ${formatValue(fact.target!)}, above the ${percent(limit)} a month deemed reasonable (${increasing ? 'maxMonthlyGrowth' : 'maxMonthlyDecline'}): lower the target or move the deadline out.`,
            { node: goal.target[0], data });
    }
}

function checkUnits(goal: Goal, fact: GoalFacts, data: object, accept: ValidationAcceptor): void {
    if (fact.metricUnit === undefined || fact.metricUnit === '%') {
        return;
    }
    const unit = fact.metricUnit;
    const mismatch = (what: string) =>
        `The ${what} of goal '${goal.name}' is a percentage, but its metric '${fact.metric}' counts in ${unit}: drop the '%' or measure a '%' metric.`;
    if (fact.baseline?.percent) {
        reportRule(accept, 'unit-mismatch', mismatch('baseline'), { node: goal.baseline[0], property: 'value', data });
    }
    if (fact.target?.percent) {
        reportRule(accept, 'unit-mismatch', mismatch('target'), { node: goal.target[0], property: 'value', data });
    }
    goal.benchmarks.forEach((node, index) => {
        if (fact.benchmarks[index]?.percent) {
            reportRule(accept, 'unit-mismatch', mismatch(`benchmark by ${node.date}`), { node, property: 'value', data });
        }
    });
}

function checkStanding(goal: Goal, fact: GoalFacts, config: ResolvedConfig, data: object, accept: ValidationAcceptor): void {
    const today = config.today;
    const standing = goalProgress(fact, today, config.behindTolerance);
    const at = { node: goal, property: 'name' as const, data };
    const name = `Goal '${goal.name}'`;
    const latest = latestCheckin(fact.checkins, today);
    const measuredText = latest ? `${formatValue(latest)} on ${latest.date}` : 'no check-in';
    switch (standing.status) {
        case 'missed':
            reportRule(accept, 'goal-missed',
                `${name} missed its deadline ${fact.target!.date}: ${measuredText}, short of the target ${formatValue(fact.target!)}. Record the result and set a new target or close the goal.`, at);
            break;
        case 'behind':
        case 'at-risk': {
            const expected = round(standing.expectedAtCheckin!);
            reportRule(accept, standing.status === 'behind' ? 'goal-behind' : 'goal-at-risk',
                `${name} is ${standing.status === 'behind' ? 'behind' : 'at risk'}: ${measuredText}, where the plan expected ${expected}${fact.target!.percent ? '%' : ''} by then. ${standing.status === 'behind' ? 'Review the tactics that serve it.' : 'Watch it at the next check-in.'}`, at);
            break;
        }
    }
    if (standing.status !== 'done' && fact.cadence) {
        const since = latest?.day ?? fact.baseline?.day;
        if (since !== undefined && today > addCadence(since, fact.cadence)) {
            reportRule(accept, 'checkin-stale',
                `${name} has had no check-in since ${formatDay(since)}, longer than its review cadence (${formatCadence(fact.cadence)}): add 'checkin DATE { ${goal.name} VALUE }'.`, at);
        }
    }
}

/** How many goals of an alignment cycle a message names before it abbreviates. */
const CYCLE_NAMES_SHOWN = 8;

/**
 * For each goal, the alignment chain from it back to itself when `aligns` leads there.
 * Computed for the whole workspace at once and cached until the next build: each goal is
 * walked once, so long chains stay linear. A goal leading into a cycle it is not part of
 * gets none (the cycle is reported on its own goals).
 */
class AlignmentCycles {
    private readonly chains: WorkspaceCache<Goal, string[] | null>;

    constructor(services: SmartServices) {
        this.chains = new WorkspaceCache(services.shared, DocumentState.Linked);
    }

    of(goal: Goal): string[] | undefined {
        if (!this.chains.has(goal)) {
            this.walkFrom(goal);
        }
        return this.chains.get(goal) ?? undefined;
    }

    private walkFrom(start: Goal): void {
        const path: Goal[] = [];
        const onPath = new Map<Goal, number>();
        let current: Goal | undefined = start;
        while (current && !this.chains.has(current) && !onPath.has(current)) {
            onPath.set(current, path.length);
            path.push(current);
            current = current.aligns[0]?.ref;
        }
        const cycleStart = current ? onPath.get(current) : undefined;
        const cycle = cycleStart === undefined ? [] : path.slice(cycleStart);
        path.slice(0, cycleStart ?? path.length).forEach(goal => this.chains.set(goal, null));
        cycle.forEach((goal, index) => {
            const names = [...cycle.slice(index), ...cycle.slice(0, index)].map(g => g.name);
            const shown = names.length > CYCLE_NAMES_SHOWN ? [...names.slice(0, CYCLE_NAMES_SHOWN - 1), `… ${names.length - CYCLE_NAMES_SHOWN} more`, names.at(-1)!] : names;
            this.chains.set(goal, [...shown, goal.name]);
        });
    }
}

function round(value: number): number {
    return Math.round(value * 100) / 100;
}
