// Linking: every reference kind resolves to the right element, across an import and
// through `avatar.need`; wrong kinds, missing names and non-transitive imports do not.
import { describe, expect, test } from 'vitest';
import { importedUris, isCheckin, isGoal, isJourney, isReview, isSkill, isStrategy, isTactic, type PlanFile } from '@smart-plan/language';
import { URI, type LangiumDocument } from 'langium';
import { buildPlan, buildPlans, findings, services } from '../helpers.js';

const corporate = `
person ceo "Group CEO"
avatar enterprise "Enterprise buyer" { need trust "Proof it works" }
metric revenue "Revenue" unit EUR
goal corporateGrowth "Grow group revenue" { metric revenue }
`;

const unit = `
import "./corporate.smart"
person ana "Ana"
avatar smb "Small business" { need speed "Fast set-up" need price "Low price" }
metric signups "Sign-ups" unit count
goal unitGrowth "Grow EMEA" {
    for smb, enterprise
    for smb
    metric signups
    owner ana
    aligns corporateGrowth
}
strategy s "S" { serves unitGrowth audience smb, enterprise addresses smb.speed, enterprise.trust }
tactic t "T" { executes s owner ceo moves revenue }
journey j for smb { step a "A" { reaction t reaction "Flyer" } }
checkin 2027-02-01 { unitGrowth 5 }
review 2027-02-14 "R" { attendee ana, ceo attendee ana }
skill k "K" { coach ana supports t }
`;

const LINKING_RULES = ['unresolved-reference', 'unresolved-import', 'duplicate-name', 'syntax-error'];

/** Findings about names and imports only (the plans here are not meant to be SMART-complete). */
function linkingFindings(document: LangiumDocument) {
    return findings(document).filter(f => LINKING_RULES.includes(f.rule));
}

function unresolved(document: LangiumDocument): string[] {
    return findings(document).filter(f => f.rule === 'unresolved-reference').map(f => f.text);
}

describe('references', () => {
    test('every reference kind resolves, locally and through an import', async () => {
        const { 'unit.smart': doc } = await buildPlans({ 'corporate.smart': corporate, 'unit.smart': unit });
        expect(linkingFindings(doc)).toEqual([]);
        const plan = doc.parseResult.value as PlanFile;
        const goal = plan.declarations.find(isGoal)!;
        expect(goal.avatars.map(a => a.ref?.title)).toEqual(['Small business', 'Enterprise buyer', 'Small business']);
        expect(goal.metric[0].ref?.title).toBe('Sign-ups');
        expect(goal.owner[0].ref?.title).toBe('Ana');
        expect(goal.aligns[0].ref?.title).toBe('Grow group revenue');
        const strategy = plan.declarations.find(isStrategy)!;
        expect(strategy.goals[0].ref?.name).toBe('unitGrowth');
        expect(strategy.audience.map(a => a.ref?.name)).toEqual(['smb', 'enterprise']);
        expect(strategy.needs.map(n => n.ref?.title)).toEqual(['Fast set-up', 'Proof it works']);
        const tactic = plan.declarations.find(isTactic)!;
        expect([tactic.strategy[0].ref?.name, tactic.owner[0].ref?.name, tactic.moves[0].ref?.name]).toEqual(['s', 'ceo', 'revenue']);
        const journey = plan.declarations.find(isJourney)!;
        expect(journey.avatar.ref?.name).toBe('smb');
        expect(journey.steps[0].reactions[0].tactic?.ref?.name).toBe('t');
        expect(plan.declarations.find(isCheckin)!.entries[0].goal.ref?.name).toBe('unitGrowth');
        expect(plan.declarations.find(isReview)!.attendees.map(a => a.ref?.name)).toEqual(['ana', 'ceo', 'ana']);
        const skill = plan.declarations.find(isSkill)!;
        expect([skill.coach[0].ref?.name, skill.tactics[0].ref?.name]).toEqual(['ana', 't']);
    });

    test('a name of the wrong kind does not resolve', async () => {
        const doc = await buildPlan(`person p "P"
goal g "G" { owner g metric p for p }
strategy s "S" { serves p addresses p.x }
tactic t "T" { executes g }`);
        expect(unresolved(doc)).toEqual(['g', 'p', 'p', 'p', 'p.x', 'g']);
        expect(findings(doc).find(f => f.rule === 'unresolved-reference')?.severity).toBe('error');
    });

    test('a need is only reachable through its avatar', async () => {
        const doc = await buildPlan(`avatar a "A" { need n "N" }
strategy s "S" { addresses n, a.n, a.missing }`);
        expect(unresolved(doc)).toEqual(['n', 'a.missing']);
    });

    test('imports are not transitive', async () => {
        const { 'c.smart': c } = await buildPlans({
            'a.smart': 'person deep "Deep"',
            'b.smart': 'import "./a.smart"\nperson middle "Middle"',
            'c.smart': 'import "./b.smart"\ngoal g "G" { owner middle owner deep }'
        });
        expect(unresolved(c)).toEqual(['deep']);
    });

    test('without the import, names of another file are not visible', async () => {
        const { 'b.smart': b } = await buildPlans({ 'a.smart': 'person p "P"', 'b.smart': 'goal g "G" { owner p }' });
        expect(unresolved(b)).toEqual(['p']);
    });

    test('imports resolve relative to the importing file', async () => {
        const { 'units/emea.smart': emea } = await buildPlans({
            'shared/people.smart': 'person p "P"',
            'units/emea.smart': 'import "../shared/people.smart"\ngoal g "G" { owner p }'
        });
        expect(linkingFindings(emea)).toEqual([]);
    });
});

describe('duplicate names', () => {
    test('the same name twice in a file, across kinds', async () => {
        const found = findings(await buildPlan('person x "X"\nmetric x "Also X"\ngoal y "Y" { }\ngoal y "Y again" { }'));
        expect(found.filter(f => f.rule === 'duplicate-name').map(f => [f.line, f.text])).toEqual([[2, 'x'], [4, 'y']]);
        expect(found.find(f => f.rule === 'duplicate-name')?.message).toMatch(/person 'x' on line 1/);
    });

    test('need names per avatar and step names per journey', async () => {
        const found = findings(await buildPlan(`avatar a "A" { need n "N" need n "N2" }
avatar b "B" { need n "N" }
journey j for a { step s "S" { reaction "r" } step s "S2" { reaction "r" } }
journey k for b { step s "S" { reaction "r" } }`));
        expect(found.filter(f => f.rule === 'duplicate-name').map(f => f.line)).toEqual([1, 3]);
    });

    test('a local name that collides with an imported one', async () => {
        const { 'b.smart': b } = await buildPlans({ 'a.smart': 'person p "P"', 'b.smart': 'import "./a.smart"\nmetric p "Local p"' });
        const duplicate = findings(b).filter(f => f.rule === 'duplicate-name');
        expect(duplicate.map(f => [f.line, f.text])).toEqual([[2, 'p']]);
        expect(duplicate[0].message).toContain('"./a.smart"');
    });

    test('the same name declared by two imported files', async () => {
        const { 'c.smart': c } = await buildPlans({ 'a.smart': 'person p "P"', 'b.smart': 'person p "P"', 'c.smart': 'import "./a.smart"\nimport "./b.smart"' });
        const duplicate = findings(c).filter(f => f.rule === 'duplicate-name');
        expect(duplicate.map(f => [f.line, f.text])).toEqual([[2, '"./b.smart"']]);
    });

    test('distinct names in separate files that do not import each other are fine', async () => {
        const { 'a.smart': a, 'b.smart': b } = await buildPlans({ 'a.smart': 'person p "P"', 'b.smart': 'person p "P"' });
        expect([...linkingFindings(a), ...linkingFindings(b)]).toEqual([]);
    });
});

describe('imports', () => {
    test('a plan Langium has only announced (not parsed yet) imports nothing, and a change to it relinks no one by mistake', async () => {
        // What DocumentBuilder.update does with a file it has not loaded: a stand-in document
        // whose tree is { $type: 'INVALID' }, which every other plan is then asked about.
        const docs = await buildPlans({ 'a.smart': 'person p "P"\n' });
        const announced = services.shared.workspace.LangiumDocumentFactory.fromModel({ $type: 'INVALID' } as never, URI.file('/plans/new.smart'));
        expect(importedUris(announced)).toEqual([]);
        services.shared.workspace.LangiumDocuments.addDocument(announced);
        const builder = services.shared.workspace.DocumentBuilder as unknown as { shouldRelink(document: LangiumDocument, changed: Set<string>): boolean };
        expect(builder.shouldRelink(docs['a.smart'], new Set([announced.uri.toString()]))).toBe(false);
        services.shared.workspace.LangiumDocuments.deleteDocument(announced.uri);
    });

    test.each([
        ['a missing file', 'import "./missing.smart"', /does not exist/],
        ['a file that is not a plan', 'import "./notes.txt"', /not a \.smart file/],
        ['the file itself', 'import "./plan.smart"', /imports this file itself/]
    ])('%s is unresolved-import', async (_name, text, message) => {
        const found = findings(await buildPlan(text)).filter(f => f.rule === 'unresolved-import');
        expect(found).toHaveLength(1);
        expect(found[0]).toMatchObject({ severity: 'error', line: 1 });
        expect(found[0].message).toMatch(message);
    });

    test('an import cycle is reported on both sides', async () => {
        const { 'a.smart': a, 'b.smart': b } = await buildPlans({ 'a.smart': 'import "./b.smart"', 'b.smart': 'import "./a.smart"' });
        for (const doc of [a, b]) {
            const found = findings(doc).filter(f => f.rule === 'unresolved-import');
            expect(found).toHaveLength(1);
            expect(found[0].message).toMatch(/import cycle \((a|b)\.smart → (a|b)\.smart → (a|b)\.smart\)/);
        }
    });

    test('a diamond of imports is no cycle', async () => {
        const { 'top.smart': top } = await buildPlans({
            'base.smart': 'person p "P"',
            'left.smart': 'import "./base.smart"',
            'right.smart': 'import "./base.smart"',
            'top.smart': 'import "./left.smart"\nimport "./right.smart"'
        });
        expect(linkingFindings(top)).toEqual([]);
    });
});
