/**
 * Semantic tokens: declared names by kind (goals, strategies, tactics, avatars, persons,
 * metrics), references coloured like what they name, dates and values as numbers.
 */
import type { AstNode } from 'langium';
import { AbstractSemanticTokenProvider, type SemanticTokenAcceptor } from 'langium/lsp';
import { SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver';

/** Token type per declaration kind; references take the type of what they name. */
const KIND_TOKEN: Record<string, string> = {
    Goal: SemanticTokenTypes.class,
    Strategy: SemanticTokenTypes.interface,
    Tactic: SemanticTokenTypes.function,
    Avatar: SemanticTokenTypes.type,
    Need: SemanticTokenTypes.enumMember,
    Person: SemanticTokenTypes.variable,
    Metric: SemanticTokenTypes.property,
    Skill: SemanticTokenTypes.method,
    Journey: SemanticTokenTypes.namespace,
    Step: SemanticTokenTypes.event
};

const DATE_PROPERTIES: Record<string, string[]> = {
    Baseline: ['date'], Target: ['date'], Benchmark: ['date'], Checkin: ['date'], Review: ['date'], Span: ['start', 'end']
};

const VALUE_PROPERTIES: Record<string, string[]> = {
    Baseline: ['value'], Target: ['value'], Benchmark: ['value'], CheckinEntry: ['value'], Budget: ['amount'], Cadence: ['count']
};

export class SmartSemanticTokenProvider extends AbstractSemanticTokenProvider {
    protected highlightElement(node: AstNode, acceptor: SemanticTokenAcceptor): void {
        const declared = KIND_TOKEN[node.$type];
        if (declared && (node as { name?: string }).name) {
            acceptor({ node, property: 'name' as never, type: declared, modifier: SemanticTokenModifiers.declaration });
        }
        for (const property of DATE_PROPERTIES[node.$type] ?? []) {
            if ((node as unknown as Record<string, unknown>)[property] !== undefined) {
                acceptor({ node, property: property as never, type: SemanticTokenTypes.number, modifier: SemanticTokenModifiers.readonly });
            }
        }
        for (const property of VALUE_PROPERTIES[node.$type] ?? []) {
            if ((node as unknown as Record<string, unknown>)[property] !== undefined) {
                acceptor({ node, property: property as never, type: SemanticTokenTypes.number });
            }
        }
        for (const { reference, property, index } of referencesOf(node)) {
            const type = reference.ref ? KIND_TOKEN[reference.ref.$type] : undefined;
            if (type) {
                acceptor({ node, property: property as never, index, type });
            }
        }
    }
}

function* referencesOf(node: AstNode): Generator<{ reference: { ref?: AstNode }; property: string; index?: number }> {
    for (const [property, value] of Object.entries(node)) {
        if (property.startsWith('$')) continue;
        if (Array.isArray(value)) {
            for (let index = 0; index < value.length; index++) {
                if (isReference(value[index])) yield { reference: value[index], property, index };
            }
        } else if (isReference(value)) {
            yield { reference: value, property };
        }
    }
}

function isReference(value: unknown): value is { ref?: AstNode } {
    return typeof value === 'object' && value !== null && '$refText' in value;
}

