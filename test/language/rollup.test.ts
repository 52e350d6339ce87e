// The roll-up and the alignment tree: descendants counted by status with the worst named
// (language.md, "Roll-up"), across three files; a cycle neither loops nor double counts;
// a parent that is not loaded makes a root; the goal's own status is never changed.
import { describe, expect, test } from 'vitest';
import { alignmentTree, formatRollup, isGoal, rollups, type Goal, type GoalStatus } from '@smart-plan/language';
import { buildPlans, services } from '../helpers.js';

describe('rollups (pure)', () => {
    const g = (key: string, status: GoalStatus, parent?: string) => ({ key, status, parent });

    test('counts every descendant by status, worst first; not-started is worst only alone', () => {
        const result = rollups([
            g('corp', 'on-track'),
            g('unitA', 'on-track', 'corp'), g('unitB', 'behind', 'corp'),
            g('teamA1', 'done', 'unitA'), g('teamA2', 'not-started', 'unitA'),
            g('teamB1', 'at-risk', 'unitB')
        ]);
        expect(result.get('corp')).toEqual({ total: 5, worst: 'behind', counts: { 'on-track': 1, behind: 1, done: 1, 'not-started': 1, 'at-risk': 1 } });
        expect(result.get('unitA')).toEqual({ total: 2, worst: 'done', counts: { done: 1, 'not-started': 1 } });
        expect(result.get('teamA1')).toEqual({ total: 0, counts: {} });
        expect(rollups([g('p', 'on-track'), g('c', 'not-started', 'p')]).get('p')!.worst).toBe('not-started');
        expect(rollups([g('p', 'on-track'), g('c', 'unknown', 'p'), g('d', 'not-started', 'p')]).get('p')!.worst).toBe('not-started');
        expect(formatRollup(result.get('corp'))).toBe('5 aligned: 1 behind, 1 at risk, 1 on track, 1 done, 1 not started');
        expect(formatRollup(result.get('teamA1'))).toBe('');
    });

    test('a cycle terminates and counts each goal once; goals hanging off it count too', () => {
        const result = rollups([g('a', 'on-track', 'b'), g('b', 'behind', 'c'), g('c', 'missed', 'a'), g('leaf', 'done', 'a')]);
        expect(result.get('a')).toEqual({ total: 3, worst: 'missed', counts: { missed: 1, behind: 1, done: 1 } });
        expect(result.get('b')!.total).toBe(3);
        expect(result.get('leaf')!.total).toBe(0);
        expect(rollups([g('self', 'done', 'self')]).get('self')).toEqual({ total: 0, counts: {} });
    });

    test('a missing parent is no parent; linear on a long chain (no stack overflow)', () => {
        expect(rollups([g('orphan', 'behind', 'gone')]).get('orphan')).toEqual({ total: 0, counts: {} });
        const chain = Array.from({ length: 100_000 }, (_, i) => g(`g${i}`, 'on-track', i > 0 ? `g${i - 1}` : undefined));
        expect(rollups(chain).get('g0')!.total).toBe(99_999);
    });

    test('the tree: roots first in the order given, children under their parent, a cycle rooted once', () => {
        const tree = alignmentTree([
            { key: 'u1', parent: 'corp', value: 'u1' }, { key: 'corp', value: 'corp' }, { key: 'u2', parent: 'corp', value: 'u2' },
            { key: 't1', parent: 'u1', value: 't1' }, { key: 'x', parent: 'y', value: 'x' }, { key: 'y', parent: 'x', value: 'y' }
        ]);
        const shape = (nodes: typeof tree): unknown => nodes.map(node => node.children.length ? { [node.value]: shape(node.children) } : node.value);
        expect(shape(tree)).toEqual([{ corp: [{ u1: ['t1'] }, 'u2'] }, { x: ['y'] }]);
    });
});

describe('the workspace alignment', () => {
    test('across three files: the corporate goal rolls up its units and their teams, its own status unchanged', async () => {
        const goal = (name: string, checkin: number, aligns?: string) => `goal ${name} "${name}" {
    metric m
    baseline 0 on 2027-01-01
    target 100 by 2027-12-31${aligns ? `\n    aligns ${aligns}` : ''}
}
checkin 2027-03-01 { ${name} ${checkin} }
`;
        const docs = await buildPlans({
            'corp.smart': `metric m "M" unit count\n${goal('corporate', 20)}`,
            'unit.smart': `import "./corp.smart"\n${goal('unitGoal', 1, 'corporate')}`,
            'team.smart': `import "./unit.smart"\nimport "./corp.smart"\n${goal('teamGoal', 30, 'unitGoal')}`
        });
        const goalNamed = (file: string, name: string) => docs[file].parseResult.value.declarations.filter(isGoal).find((g: Goal) => g.name === name)!;
        const alignment = services.plan.Alignment;
        const corporate = alignment.of(goalNamed('corp.smart', 'corporate'))!;
        expect(corporate.progress.status).toBe('on-track');
        expect(corporate.rollup).toEqual({ total: 2, worst: 'behind', counts: { behind: 1, 'on-track': 1 } });
        expect(alignment.of(goalNamed('unit.smart', 'unitGoal'))!.rollup).toEqual({ total: 1, worst: 'on-track', counts: { 'on-track': 1 } });
        const tree = alignment.tree().map(node => [node.value.goal.name, node.children.map(child => [child.value.goal.name, child.children.map(c => c.value.goal.name)])]);
        expect(tree).toEqual([['corporate', [['unitGoal', ['teamGoal']]]]]);
        // The plan view of the corporate plan carries the roll-up beside the goal's own status.
        const view = services.plan.PlanInsight.planView(docs['corp.smart']);
        expect(view.goals[0]).toMatchObject({ status: 'on-track', rollup: { total: 2, worst: 'behind', counts: { behind: 1, 'on-track': 1 } } });
    });

    test('a child in a plan with syntax errors still appears, marked', async () => {
        const docs = await buildPlans({
            'corp.smart': 'metric m "M"\ngoal corporate "C" { metric m }\n',
            'unit.smart': 'import "./corp.smart"\ngoal child "Child" { aligns corporate }\ngoal broken "B" {\n'
        });
        const child = services.plan.Alignment.tree()[0].children[0].value;
        expect(child.goal.name).toBe('child');
        expect(child.syntaxErrors).toBe(true);
        expect(services.plan.Alignment.of(docs['corp.smart'].parseResult.value.declarations.filter(isGoal)[0])!.rollup.total).toBe(1);
    });
});
