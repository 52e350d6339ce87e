// One test per robustness bug the fuzzers and hostile inputs found, written out so it stays
// found whatever the seed: each failed before its fix.
import { describe, expect, test } from 'vitest';
import { diffPlans, extractPlan, formatPlan, PlanViewSchema, type PlanFile } from '@smart-plan/language';
import { buildPlan, findings, services } from '../helpers.js';
import { internalErrors } from './pipeline.js';

async function timed<T>(work: () => Promise<T>): Promise<{ result: T; ms: number }> {
    const started = performance.now();
    const result = await work();
    return { result, ms: performance.now() - started };
}

async function formattedTwice(text: string): Promise<[string, string]> {
    const once = await formatPlan(services, await buildPlan(text));
    const twice = await formatPlan(services, await buildPlan(once.ok ? once.text : ''));
    return [once.ok ? once.text : once.reason, twice.ok ? twice.text : twice.reason];
}

describe('found by fuzzing and hostile inputs', () => {
    test('`import` without its path is a syntax error, not an exception inside the name check', async () => {
        const document = await buildPlan('import\nperson p "P"\n');
        expect(internalErrors(document)).toEqual([]);
        expect(findings(document).map(f => f.rule)).toEqual(['syntax-error']);
    });

    test('a property repeated 20,000 times is checked in linear time', async () => {
        const { result, ms } = await timed(() => buildPlan(`person p "P"\ngoal g "G" {\n${'    owner p\n'.repeat(20_000)}}\n`));
        expect(findings(result).filter(f => f.rule === 'duplicate-property')).toHaveLength(19_999);
        expect(ms).toBeLessThan(10_000);
    });

    test('an alignment chain of 5,000 goals is walked once, and a long cycle is named briefly', async () => {
        const chain = Array.from({ length: 5_000 }, (_, i) => `goal g${i} "G" { aligns g${(i + 1) % 5_000} }`).join('\n');
        const { result, ms } = await timed(() => buildPlan(chain));
        expect(ms).toBeLessThan(20_000);
        const cycles = findings(result).filter(f => f.rule === 'goal-alignment-cycle');
        expect(cycles).toHaveLength(5_000);
        expect(cycles[0].message).toBe("Goal 'g0' aligns in a circle (g0 → g1 → g2 → g3 → g4 → g5 → g6 → … 4992 more → g4999 → g0): 'aligns' must point up to a parent goal.");
    }, 30_000);

    test('the view model of 5,000 goals with 30,000 diagnostics is built in linear time', async () => {
        const document = await buildPlan(Array.from({ length: 5_000 }, (_, i) => `goal g${i} "G" {}`).join('\n'));
        const { ms } = await timed(async () => services.plan.PlanInsight.planView(document));
        expect(ms).toBeLessThan(3_000);
    }, 30_000);

    test('a plan mid-edit (a goal or step without name or title) still gives a valid view model', async () => {
        for (const text of ['goal {\n}\n', 'avatar a "A" {}\njourney j for a {\n    step s {\n    }\n}\n', 'strategy s "S" { serves g }\ngoal g "G" {}\ntactic {\n executes s }\n', 'review 2027-01-01 {\n}\n']) {
            const view = services.plan.PlanInsight.planView(await buildPlan(text));
            const parsed = PlanViewSchema.safeParse(view);
            expect(parsed.success ? [] : parsed.error.issues, text).toEqual([]);
        }
    });

    test('extreme numbers give no Infinity in the view model (an implied rate, a budget sum)', async () => {
        const big = '9'.repeat(308);
        const plan = `plan "P" { period 2027-01-01 to 2027-12-31 currency USD }
metric m "M"
goal g "G" { metric m baseline 0.0000000000000000000001 on 2027-01-01 target 100000000000000000000000000 by 2027-01-02 }
strategy s "S" { serves g }
tactic t "T" { executes s budget ${big} USD per week }
tactic u "U" { executes s budget ${big} USD per week }
`;
        const view = services.plan.PlanInsight.planView(await buildPlan(plan));
        expect(PlanViewSchema.safeParse(view).success).toBe(true);
        expect(view.goals[0].monthlyRate).toBeNull();
    });

    test('a plan diffed with itself has no changes, even with two steps of one name or a benchmark without a value', async () => {
        for (const text of [
            'avatar a "A" {}\njourney j for a {\n    step s "One" { reaction "x" }\n    step s "Two" { stakeholder "y" }\n}\n',
            'metric m "M"\ngoal g "G" { metric m benchmark by 2027-03-31 }\n'
        ]) {
            const facts = extractPlan((await buildPlan(text)).parseResult.value as PlanFile);
            expect(diffPlans(facts, facts), text).toEqual([]);
        }
    });

    test('formatting is idempotent around a comment after blank lines, and around a lone CR', async () => {
        for (const text of [
            'avatar a "A" {}\njourney j for a {\n    step\n\n\n\n// a comment line\n notice "N" {\n    }\n}\n',
            'person p "P"\r\ngoal g\r"G" {\r\n}\r\n'
        ]) {
            const [once, twice] = await formattedTwice(text);
            expect(twice, JSON.stringify(text)).toBe(once);
        }
    });

    test('a CRLF plan formats with CRLF only, also where the formatter breaks a line', async () => {
        const [once] = await formattedTwice('person p "P"\r\nmetric m "M"\r\ngoal g "G" { metric m owner p }\r\n');
        expect(once).toBe('person p "P"\r\nmetric m "M"\r\ngoal g "G" {\r\n    metric m\r\n    owner p\r\n}\r\n');
    });
});
