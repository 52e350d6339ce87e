// Editor features through Langium's test helpers: completion, hover, code lens, inlay
// hints, semantic tokens, formatting, navigation, rename, links, symbols, preview.
import { beforeEach, describe, expect, test } from 'vitest';
import { createSmartServices, PlanViewSchema, SHOW_IN_PREVIEW_COMMAND, type PlanFile } from '@smart-plan/language';
import { EmptyFileSystem, URI } from 'langium';
import { clearDocuments, expectCompletion, expectFindReferences, expectFormatting, expectGoToDefinition, expectHover, expectSemanticToken, highlightHelper } from 'langium/test';
import { SemanticTokenTypes } from 'vscode-languageserver';
import { buildPlan, buildPlans, services } from '../helpers.js';

beforeEach(async () => {
    await clearDocuments(services.shared);
    services.config.ConfigProvider.setOverrides({ today: '2027-03-15' });
});

const plan = `plan "P" {
    owner ana
    period 2027-01-01 to 2027-12-31
    review every 2 weeks
}
person ana "Ana Lead"
person ben "Ben"
avatar solo "Solo coach" {
    need pipeline "Pipeline"
    need admin "Less admin"
}
metric members "Members" unit count
goal grow "Grow members" {
    for solo
    metric members
    baseline 120 on 2027-01-01
    benchmark 180 by 2027-03-31
    target 400 by 2027-12-31
    owner ana
}
strategy voice "Trusted voice" {
    serves grow
    audience solo
    addresses solo.pipeline
    message "Grow your practice"
}
strategy other "Other" {
    serves grow
}
tactic webinar "Webinar" {
    executes voice
    owner ana
    budget 500 USD per month
    from 2027-01-15 to 2027-12-15
}
checkin 2027-02-01 {
    grow 150 "Spike"
}
checkin 2027-03-10 {
    grow 170
}
`;

const labels = (items: Array<{ label: string }>) => items.map(i => i.label).sort();

describe('completion', () => {
    test("after 'executes ' only strategies", async () => {
        await expectCompletion(services)({
            text: `${plan}tactic t "T" {\n    executes <|>\n}`, index: 0,
            assert: ({ items }) => expect(labels(items).filter(l => !l.includes('('))).toEqual(['other', 'voice'])
        });
    });

    test("after 'owner ' only persons", async () => {
        await expectCompletion(services)({
            text: `${plan}goal g "G" {\n    owner <|>\n}`, index: 0,
            assert: ({ items }) => expect(labels(items)).toEqual(['ana', 'ben'])
        });
    });

    test("after a decision's 'about ' only goals", async () => {
        await expectCompletion(services)({
            text: `${plan}review 2027-03-01 "R" {\n    decision "Lower it" about <|>\n}`, index: 0,
            assert: ({ items }) => expect(labels(items)).toEqual(['grow'])
        });
    });

    test("after 'addresses ' the avatar.need pairs", async () => {
        await expectCompletion(services)({
            text: `${plan}strategy s "S" {\n    addresses <|>\n}`, index: 0,
            assert: ({ items }) => expect(labels(items)).toEqual(['solo.admin', 'solo.pipeline'])
        });
    });

    test('where a date goes: today, end of month, end of quarter, end of the plan period', async () => {
        await expectCompletion(services)({
            text: `${plan}checkin <|>`, index: 0,
            assert: ({ items }) => expect(items.map(i => [i.label, i.detail])).toEqual([
                ['2027-03-15', 'today'], ['2027-03-31', 'end of this month'], ['2027-03-31', 'end of this quarter'], ['2027-12-31', 'end of the plan period']
            ])
        });
    });

    test('inside a goal only goal properties are offered', async () => {
        await expectCompletion(services)({
            text: 'goal g "G" {\n    <|>\n}', index: 0,
            assert: ({ items }) => {
                const offered = labels(items);
                expect(offered).toEqual(['aligns', 'baseline', 'benchmark', 'for', 'metric', 'owner', 'review', 'target']);
                expect(offered).not.toContain('serves');
                expect(offered).not.toContain('executes');
            }
        });
    });

    test('references offered by name, with the kind and title beside them and what they are as documentation', async () => {
        await expectCompletion(services)({
            text: `${plan}tactic t "T" {\n    executes <|>\n}`, index: 0,
            assert: ({ items }) => {
                const voice = items.find(i => i.label === 'voice')!;
                expect(voice.detail).toBe('Trusted voice');
                expect(voice.labelDetails).toEqual({ description: 'strategy · Trusted voice' });
                expect(voice.documentation).toEqual({ kind: 'markdown', value: '**strategy** `voice` — Trusted voice\n\n“Grow your practice”' });
            }
        });
        await expectCompletion(services)({
            text: `${plan}strategy s "S" {\n    serves <|>\n}`, index: 0,
            assert: ({ items }) => {
                const grow = items.find(i => i.label === 'grow')!;
                expect(grow.labelDetails).toEqual({ description: 'goal · Grow members' });
                expect(grow.documentation).toEqual({ kind: 'markdown', value: '**goal** `grow` — Grow members\n\n● on track · 170 / 400 (18%)' });
            }
        });
        await expectCompletion(services)({
            text: `${plan}goal g "G" {\n    owner <|>\n}`, index: 0,
            assert: ({ items }) => expect(items.map(i => [i.label, i.detail])).toEqual([['ana', 'Ana Lead'], ['ben', 'Ben']])
        });
    });

    test('typing a space opens completion only after a keyword that takes a reference', async () => {
        const complete = async (text: string) => {
            const cursor = text.indexOf('|');
            const document = await buildPlan(text.replace('|', ''));
            const list = await services.lsp.CompletionProvider!.getCompletion(document, {
                textDocument: { uri: document.uri.toString() },
                position: document.textDocument.positionAt(cursor),
                context: { triggerKind: 2, triggerCharacter: ' ' }
            });
            return list!.items.map(i => i.label).filter(l => !l.includes('('));
        };
        expect(await complete(`${plan}tactic t "T" {\n    executes |\n}`)).toEqual(['voice', 'other']);
        expect(await complete(`${plan}goal g "G" {\n    for |\n}`)).toEqual(['solo']);
        expect(await complete(`${plan}skill k "K" {\n    coach |\n}`)).toEqual(['ana', 'ben']);
        // after any other word, in a quoted text or in a comment: nothing pops up
        expect(await complete(`${plan}tactic t "T" {\n    channel |\n}`)).toEqual([]);
        expect(await complete(`${plan}tactic t "T executes |" {\n}`)).toEqual([]);
        expect(await complete(`${plan}// the owner |\n`)).toEqual([]);
        expect(services.lsp.CompletionProvider!.completionOptions?.triggerCharacters).toEqual([' ']);
    });

    test('inside a block no top-level snippet is offered; at the top every declaration has one', async () => {
        await expectCompletion(services)({
            text: `${plan}tactic t "T" {\n    <|>\n}`, index: 0,
            assert: ({ items }) => {
                expect(items.filter(i => i.kind === 15)).toEqual([]);
                expect(labels(items)).toEqual(['budget', 'channel', 'executes', 'from', 'moves', 'owner']);
            }
        });
        await expectCompletion(services)({
            text: `${plan}goal g "G" {\n    <|>\n}`, index: 0,
            assert: ({ items }) => expect(items.filter(i => i.kind === 15).map(i => i.label)).toEqual([])
        });
        await expectCompletion(services)({
            text: `${plan}<|>`, index: 0,
            assert: ({ items }) => expect(items.filter(i => i.kind === 15).map(i => i.label).sort()).toEqual([
                'checkin (measured progress)', 'goal (SMART goal)', 'journey (buying journey)', 'review (a review session held)', 'strategy (the message)', 'tactic (the medium)'
            ])
        });
        await expectCompletion(services)({
            text: '<|>', index: 0,
            assert: ({ items }) => {
                const header = items.find(i => i.label === 'plan (plan header)')!;
                expect(header.insertText).toContain('period ${3:2027-01-01} to ${4:2027-12-31}');
            }
        });
        await expectCompletion(services)({
            text: `${plan}<|>`, index: 0,
            assert: ({ items }) => expect(items.find(i => i.label === 'checkin (measured progress)')?.insertText).toMatch(/^checkin \$\{1:2027-03-15\} \{/)
        });
    });

    test('snippets for a goal, strategy, tactic and journey step', async () => {
        await expectCompletion(services)({
            text: '<|>', index: 0,
            assert: ({ items }) => {
                const snippets = items.filter(i => i.kind === 15).map(i => i.label);
                expect(snippets).toEqual(expect.arrayContaining(['goal (SMART goal)', 'strategy (the message)', 'tactic (the medium)']));
                expect(items.find(i => i.label === 'goal (SMART goal)')?.insertText).toMatch(/^goal \$\{1:name\}.*\n {4}for /s);
            }
        });
        await expectCompletion(services)({
            text: 'avatar a "A" { }\njourney j for a {\n    <|>\n}', index: 0,
            assert: ({ items }) => expect(items.map(i => i.label)).toContain('step (buying journey)')
        });
    });
});

describe('hover', () => {
    test('a goal shows where it stands', async () => {
        await expectHover(services)({
            text: plan.replace('goal grow', 'goal <|>grow'), index: 0,
            // Expected today (Mar 15, 73 of 89 days from 120 to the 180 benchmark) = 169.21: a count reads 169.
            // Forecast: the least-squares line through (0, 120) (31, 150) (68, 170) is 387.99 on
            // day 364 and reaches 400 on day 380.47 (17 Jan 2028); (400 − 170) / (291 / 30.44) = 24.06 a month.
            hover: '**goal** `grow` — Grow members\n\n● on track · 170 / 400 (18%)\n\nActual: 170 on 10 Mar 2027 · expected today: 169\n\nForecast: 388 by 31 Dec 2027 at the pace so far · reaches 400 on 17 Jan 2028 · needs +24.1 a month\n\nImplied rate: +10.6%/mo\n\nDeadline: 31 Dec 2027 (291 days left)\n\nSMART: S M A R T'
        });
    });

    test('a reference shows the kind and title of what it names', async () => {
        await expectHover(services)({ text: plan.replace('    executes voice', '    executes <|>voice'), index: 0, hover: '**strategy** `voice` — Trusted voice' });
        await expectHover(services)({ text: plan.replace('addresses solo.pipeline', 'addresses <|>solo.pipeline'), index: 0, hover: '**need** `solo.pipeline` — Pipeline' });
    });

    test('plan text is escaped, not interpreted as Markdown', async () => {
        // The one Markdown escape of every surface (common/markdown.ts): tags, emphasis and
        // link brackets are escaped; ordinary punctuation such as parentheses stays readable;
        // a #123 reference is split by an invisible word joiner (U+2060).
        await expectHover(services)({ text: 'person <|>p "<img src=x onerror=alert(1)> *bold*"', index: 0, hover: '**person** `p` — \\<img src=x onerror=alert(1)\\> \\*bold\\*' });
        await expectHover(services)({ text: 'person <|>p "[click](javascript:alert(1)) `code` #1"', index: 0, hover: '**person** `p` — \\[click\\](javascript:alert(1)) \\`code\\` \\#\u20601' });
    });
});

describe('code lens and inlay hints', () => {
    test('code lens above each goal: status, progress, forecast, letters', async () => {
        const document = await buildPlan(`${plan}goal bare "Bare" {\n}\n`);
        const bareLine = plan.split('\n').length - 1;
        const lenses = await services.lsp.CodeLensProvider!.provideCodeLens(document, { textDocument: { uri: document.uri.toString() } });
        expect(lenses!.map(l => [l.range.start.line, l.command?.title])).toEqual([
            [12, '● on track · 170 / 400 (18%) · forecast 388 by 31 Dec 2027 · S M A R T'],
            [bareLine, '? status unknown · — / — · · · · · ·']
        ]);
    });

    test('the lens runs the client\'s preview command when the client named one at start-up', async () => {
        const { shared, Smart } = createSmartServices(EmptyFileSystem);
        await shared.lsp.LanguageServer.initialize({ capabilities: {}, processId: null, rootUri: null, initializationOptions: { previewCommand: SHOW_IN_PREVIEW_COMMAND } });
        Smart.config.ConfigProvider.setOverrides({ today: '2027-03-15' });
        const document = shared.workspace.LangiumDocumentFactory.fromString<PlanFile>(plan, URI.file('/plans/lens.smart'));
        shared.workspace.LangiumDocuments.addDocument(document);
        await shared.workspace.DocumentBuilder.build([document], { validation: true });
        const [lens] = (await Smart.lsp.CodeLensProvider!.provideCodeLens(document, { textDocument: { uri: document.uri.toString() } }))!;
        expect(lens.command).toEqual({ title: '● on track · 170 / 400 (18%) · forecast 388 by 31 Dec 2027 · S M A R T', command: 'smart.showInPreview', arguments: [document.uri.toString(), 12] });
    });

    test('a failing letter shows as a dot in the lens', async () => {
        const document = await buildPlan(plan.replace('    owner ana\n}\nstrategy voice', '}\nstrategy voice'));
        const lenses = await services.lsp.CodeLensProvider!.provideCodeLens(document, { textDocument: { uri: document.uri.toString() } });
        expect(lenses![0].command?.title).toBe('● on track · 170 / 400 (18%) · forecast 388 by 31 Dec 2027 · S M · R T');
    });

    test('inlay hints: implied rate after the target, days after a benchmark date', async () => {
        const document = await buildPlan(plan);
        const hints = await services.lsp.InlayHintProvider!.getInlayHints(document, { textDocument: { uri: document.uri.toString() }, range: { start: { line: 0, character: 0 }, end: { line: 60, character: 0 } } });
        expect(hints!.map(h => [h.position.line, h.label])).toEqual([[16, '+89 d'], [17, '≈ +10.6%/mo']]);
    });
});

describe('the Outline', () => {
    test('elements grouped by kind, each with its kind\'s icon, by title with the name beside it; check-ins and reviews under their dates', async () => {
        const document = await buildPlan(`${plan}review 2027-03-01 "March review" {\n    attendee ana\n}\njourney j for solo {\n    step aware "Hears of us" {\n        reaction webinar\n    }\n}\n`);
        const symbols = await services.lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument: { uri: document.uri.toString() } });
        const outline = (list: typeof symbols): unknown[] => list.map(s => s.children ? [s.name, s.detail, s.kind, outline(s.children)] : [s.name, s.detail, s.kind]);
        expect(outline(symbols)).toEqual([
            ['P', 'plan', 1],
            ['People', '2 people', 13, [['Ana Lead', 'ana', 13], ['Ben', 'ben', 13]]],
            ['Avatars', '1 avatar', 11, [['Solo coach', 'solo', 11, [['Pipeline', 'solo.pipeline', 22], ['Less admin', 'solo.admin', 22]]]]],
            ['Metrics', '1 metric', 16, [['Members', 'members', 16]]],
            ['Goals', '1 goal', 24, [['Grow members', 'grow', 24]]],
            ['Strategies', '2 strategies', 5, [['Trusted voice', 'voice', 5], ['Other', 'other', 5]]],
            ['Tactics', '1 tactic', 6, [['Webinar', 'webinar', 6]]],
            ['Journeys', '1 journey', 10, [['Journey of Solo coach', 'j', 10, [['Hears of us', 'aware', 8]]]]],
            ['Check-ins', '2 check-ins', 14, [['1 Feb 2027', '1 entry', 14, [['Grow members', '150', 14]]], ['10 Mar 2027', '1 entry', 14, [['Grow members', '170', 14]]]]],
            ['Reviews', '1 review', 3, [['1 Mar 2027', 'March review', 3]]]
        ]);
        // every child lies inside its group, every selection inside its symbol
        const inside = (inner: { start: { line: number } ; end: { line: number } }, outer: typeof inner) => inner.start.line >= outer.start.line && inner.end.line <= outer.end.line;
        for (const group of symbols) {
            expect(inside(group.selectionRange, group.range)).toBe(true);
            for (const child of group.children ?? []) {
                expect(inside(child.range, group.range), child.name).toBe(true);
            }
        }
    });
});

describe('the Outline mid-edit', () => {
    test('a plan typed half-way still has an Outline: missing names and titles read as the kind', async () => {
        const document = await buildPlan('plan {\n}\njourney j for {\n    step {\n    }\n}\nreview {\n}\ncheckin 2027-02-01 {\n    g\n}\ngoal "T" {\n}\n');
        const symbols = await services.lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument: { uri: document.uri.toString() } });
        expect(symbols.map(s => s.name)).toEqual(expect.arrayContaining(['Journeys', 'Check-ins']));
        expect(symbols.every(s => typeof s.name === 'string' && s.name.trim() !== '' && typeof s.detail === 'string')).toBe(true);
    });
});

describe('semantic tokens and formatting', () => {
    test('declared names and references are coloured by kind, dates as numbers', async () => {
        const tokens = await highlightHelper(services)('person <|ana|> "Ana"\ngoal <|g|> "G" {\n    owner <|ana|>\n    target 4 by <|2027-12-31|>\n}');
        expectSemanticToken(tokens, { rangeIndex: 0, tokenType: SemanticTokenTypes.variable });
        expectSemanticToken(tokens, { rangeIndex: 1, tokenType: SemanticTokenTypes.class });
        expectSemanticToken(tokens, { rangeIndex: 2, tokenType: SemanticTokenTypes.variable });
        expectSemanticToken(tokens, { rangeIndex: 3, tokenType: SemanticTokenTypes.number });
    });

    test('format document is the smart fmt formatter', async () => {
        await expectFormatting(services)({
            before: 'goal g "G"{owner   ana target 4  by 2027-12-31}',
            after: 'goal g "G" {\n    owner ana\n    target 4 by 2027-12-31\n}'
        });
    });
});

describe('navigation, rename, links and symbols', () => {
    test('go to definition and find references', async () => {
        await expectGoToDefinition(services)({ text: 'person <|ana|> "Ana"\ngoal g "G" {\n    owner <|>ana\n}', index: 0, rangeIndex: 0 });
        await expectFindReferences(services)({
            text: 'person <|a<|>na|> "Ana"\ngoal g "G" {\n    owner <|ana|>\n}\nreview 2027-02-01 "R" {\n    attendee <|ana|>\n}',
            includeDeclaration: true
        });
    });

    test('rename across files, including a need written as avatar.need', async () => {
        const docs = await buildPlans({
            'base.smart': 'avatar solo "Solo" {\n    need pipeline "P"\n}\nperson ana "Ana"',
            'unit.smart': 'import "./base.smart"\nstrategy s "S" {\n    audience solo\n    addresses solo.pipeline\n}\ngoal g "G" {\n    owner ana\n}'
        });
        const base = docs['base.smart'];
        const rename = async (offset: number, newName: string) => services.lsp.RenameProvider!.rename(base, {
            textDocument: { uri: base.uri.toString() }, position: base.textDocument.positionAt(offset), newName
        });
        const personEdit = await rename(base.textDocument.getText().indexOf('ana'), 'anna');
        expect(Object.values(personEdit!.changes!).flat().map(e => e.newText)).toEqual(['anna', 'anna']);
        const needEdit = await rename(base.textDocument.getText().indexOf('pipeline'), 'leads');
        const unitEdits = needEdit!.changes![docs['unit.smart'].uri.toString()];
        expect(unitEdits.map(e => e.newText)).toEqual(['solo.leads']);
        expect(needEdit!.changes![base.uri.toString()].map(e => e.newText)).toEqual(['leads']);
        const avatarEdit = await rename(base.textDocument.getText().indexOf('solo'), 'coach');
        expect(avatarEdit!.changes![docs['unit.smart'].uri.toString()].map(e => e.newText).sort()).toEqual(['coach', 'coach.pipeline']);
    });

    test('an import path links to the imported plan', async () => {
        const docs = await buildPlans({ 'base.smart': 'person ana "Ana"', 'sub/unit.smart': 'import "../base.smart"' });
        const unit = docs['sub/unit.smart'];
        const links = await services.lsp.DocumentLinkProvider!.getDocumentLinks(unit, { textDocument: { uri: unit.uri.toString() } });
        expect(links.map(l => [l.target, l.range.start.character, l.range.end.character])).toEqual([[docs['base.smart'].uri.toString(), 7, 22]]);
    });

    test('workspace symbols find declarations in every plan', async () => {
        await buildPlans({ 'a.smart': 'goal growMembers "G" { }', 'b.smart': 'strategy growthVoice "S" { }' });
        const symbols = await services.shared.lsp.WorkspaceSymbolProvider!.getSymbols({ query: 'grow' });
        expect(symbols.map(s => s.name).sort()).toEqual(['growMembers', 'growthVoice']);
    });
});

describe('smart/preview view model', () => {
    test('the view of a plan validates against its schema and holds the goal figures', async () => {
        const document = await buildPlan(plan);
        const view = PlanViewSchema.parse(services.plan.PlanInsight.planView(document, 'plan.smart'));
        expect(view.header).toMatchObject({ title: 'P', owner: { name: 'ana', title: 'Ana Lead' }, cadence: 'every 2 weeks', reviewOverdue: true, nextReviewDue: '2027-01-15' });
        const grow = view.goals[0];
        expect(grow).toMatchObject({ name: 'grow', status: 'on-track', actual: 170, target: 400, baseline: 120, deadline: '2027-12-31', letters: { S: true, M: true, A: true, R: true, T: true } });
        expect(grow.progress).toBeCloseTo(50 / 280 * 100, 6);
        expect(grow.expected).toBeCloseTo(120 + 60 * 73 / 89, 6);
        expect(grow.path).toEqual([{ date: '2027-01-01', value: 120 }, { date: '2027-03-31', value: 180 }, { date: '2027-12-31', value: 400 }]);
        expect(grow.strategies).toEqual([{ name: 'voice', title: 'Trusted voice' }, { name: 'other', title: 'Other' }]);
        expect(grow.owner).toEqual({ name: 'ana', title: 'Ana Lead' });
        expect(grow.avatars).toEqual([{ name: 'solo', title: 'Solo coach' }]);
        expect(view.strategies.map(s => [s.name, s.tactics.map(t => t.name), s.budgets, s.serves])).toEqual([
            ['voice', ['webinar'], [{ amount: 500 * 12, currency: 'USD' }], [{ name: 'grow', title: 'Grow members' }]],
            ['other', [], [], [{ name: 'grow', title: 'Grow members' }]]
        ]);
        expect(view.avatars[0].needs).toEqual([
            { name: 'pipeline', title: 'Pipeline', addressedBy: [{ name: 'voice', title: 'Trusted voice' }] },
            { name: 'admin', title: 'Less admin', addressedBy: [] }
        ]);
        expect(view.budget.total).toEqual([{ amount: 6000, currency: 'USD' }]);
        expect(grow.checkins.map(c => [c.date, c.value, c.note, c.afterToday])).toEqual([['2027-02-01', 150, 'Spike', false], ['2027-03-10', 170, undefined, false]]);
        expect(view.diagnostics.warning).toBeGreaterThan(0);
        void (document.parseResult.value as PlanFile);
    });
});
