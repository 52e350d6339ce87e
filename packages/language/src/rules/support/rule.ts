/**
 * What a rule is: one module per rule id (after typescript-eslint's `createRule` and
 * markdownlint's rule modules) holding the rule's metadata, the checks it runs on the
 * syntax tree, and its quick fixes. A check reports through a reporter bound to its own
 * rule, so each rule id has exactly one emitter. The catalogue, validation, quick fixes,
 * the rule page, SARIF, the configuration schema and the tests are all built from the one
 * list of rule modules (rules/index.ts).
 */
import type { AstNode, DiagnosticInfo, LangiumDocument } from 'langium';
import type { Diagnostic, TextEdit } from 'vscode-languageserver';
import type { Severity, SmartLetter } from '../../common/vocabulary.js';
import type { PlanFile, SmartAstType } from '../../generated/ast.js';
import type { SmartServices } from '../../smart-module.js';
import type { Suppressions } from '../../validation/suppressions.js';
import type { CheckContext } from './check-context.js';

export interface RuleMeta<Id extends string = string> {
    id: Id;
    /** The SMART letter the rule checks, or undefined for `—`. */
    letter?: SmartLetter;
    severity: Severity;
    /** When the rule reports, in one sentence. */
    summary: string;
    /** What to add or change to satisfy it. */
    fix: string;
    /** A short plan that triggers the rule (as of 2027-03-15), shown in the rule documentation. */
    example: string;
}

/** Reports one finding of the rule on a node (its id and default severity are the rule's). */
export type Report = <N extends AstNode>(message: string, info: DiagnosticInfo<N>) => void;

/** A check of one node type: the node, the rule's reporter, and what the rules read about the node. */
export type NodeCheck<N extends AstNode> = (node: N, report: Report, context: CheckContext) => void;

/** A rule's checks, by the syntax-tree type they look at. */
export type RuleChecks = { [Type in keyof SmartAstType]?: NodeCheck<SmartAstType[Type]> };

/** A finding on a whole document, placed by its range (for what no syntax node holds). */
export type DocumentFinding = Pick<Diagnostic, 'range' | 'message'>;

/** What a document check sees: the document, the findings so far, its suppression comments. */
export interface DocumentCheckInput {
    document: LangiumDocument;
    /** The diagnostics found by Langium and the node checks, before configuration applies. */
    found: readonly Diagnostic[];
    suppressions: Suppressions;
}

/** A quick fix: its title and the edits to the diagnostic's document. */
export interface QuickFix {
    title: string;
    edits: TextEdit[];
    preferred?: boolean;
}

/** What a rule's quick fixes are given: the diagnostic, the node at its start, the services. */
export interface FixInput {
    services: SmartServices;
    document: LangiumDocument;
    plan: PlanFile;
    diagnostic: Diagnostic;
    /** The syntax node at the diagnostic's start. */
    node: AstNode;
}

export interface RuleModule<Id extends string = string> {
    readonly meta: RuleMeta<Id>;
    /** The rule's checks of syntax nodes, made once per service container. */
    readonly create?: (services: SmartServices) => RuleChecks;
    /** A check of the whole document, run after the node checks. */
    readonly checkDocument?: (input: DocumentCheckInput) => DocumentFinding[];
    /**
     * Diagnostic codes of Langium's own that are findings of this rule
     * (`syntax-error` claims the lexer's and parser's, `unresolved-reference` the linker's).
     */
    readonly langiumCodes?: readonly string[];
    /** Quick fixes for a diagnostic of the rule. */
    readonly quickFixes?: (input: FixInput) => QuickFix[];
    /** Whether "Suppress … on this line" is offered (default true). */
    readonly suppressible?: boolean;
}

/** Declares a rule module; the id is kept as a literal type, so rule ids are checked at compile time. */
export function createRule<const Id extends string>(rule: RuleModule<Id>): RuleModule<Id> {
    return rule;
}
