/**
 * The Outline (document symbols): the plan header, then the plan's elements grouped by
 * kind (People, Avatars, ..., Check-ins, Reviews, Skills), each group and element with the
 * icon of its kind. Elements read by their titles with their names beside them; an
 * avatar holds its needs, a journey its steps; check-ins and reviews are listed under
 * their dates (a check-in holds its entries: each goal by title with its value).
 */
import { GrammarUtils, type AstNode, type LangiumDocument } from 'langium';
import type { DocumentSymbolProvider } from 'langium/lsp';
import { SymbolKind, type DocumentSymbol, type Range } from 'vscode-languageserver';
import { formatDate } from '../common/format.js';
import { ELEMENT_KINDS, KIND_WORDS, kindOfType, type ElementKind } from '../common/vocabulary.js';
import { isAvatar, isCheckin, isJourney, isReview, type Declaration, type PlanFile } from '../generated/ast.js';

/** Each kind's icon in the Outline. */
export const SYMBOL_KINDS: Readonly<Record<ElementKind, SymbolKind>> = {
    'plan': SymbolKind.File,
    'person': SymbolKind.Variable,
    'avatar': SymbolKind.Interface,
    'need': SymbolKind.EnumMember,
    'swot': SymbolKind.Struct,
    'metric': SymbolKind.Number,
    'goal': SymbolKind.Event,
    'strategy': SymbolKind.Class,
    'tactic': SymbolKind.Method,
    'journey': SymbolKind.Enum,
    'step': SymbolKind.Field,
    'check-in': SymbolKind.Constant,
    'review': SymbolKind.Namespace,
    'skill': SymbolKind.Function
};

export class SmartDocumentSymbolProvider implements DocumentSymbolProvider {
    getSymbols(document: LangiumDocument): DocumentSymbol[] {
        const plan = document.parseResult.value as PlanFile;
        const symbols: DocumentSymbol[] = [];
        const header = plan.header && symbolOf(plan.header, 'plan', plan.header.title, 'plan');
        if (header) {
            symbols.push(header);
        }
        const byKind = new Map<ElementKind, DocumentSymbol[]>();
        for (const declaration of plan.declarations) {
            const kind = kindOfType(declaration.$type);
            const symbol = kind && declarationSymbol(declaration, kind);
            if (kind && symbol) {
                byKind.set(kind, [...byKind.get(kind) ?? [], symbol]);
            }
        }
        for (const kind of ELEMENT_KINDS) {
            const members = byKind.get(kind);
            if (members) {
                symbols.push(group(kind, members));
            }
        }
        return symbols;
    }
}

/** A group of one kind: `Goals`, spanning its members. */
function group(kind: ElementKind, members: DocumentSymbol[]): DocumentSymbol {
    const range: Range = { start: members[0].range.start, end: members.reduce((end, m) => after(m.range.end, end) ? m.range.end : end, members[0].range.end) };
    return {
        name: KIND_WORDS[kind].headingMany,
        detail: `${members.length} ${members.length === 1 ? KIND_WORDS[kind].one : KIND_WORDS[kind].headingMany.toLowerCase()}`,
        kind: SYMBOL_KINDS[kind],
        range,
        selectionRange: members[0].selectionRange,
        children: members
    };
}

function after(a: Range['start'], b: Range['start']): boolean {
    return a.line > b.line || (a.line === b.line && a.character > b.character);
}

function declarationSymbol(declaration: Declaration, kind: ElementKind): DocumentSymbol | undefined {
    if (isCheckin(declaration)) {
        const entries = declaration.entries.flatMap(entry => {
            const goal = entry.goal?.ref;
            return symbolOf(entry, 'check-in', goal?.title || entry.goal?.$refText, entry.value) ?? [];
        });
        const count = declaration.entries.length;
        return symbolOf(declaration, kind, formatDate(declaration.date), `${count} ${count === 1 ? 'entry' : 'entries'}`, entries);
    }
    if (isReview(declaration)) {
        return symbolOf(declaration, kind, formatDate(declaration.date), declaration.title);
    }
    const named = declaration as Declaration & { name?: string; title?: string };
    const children = isAvatar(declaration)
        ? declaration.needs.flatMap(need => symbolOf(need, 'need', need.title || need.name, `${declaration.name}.${need.name}`) ?? [])
        : isJourney(declaration)
            ? declaration.steps.flatMap(step => symbolOf(step, 'step', step.title || step.name, step.name) ?? [])
            : undefined;
    const name = kind === 'swot' ? 'SWOT' : isJourney(declaration) ? `Journey of ${declaration.avatar?.ref?.title || declaration.avatar?.$refText || '…'}` : named.title || named.name;
    return symbolOf(declaration, kind, name, named.name, children);
}

/**
 * A symbol for a node: its whole range, selected at its name (or date); undefined for a
 * node the parser did not place. A plan mid-edit may lack the name or the title: the
 * kind's heading stands in.
 */
function symbolOf(node: AstNode, kind: ElementKind, name: string | undefined, detail: string | undefined, children?: DocumentSymbol[]): DocumentSymbol | undefined {
    const range = node.$cstNode?.range;
    if (!range) {
        return undefined;
    }
    const named = GrammarUtils.findNodeForProperty(node.$cstNode, 'name') ?? GrammarUtils.findNodeForProperty(node.$cstNode, 'date');
    return {
        name: name === undefined || name.trim() === '' ? KIND_WORDS[kind].heading : name,
        detail: detail ?? '',
        kind: SYMBOL_KINDS[kind],
        range,
        selectionRange: named?.range ?? { start: range.start, end: range.start },
        children
    };
}
