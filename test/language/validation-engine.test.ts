// The validation engine that replaces Langium's per-node streams and promises (measured
// in `npm run bench`): it must visit the same nodes in the same order as Langium's walk,
// place findings on the same text as Langium's property lookup, report a failing check as
// Langium does, await a check that returns a promise, and stop when the editor cancels.
import { readFileSync } from 'node:fs';
import { createSmartServices, type PlanFile, type SmartServices } from '@smart-plan/language';
import { AstUtils, EmptyFileSystem, GrammarUtils, OperationCancelled, URI, isAstNode, type AstNode, type CstNode, type LangiumDocument, type MaybePromise, type ReferenceInfo, type ValidationAcceptor } from 'langium';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { CancellationTokenSource } from 'vscode-languageserver';
import { pushChildNodes } from '../../packages/language/src/parser/ast-walk.js';
import { propertyNode, propertyNodes } from '../../packages/language/src/parser/property-nodes.js';
import { EXAMPLE_PLANS } from '../robustness/examples.js';
import { buildPlan, findingsOf } from '../helpers.js';

const SPEC_TOUR = readFileSync(new URL('../fixtures/spec-tour/acme.smart', import.meta.url), 'utf8');
const PLANS = [...EXAMPLE_PLANS, { name: 'spec-tour/acme.smart', text: SPEC_TOUR }];

function walk(root: AstNode): AstNode[] {
    const visited: AstNode[] = [];
    const stack = [root];
    while (stack.length > 0) {
        const node = stack.pop()!;
        visited.push(node);
        pushChildNodes(node, stack);
    }
    return visited;
}

describe('the syntax-tree walk', () => {
    test.each(PLANS.map(plan => [plan.name, plan.text]))('visits every node of %s in the order of Langium\'s streamAst', async (_name, text) => {
        const document = await buildPlan(text);
        const root = document.parseResult.value;
        const expected = AstUtils.streamAst(root).toArray();
        expect(expected.length).toBeGreaterThan(2);
        expect(walk(root)).toEqual(expected);
    });

    test.each(PLANS.map(plan => [plan.name, plan.text]))('collects the references of %s in the order of Langium\'s streamReferences (what the linker links)', async (_name, text) => {
        const root = (await buildPlan(text)).parseResult.value;
        const collected: ReferenceInfo[] = [];
        const stack: AstNode[] = [root];
        while (stack.length > 0) {
            pushChildNodes(stack.pop()!, stack, collected);
        }
        const expected = AstUtils.streamAst(root).flatMap(node => AstUtils.streamReferences(node)).toArray();
        expect(collected.map(info => info.reference)).toEqual(expected.map(info => info.reference));
        expect(collected.map(info => [info.container.$type, info.property, info.index])).toEqual(expected.map(info => [info.container.$type, info.property, info.index]));
    });

    test('properties are visited in the order the plan writes them', async () => {
        const document = await buildPlan(`plan "P" {
    review every 2 weeks
    period 2027-01-01 to 2027-12-31
}
`);
        const header = document.parseResult.value.header!;
        expect(walk(header).map(node => node.$type)).toEqual(['PlanHeader', 'Cadence', 'Span']);
    });
});

describe('where a finding on a property is placed', () => {
    test.each(PLANS.map(plan => [plan.name, plan.text]))('every property of every element of %s is found where Langium finds it', async (_name, text) => {
        const document = await buildPlan(text);
        let compared = 0;
        for (const node of AstUtils.streamAst(document.parseResult.value)) {
            for (const property of Object.keys(node).filter(key => !key.startsWith('$'))) {
                const langium = GrammarUtils.findNodesForProperty(node.$cstNode, property);
                expect(propertyNodes(node.$cstNode, property).map(offsets)).toEqual(langium.map(offsets));
                for (const index of [undefined, 0, 1, 5]) {
                    expect(offsets(propertyNode(node.$cstNode, property, index))).toEqual(offsets(GrammarUtils.findNodeForProperty(node.$cstNode, property, index)));
                }
                compared += langium.length;
            }
        }
        expect(compared).toBeGreaterThan(2);
    });

    test('a goal\'s finding underlines its name', async () => {
        const findings = await findingsOf('goal lonely "A goal with nothing"\n');
        expect(findings.find(f => f.rule === 'goal-not-measurable')).toMatchObject({ line: 1, text: 'lonely' });
    });
});

function offsets(node: CstNode | undefined): [number, number] | undefined {
    return node ? [node.offset, node.end] : undefined;
}

describe('running the checks', () => {
    /** A services instance of its own, so the extra checks below reach no other test. */
    function servicesWith(checks: Record<string, (node: AstNode, accept: ValidationAcceptor) => MaybePromise<void>>): SmartServices {
        const services = createSmartServices(EmptyFileSystem).Smart;
        services.validation.ValidationRegistry.register(checks);
        return services;
    }

    async function validate(services: SmartServices, text: string, cancel?: CancellationTokenSource): Promise<LangiumDocument<PlanFile>> {
        const document = services.shared.workspace.LangiumDocumentFactory.fromString<PlanFile>(text, URI.file('/plans/engine.smart'));
        services.shared.workspace.LangiumDocuments.addDocument(document);
        await services.shared.workspace.DocumentBuilder.build([document], { validation: false });
        document.diagnostics = await services.validation.DocumentValidator.validateDocument(document, {}, cancel?.token);
        return document;
    }

    afterEach(() => {
        vi.restoreAllMocks();
    });

    test('a check that throws becomes an error on its element, and the other checks still run', async () => {
        const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
        const services = servicesWith({
            Person: (node: AstNode) => {
                if ((node as AstNode & { name: string }).name === 'bad') {
                    throw new Error('boom');
                }
            }
        });
        const document = await validate(services, 'person bad "Bad"\ngoal lonely "A goal with nothing"\n');
        const messages = (document.diagnostics ?? []).map(d => [d.range.start.line, d.message]);
        expect(messages).toContainEqual([0, 'An error occurred during validation: boom']);
        expect(messages.some(([line, message]) => line === 1 && /not measurable/.test(String(message)))).toBe(true);
        expect(logged).toHaveBeenCalled();
    });

    test('a check that returns a promise is awaited, and its finding kept', async () => {
        const services = servicesWith({
            Person: async (node: AstNode, accept) => {
                await new Promise(resolve => setTimeout(resolve, 5));
                accept('warning', 'checked later', { node });
            }
        });
        const document = await validate(services, 'person ana "Ana"\n');
        expect((document.diagnostics ?? []).map(d => d.message)).toContain('checked later');
    });

    test('a cancelled validation stops within a few hundred nodes', async () => {
        const cancel = new CancellationTokenSource();
        let checked = 0;
        const services = servicesWith({
            Person: () => {
                checked++;
                cancel.cancel(); // the editor sends a newer edit while the first person is checked
            }
        });
        const persons = Array.from({ length: 3_000 }, (_, index) => `person p${index} "Person ${index}"`).join('\n');
        await expect(validate(services, persons, cancel)).rejects.toBe(OperationCancelled);
        expect(checked).toBeGreaterThan(0);
        expect(checked).toBeLessThan(1_000);
    });

    test('every node of a plan is offered to the checks of its type', async () => {
        const seen: string[] = [];
        const services = servicesWith({
            AstNode: (node: AstNode) => {
                seen.push(node.$type);
            }
        });
        const document = await validate(services, SPEC_TOUR);
        expect(seen).toEqual(AstUtils.streamAst(document.parseResult.value).map(node => node.$type).toArray());
        expect(isAstNode(document.parseResult.value)).toBe(true);
    });
});
