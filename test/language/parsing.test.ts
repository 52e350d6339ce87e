// Parsing: every construct of language.md parses into the facts it states.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { isAvatar, isCheckin, isGoal, isJourney, isMetric, isPerson, isReview, isSkill, isStrategy, isSwot, isTactic, parseValue } from '@smart-plan/language';
import { buildPlan, buildPlans, findings } from '../helpers.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/spec-tour/${name}`, import.meta.url), 'utf8');

describe('a plan written from the spec text alone', () => {
    test('parses and links without any diagnostic', async () => {
        const { 'acme.smart': acme, 'corporate.smart': corporate } = await buildPlans({ 'acme.smart': fixture('acme.smart'), 'corporate.smart': fixture('corporate.smart') });
        const problems = [...findings(acme), ...findings(corporate)].filter(f => ['syntax-error', 'unresolved-reference', 'duplicate-name', 'invalid-date', 'duplicate-property', 'unresolved-import'].includes(f.rule));
        expect(problems).toEqual([]);
    });

    test('holds every declaration kind with its facts', async () => {
        const { 'acme.smart': acme } = await buildPlans({ 'acme.smart': fixture('acme.smart'), 'corporate.smart': fixture('corporate.smart') });
        const plan = acme.parseResult.value;
        expect(plan.header?.title).toBe('Acme Coaching 2027');
        expect(plan.header?.period[0]).toMatchObject({ start: '2027-01-01', end: '2027-12-31' });
        expect(plan.header?.cadence[0]).toMatchObject({ count: '2', unit: 'weeks' });
        expect(plan.header?.currency).toEqual(['USD']);
        expect(plan.imports.map(i => i.path)).toEqual(['./corporate.smart']);

        const kinds = plan.declarations.map(d => d.$type);
        expect(kinds).toEqual(['Person', 'Person', 'Avatar', 'Swot', 'Metric', 'Metric', 'Metric', 'Goal', 'Goal', 'Strategy', 'Tactic', 'Journey', 'Checkin', 'Review', 'Skill']);

        const john = plan.declarations.find(isPerson)!;
        expect(john.roles).toEqual(['Coach']);

        const avatar = plan.declarations.find(isAvatar)!;
        expect(avatar.needs.map(n => [n.name, n.title])).toEqual([['pipeline', 'A predictable client pipeline'], ['admin', 'Less time on admin']]);
        expect(avatar.channels).toEqual(['linkedin', 'webinar']);
        expect(avatar.market).toEqual(['b2c']);

        const swot = plan.declarations.find(isSwot)!;
        expect([swot.strengths, swot.weaknesses, swot.opportunities, swot.threats].map(list => list.length)).toEqual([1, 1, 1, 1]);

        expect(plan.declarations.filter(isMetric).map(m => m.unit)).toEqual(['count', 'USD', '%']);

        const [grow, churn] = plan.declarations.filter(isGoal);
        expect(grow.baseline[0]).toMatchObject({ value: '120', date: '2027-01-01' });
        expect(grow.target[0]).toMatchObject({ value: '400', date: '2027-12-31' });
        expect(grow.benchmarks.map(b => [b.value, b.date])).toEqual([['180', '2027-03-31'], ['240', '2027-Q2']]);
        expect(grow.cadence[0]).toMatchObject({ count: '1', unit: 'month' });
        expect(parseValue(churn.baseline[0].value)).toEqual({ amount: 8, percent: true });

        const strategy = plan.declarations.find(isStrategy)!;
        expect(strategy.message).toEqual(['Grow your practice with a proven coaching system']);

        const tactic = plan.declarations.find(isTactic)!;
        expect(tactic.budget[0]).toMatchObject({ amount: '500', currency: 'USD', per: 'month' });
        expect(tactic.span[0]).toMatchObject({ start: '2027-01-15', end: '2027-12-15' });
        expect(tactic.channel).toEqual(['webinar']);

        const journey = plan.declarations.find(isJourney)!;
        expect(journey.steps.map(s => s.name)).toEqual(['aware', 'compare']);
        expect(journey.steps[0].reactions.map(r => r.asset ?? r.tactic?.$refText)).toEqual(['monthlyWebinar', 'Testimonial video']);
        expect(journey.steps[1]).toMatchObject({ stakeholders: ['Spouse'], competitors: ['Low-cost course platforms'], worstCases: ['Chooses a cheaper course'], alternatives: ['97-cent trial month'] });

        const checkin = plan.declarations.find(isCheckin)!;
        expect(checkin.entries.map(e => [e.goal.$refText, e.value, e.confidence, e.note])).toEqual([
            ['growMembers', '150', undefined, 'Webinar spike'],
            ['reduceChurn', '7.5%', 'high', undefined]
        ]);

        const review = plan.declarations.find(isReview)!;
        expect(review).toMatchObject({ date: '2027-02-14', title: 'February review' });
        expect(review.decisions.map(d => [d.text, d.goals.map(g => g.ref?.name)])).toEqual([
            ['Move the webinar to Tuesdays', []],
            ['Lower the membership target: the spring market shrank', ['growMembers']],
            ['Both goals move to the new churn baseline', ['reduceChurn', 'growMembers']]
        ]);
        expect(review.attendees.map(a => a.$refText)).toEqual(['john', 'becki']);

        const skill = plan.declarations.find(isSkill)!;
        expect(skill.coach[0].$refText).toBe('john');
        expect(skill.tactics.map(t => t.$refText)).toEqual(['monthlyWebinar']);
    });
});

describe('lexical details', () => {
    test('strings keep backslashes except the two escapes', async () => {
        const plan = (await buildPlan(String.raw`person p "Say \"hi\" from C:\plans and \\ once"`)).parseResult.value;
        expect(plan.declarations.find(isPerson)!.title).toBe(String.raw`Say "hi" from C:\plans and \ once`);
    });

    test('a dash inside a name belongs to it, and a name may not be a keyword', async () => {
        const ok = await buildPlan('person g-3 "Dash"\nperson becki "B" { role "x" }');
        expect(ok.parseResult.value.declarations.map(d => (d as { name: string }).name)).toEqual(['g-3', 'becki']);
        const reserved = findings(await buildPlan('person goal "Keyword as a name"'));
        expect(reserved.map(f => f.rule)).toContain('syntax-error');
    });

    test('a keyword as a declaration\'s name is one error saying it is reserved, and the rest still parses', async () => {
        const text = `person p "P"
goal review "Review the leads" {
    owner p
    target 10 by 2027-06-30
}
journey step for nobody { }
person after "Still parsed"`;
        const document = await buildPlan(text);
        const syntax = findings(document).filter(f => f.rule === 'syntax-error');
        expect(syntax.map(f => [f.line, f.text, f.message])).toEqual([
            [2, 'review', "'review' is a reserved word, so it cannot name a goal: choose another name (e.g. 'reviewGoal')."],
            [6, 'step', "'step' is a reserved word, so it cannot name a journey: choose another name (e.g. 'stepJourney')."]
        ]);
        const declarations = document.parseResult.value.declarations;
        expect(declarations.map(d => (d as { name?: string }).name)).toEqual(['p', 'review', 'step', 'after']);
        expect(declarations.find(isGoal)!.owner[0].$refText).toBe('p');
    });

    test('a keyword where a reference is expected says it is a reserved word', async () => {
        const found = findings(await buildPlan('person p "P"\ngoal g "G" { owner target }'));
        expect(found.find(f => f.rule === 'syntax-error')?.message).toBe("Expected a name here, but found 'target', a reserved word: keywords cannot be names.");
    });

    test('a declaration keyword followed by the next declaration (a half-typed line) is not taken for a name', async () => {
        const document = await buildPlan('goal\nperson p "P"');
        expect(document.parseResult.value.declarations.filter(isGoal).map(g => g.name)).not.toContain('person');
        expect(findings(document).filter(f => f.rule === 'syntax-error').map(f => f.message)).not.toContainEqual(expect.stringContaining('reserved word, so it cannot name'));
    });

    test('dates lex before numbers, in all three forms, and values take an attached %', async () => {
        const plan = (await buildPlan(`metric m "M" unit %
goal g "G" { metric m baseline 15% on 2027-Q1 target -3 by 2027-03 benchmark 12.5 by 2027-02-28 }`)).parseResult.value;
        const goal = plan.declarations.find(isGoal)!;
        expect([goal.baseline[0].value, goal.baseline[0].date]).toEqual(['15%', '2027-Q1']);
        expect([goal.target[0].value, goal.target[0].date]).toEqual(['-3', '2027-03']);
        expect([goal.benchmarks[0].value, goal.benchmarks[0].date]).toEqual(['12.5', '2027-02-28']);
    });

    test('a % on a count metric still parses (it is a rule, not a syntax error)', async () => {
        const found = findings(await buildPlan('metric m "M" unit count\ngoal g "G" { metric m target 15% by 2027-12-31 }'));
        expect(found.map(f => f.rule)).not.toContain('syntax-error');
    });

    test('comments of both kinds are ignored, properties come in any order', async () => {
        const found = findings(await buildPlan(`// line comment
/* block
   comment */ person john "J"
goal g "G" { owner john /* inline */ target 4 by 2027-12-31 metric m }
metric m "M"`));
        expect(found.filter(f => f.rule === 'syntax-error')).toEqual([]);
    });

    test('a person without a block, and one with roles', async () => {
        const plan = (await buildPlan('person a "A"\nperson b "B" { role "x" role "y" }')).parseResult.value;
        expect(plan.declarations.filter(isPerson).map(p => p.roles)).toEqual([[], ['x', 'y']]);
    });
});

describe('malformed input', () => {
    const broken = [
        ['an unterminated block', 'goal g "G" {\n  owner'],
        ['an unterminated string', 'person p "no end\nperson q "Q"'],
        ['stray characters', 'goal g "G" { @@@ }'],
        ['a missing title', 'goal g { }'],
        ['an import after a declaration', 'person p "P"\nimport "./x.smart"'],
        ['random punctuation', '{{{ ]] ;; ,, "'],
        ['only a keyword', 'goal']
    ] as const;

    test.each(broken)('%s gives syntax errors, not an exception', async (_name, text) => {
        const found = findings(await buildPlan(text));
        expect(found.some(f => f.rule === 'syntax-error' && f.severity === 'error')).toBe(true);
    });

    test('an empty file is a valid, empty plan', async () => {
        const document = await buildPlan('');
        expect(findings(document)).toEqual([]);
        expect(document.parseResult.value.declarations).toEqual([]);
    });
});
