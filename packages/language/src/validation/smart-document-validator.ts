/**
 * Turns every finding on a plan into a diagnostic the user sees, in one place: the rules'
 * node checks run (rule-registration.ts), then their document checks; Langium's own
 * findings get the id of the rule that claims them (`syntax-error`, `unresolved-reference`);
 * configured severities apply (`off` drops a rule) and suppression comments silence rules.
 * Syntax errors are capped (rules/syntax-error.ts). What the rules know of the file system
 * (the unloaded imports) is looked up first, so the checks themselves never wait for it.
 * The syntax tree is walked once with a
 * plain stack and the checks of each node run synchronously (SmartValidationRegistry): on
 * a large plan, Langium's per-node streams and promises cost as much as our rules themselves.
 * Findings are collected one by one, never spread into a call (Langium's
 * `push(...findings)` overflowed the stack past about 120,000 of them, and the plan then
 * looked clean).
 */
import type { AstNode, DiagnosticInfo, LangiumDocument, ValidationAcceptor, ValidationOptions, ValidationSeverity } from 'langium';
import { DefaultDocumentValidator, DocumentValidator, interruptAndCheck, isOperationCancelled } from 'langium';
import { pushAll } from '../common/collections.js';
import { CancellationToken, DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { LSP_SEVERITY } from '../common/vocabulary.js';
import type { BaselineProvider } from '../config/baseline-provider.js';
import type { SmartConfigProvider } from '../config/config-provider.js';
import { pushChildNodes } from '../parser/ast-walk.js';
import { propertyNode } from '../parser/property-nodes.js';
import type { ImportTargets } from '../references/import-targets.js';
import { RULE_MODULES, ruleOfCode } from '../rules/index.js';
import { limitSyntaxErrors } from '../rules/syntax-error.js';
import type { SmartServices } from '../smart-module.js';
import { ruleDocsUrl } from './rule-docs-url.js';
import type { SmartValidationRegistry } from './smart-validation-registry.js';
import { isSuppressed, readSuppressions } from './suppressions.js';

/** The rules that check whole documents, with their checks. */
const DOCUMENT_CHECKS = RULE_MODULES.flatMap(rule => rule.checkDocument ? [{ rule: rule.meta.id, check: rule.checkDocument }] : []);

/** How many nodes are checked between two looks at cancellation (and turns for other requests). */
const NODES_BETWEEN_INTERRUPTS = 500;

export class SmartDocumentValidator extends DefaultDocumentValidator {
    private readonly configProvider: SmartConfigProvider;
    private readonly registry: SmartValidationRegistry;
    private readonly baselines: BaselineProvider;
    private readonly importTargets: ImportTargets;

    constructor(services: SmartServices) {
        super(services);
        this.configProvider = services.config.ConfigProvider;
        this.baselines = services.config.BaselineProvider;
        this.importTargets = services.references.ImportTargets;
        this.registry = services.validation.ValidationRegistry;
    }

    /** Runs the checks of every node, in document order as Langium does, but without a stream or a promise per node. */
    protected override async validateAstNodes(rootNode: AstNode, options: ValidationOptions, acceptor: ValidationAcceptor, cancelToken = CancellationToken.None): Promise<void> {
        const checksOf = this.registry.checksByType(options.categories);
        const stack: AstNode[] = [rootNode];
        let visited = 0;
        while (stack.length > 0) {
            const node = stack.pop()!;
            const { validateNode, validateChildren } = this.validateSingleNodeOptions(node, options);
            if (validateNode) {
                const checks = checksOf(node.$type);
                for (let index = 0; index < checks.length; index++) {
                    const result = checks[index](node, acceptor, cancelToken);
                    if (result) {
                        await result;
                    }
                }
            }
            if (validateChildren) {
                pushChildNodes(node, stack);
            }
            if (++visited % NODES_BETWEEN_INTERRUPTS === 0) {
                await interruptAndCheck(cancelToken);
            }
        }
    }

    /** A finding placed on a property gets that property's range, found with the cached grammar lookups. */
    protected override toDiagnostic<N extends AstNode>(severity: ValidationSeverity, message: string, info: DiagnosticInfo<N, string>): Diagnostic {
        if (info.range === undefined && typeof info.property === 'string') {
            const range = propertyNode(info.node.$cstNode, info.property, info.index)?.range;
            if (range) {
                return super.toDiagnostic(severity, message, { ...info, range });
            }
        }
        return super.toDiagnostic(severity, message, info);
    }

    /**
     * Langium's findings (lexing, parsing, linking) and the checks' findings, as Langium's
     * DefaultDocumentValidator.validateDocument gathers them, without its spread.
     */
    private async langiumFindings(document: LangiumDocument, options: ValidationOptions, cancelToken: CancellationToken): Promise<Diagnostic[]> {
        const parseResult = document.parseResult;
        const found: Diagnostic[] = [];
        await interruptAndCheck(cancelToken);
        if (!options.categories || options.categories.includes('built-in')) {
            const stopsAt = (code: string) => found.some(d => (d.data as { code?: unknown } | undefined)?.code === code);
            this.processLexingErrors(parseResult, found, options);
            if (options.stopAfterLexingErrors && stopsAt(DocumentValidator.LexingError)) {
                return found;
            }
            this.processParsingErrors(parseResult, found, options);
            if (options.stopAfterParsingErrors && stopsAt(DocumentValidator.ParsingError)) {
                return found;
            }
            this.processLinkingErrors(document, found, options);
            if (options.stopAfterLinkingErrors && stopsAt(DocumentValidator.LinkingError)) {
                return found;
            }
        }
        try {
            pushAll(found, await this.validateAst(parseResult.value, options, cancelToken));
        } catch (error) {
            if (isOperationCancelled(error)) {
                throw error;
            }
            console.error('An error occurred during validation:', error);
        }
        await interruptAndCheck(cancelToken);
        return found;
    }

    override async validateDocument(document: LangiumDocument, options: ValidationOptions = {}, cancelToken = CancellationToken.None): Promise<Diagnostic[]> {
        await this.importTargets.prepare(document);
        const found = await this.langiumFindings(document, options, cancelToken);
        const suppressions = readSuppressions(document.textDocument.getText());
        for (const { rule, check } of DOCUMENT_CHECKS) {
            for (const finding of check({ document, found, suppressions })) {
                found.push({ ...finding, severity: DiagnosticSeverity.Error, code: rule, data: { code: rule }, source: this.getSource() });
            }
        }
        const config = this.configProvider.configFor(document.uri);
        const diagnostics: Diagnostic[] = [];
        for (const diagnostic of found) {
            const code = (diagnostic.data as { code?: unknown } | undefined)?.code ?? diagnostic.code;
            const rule = ruleOfCode(typeof code === 'string' ? code : undefined);
            if (!rule) {
                diagnostics.push(diagnostic);
                continue;
            }
            const severity = config.severities[rule];
            if (severity === 'off' || isSuppressed(suppressions, rule, diagnostic.range.start.line)) {
                continue;
            }
            diagnostic.code = rule;
            diagnostic.codeDescription = { href: ruleDocsUrl(rule) };
            diagnostic.severity = LSP_SEVERITY[severity];
            diagnostic.data = { ...(diagnostic.data as object | undefined), code: rule };
            diagnostics.push(diagnostic);
        }
        return this.baselines.apply(document.uri, limitSyntaxErrors(diagnostics));
    }
}
