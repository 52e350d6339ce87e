// Hostile plan texts through the language services in-process (hostile-texts.ts): each
// (but the 100,000-line plan, checked more lightly) passes the whole pipeline (no internal error, every diagnostic inside the document,
// model, view, diff, report and formatting invariants) in bounded time, and each gives the
// diagnostic a user needs: same ranges whatever the line endings, a BOM changes nothing,
// a NUL is a syntax error where it is, suppressions work with CRLF, imports of the file
// itself, of a cycle, of a missing or non-.smart file are `unresolved-import`.
import { describe, expect, test } from 'vitest';
import type { LangiumDocument } from 'langium';
import { buildPlan, buildPlans, findings, findingsOf, services } from '../helpers.js';
import { diffPlans, extractPlan, PlanViewSchema, type PlanFile } from '@smart-plan/language';
import { checkPipeline, rangeProblems } from './pipeline.js';
import { bigPlan, FAULTY, HOSTILE_TEXTS, mixedLineEndings, withLineEndings } from './hostile-texts.js';

/** Seconds an input may take through the whole pipeline: the 1 MB and 100,000-line ones get more. */
function budgetFor(name: string): number {
    return name === '100,000 lines' ? 90_000 : /5 MB|25,000|200,000/.test(name) ? 60_000 : /1 MB|20,000/.test(name) ? 30_000 : 5_000;
}

/** rule@line:character-line:character for each diagnostic, sorted. */
function placed(document: LangiumDocument): string[] {
    return (document.diagnostics ?? []).map(d => `${String(d.code)}@${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`).sort();
}

describe('every hostile text passes the pipeline', () => {
    // The 100,000-line plan has its own, lighter test below (formatting it twice takes long).
    test.each(Object.keys(HOSTILE_TEXTS).filter(name => name !== '100,000 lines'))('%s', async name => {
        await checkPipeline(HOSTILE_TEXTS[name](), budgetFor(name));
    }, 180_000);
});

describe('what the user sees', () => {
    test('an empty file, or one of only comments, is a plan with nothing to report', async () => {
        expect(await findingsOf('')).toEqual([]);
        expect(await findingsOf(HOSTILE_TEXTS['only whitespace and comments']())).toEqual([]);
        expect(services.plan.PlanInsight.planView(await buildPlan('')).goals).toEqual([]);
    });

    test('CRLF, CR and mixed line endings give the same diagnostics at the same places as LF', async () => {
        const expected = placed(await buildPlan(FAULTY));
        expect(expected.length).toBeGreaterThan(10);
        for (const eol of ['\r\n', '\r']) {
            expect(placed(await buildPlan(withLineEndings(FAULTY, eol))), JSON.stringify(eol)).toEqual(expected);
        }
        expect(placed(await buildPlan(mixedLineEndings(FAULTY)))).toEqual(expected);
    });

    test('suppression comments work with CRLF and CR line endings', async () => {
        const plan = 'person p "P"\n// smart-disable-next-line goal-without-owner\ngoal g "G" {}\n// smart-disable goal-without-avatar\ngoal h "H" {}\n';
        for (const eol of ['\n', '\r\n', '\r']) {
            const rules = (await findingsOf(withLineEndings(plan, eol))).map(f => `${f.rule}@${f.line}`);
            expect(rules, JSON.stringify(eol)).not.toContain('goal-without-owner@3');
            expect(rules).toContain('goal-without-owner@5');
            expect(rules.filter(r => r === 'goal-without-avatar@5')).toEqual([]);
            expect(rules).toContain('goal-without-avatar@3');
        }
    });

    test('a byte-order mark changes no rule and no line', async () => {
        const lines = (document: LangiumDocument) => findings(document).map(f => `${f.rule}@${f.line}`).sort();
        expect(lines(await buildPlan('\uFEFF' + FAULTY))).toEqual(lines(await buildPlan(FAULTY)));
        expect(await findingsOf('\uFEFF')).toEqual([]);
    });

    test('a NUL is a syntax error where it is: between words, in a quoted text, in a comment', async () => {
        const between = await findingsOf('person p\0 "P"\n');
        expect(between).toEqual([expect.objectContaining({ rule: 'syntax-error', line: 1, text: '\0', message: expect.stringMatching(/Unexpected character `NUL`/) })]);
        for (const text of ['person p "a\0b"\n', 'person p "P" // a\0b\n', '/* \0 */\nperson p "P"\n']) {
            const found = await findingsOf(text);
            expect(found, JSON.stringify(text)).toEqual([expect.objectContaining({ rule: 'syntax-error', text: '\0', message: expect.stringMatching(/^A NUL character \(U\+0000\) is in this text: remove it/) })]);
        }
        const several = await findingsOf('person p "\0\0\0"\n');
        expect(several.map(f => f.message)).toEqual([expect.stringMatching(/\(and 2 more\)/)]);
    });

    test('a 1 MB title is kept whole; a 1 MB line of words is one syntax error', async () => {
        const title = await buildPlan(HOSTILE_TEXTS['a 1 MB title']());
        expect(findings(title).filter(f => f.severity === 'error')).toEqual([]);
        expect(services.plan.PlanInsight.planView(title).file).toBeDefined();
        const words = findings(await buildPlan(HOSTILE_TEXTS['a 1 MB line of words']()));
        expect(words.map(f => f.rule)).toEqual(['syntax-error']);
    });

    test('5,000 syntax errors are reported as the first 100 and one line counting the rest', async () => {
        const found = findings(await buildPlan(HOSTILE_TEXTS['a line of 5,000 keywords']()));
        expect(found).toHaveLength(101);
        expect(found.every(f => f.rule === 'syntax-error')).toBe(true);
        expect(found[100].message).toBe('4900 more syntax errors from here on are not shown: fix the ones above first (one mistake often causes many).');
    });

    test('20,000 nested braces are a syntax error, not a stack overflow', async () => {
        for (const name of ['20,000 nested braces', '20,000 nested braces in a goal']) {
            const found = findings(await buildPlan(HOSTILE_TEXTS[name]()));
            expect(found.some(f => f.rule === 'syntax-error'), name).toBe(true);
        }
    });

    test('a 100,000-line plan links every goal in bounded time; its view model holds them all; it diffs as itself', async () => {
        const started = performance.now();
        const document = await buildPlan(bigPlan(100_000));
        expect(document.textDocument.lineCount).toBeGreaterThanOrEqual(100_000);
        expect(findings(document).filter(f => f.severity === 'error')).toEqual([]);
        expect(rangeProblems(document)).toEqual([]);
        const view = services.plan.PlanInsight.planView(document);
        expect(PlanViewSchema.safeParse(view).success).toBe(true);
        expect(view.goals.length).toBeGreaterThan(4_000);
        expect(view.goals.every(goal => goal.status === 'on-track')).toBe(true);
        const facts = extractPlan(document.parseResult.value as PlanFile);
        expect(diffPlans(facts, facts)).toEqual([]);
        expect(performance.now() - started).toBeLessThan(90_000);
    }, 120_000);

    test('imports of the file itself, a cycle, a missing or a non-.smart file are unresolved-import', async () => {
        const self = await findingsOf(HOSTILE_TEXTS['an import of itself']());
        expect(self).toEqual([expect.objectContaining({ rule: 'unresolved-import', message: 'The import "./plan.smart" imports this file itself: remove it.' })]);
        const { 'a.smart': a } = await buildPlans({ 'a.smart': 'import "./b.smart"\nperson a "A"\n', 'b.smart': 'import "./a.smart"\nperson b "B"\n' });
        expect(findings(a)).toEqual([expect.objectContaining({ rule: 'unresolved-import', message: expect.stringContaining('makes an import cycle (a.smart → b.smart → a.smart)') })]);
        expect((await findingsOf(HOSTILE_TEXTS['an import of a missing file']())).map(f => f.message))
            .toEqual(['The import "./missing.smart" does not exist (looked for /plans/missing.smart).']);
        expect((await findingsOf(HOSTILE_TEXTS['an import of a non-.smart file']())).map(f => f.message)).toEqual([
            'The import "./notes.txt" is not a .smart file: only plans can be imported.',
            'The import "../../../../etc/passwd" is not a .smart file: only plans can be imported.'
        ]);
        expect((await findingsOf(HOSTILE_TEXTS['an import without a path']())).map(f => f.rule)).toEqual(['syntax-error']);
    });

    test('names like __proto__ and constructor are names like any other', async () => {
        const document = await buildPlan(HOSTILE_TEXTS['__proto__ and constructor as names']());
        expect(findings(document).filter(f => f.rule === 'unresolved-reference' || f.rule === 'duplicate-name')).toEqual([]);
        const view = services.plan.PlanInsight.planView(document);
        expect(view.goals.map(g => [g.name, g.owner?.name, g.metric?.name])).toEqual([['hasOwnProperty', '__proto__', 'toString']]);
    });
});
