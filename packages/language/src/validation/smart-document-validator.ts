/**
 * Turns every finding on a plan into a diagnostic the user sees, in one place:
 * Langium's syntax and linking errors get the rule ids `syntax-error` and
 * `unresolved-reference`; configured severities apply (`off` drops a rule); suppression
 * comments silence rules; a suppression naming an unknown rule is reported; and a NUL
 * character inside a quoted text or a comment is a syntax error too. Syntax errors are
 * capped (syntax-error-limit.ts). The syntax tree is walked once with a plain stack and
 * the checks of each node run synchronously (SmartValidationRegistry): on a large plan,
 * Langium's per-node streams and promises cost as much as our rules themselves.
 */
import type { AstNode, DiagnosticInfo, LangiumDocument, ValidationAcceptor, ValidationOptions, ValidationSeverity } from 'langium';
import { DefaultDocumentValidator, DocumentValidator, interruptAndCheck } from 'langium';
import { CancellationToken, DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { SmartServices } from '../smart-module.js';
import { propertyNode } from '../parser/property-nodes.js';
import type { SmartConfigProvider } from '../workspace/config-provider.js';
import { pushChildNodes } from '../parser/ast-walk.js';
import { isRuleId, ruleMetadata, type ConfiguredSeverity } from './rule-catalogue.js';
import { ruleDocsUrl } from './rule-docs-url.js';
import { isSuppressed, readSuppressions } from './suppressions.js';
import { nulCharacterDiagnostics } from './nul-characters.js';
import { limitSyntaxErrors } from './syntax-error-limit.js';
import type { SmartValidationRegistry } from './smart-validation-registry.js';

const LSP_SEVERITY: Record<Exclude<ConfiguredSeverity, 'off'>, DiagnosticSeverity> = {
    error: DiagnosticSeverity.Error,
    warning: DiagnosticSeverity.Warning,
    info: DiagnosticSeverity.Information
};

/** How many nodes are checked between two looks at cancellation (and turns for other requests). */
const NODES_BETWEEN_INTERRUPTS = 500;

export class SmartDocumentValidator extends DefaultDocumentValidator {
    private readonly configProvider: SmartConfigProvider;
    private readonly registry: SmartValidationRegistry;

    constructor(services: SmartServices) {
        super(services);
        this.configProvider = services.config.ConfigProvider;
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

    override async validateDocument(document: LangiumDocument, options: ValidationOptions = {}, cancelToken?: CancellationToken): Promise<Diagnostic[]> {
        const found = await super.validateDocument(document, options, cancelToken);
        found.push(...nulCharacterDiagnostics(document, found, this.getSource()));
        const config = this.configProvider.configFor(document.uri);
        const suppressions = readSuppressions(document.textDocument.getText());
        const diagnostics: Diagnostic[] = [];
        for (const diagnostic of found) {
            const rule = ruleOf(diagnostic);
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
        const unknownSeverity = config.severities['unknown-suppression'];
        if (unknownSeverity !== 'off') {
            for (const { name, range } of suppressions.unknown) {
                diagnostics.push({
                    range: { start: { line: range.line, character: range.character }, end: { line: range.line, character: range.character + range.length } },
                    severity: LSP_SEVERITY[unknownSeverity],
                    code: 'unknown-suppression',
                    codeDescription: { href: ruleDocsUrl('unknown-suppression') },
                    data: { code: 'unknown-suppression' },
                    source: this.getSource(),
                    message: `Unknown rule '${name}' in a suppression comment: it silences nothing. ${ruleMetadata('unknown-suppression').fix}`
                });
            }
        }
        return limitSyntaxErrors(diagnostics);
    }
}

/** The rule a diagnostic belongs to: our own rule ids, or Langium's built-in codes mapped to ours. */
function ruleOf(diagnostic: Diagnostic): ReturnType<typeof toRule> {
    const code = (diagnostic.data as { code?: unknown } | undefined)?.code ?? diagnostic.code;
    return toRule(typeof code === 'string' ? code : undefined);
}

function toRule(code: string | undefined) {
    switch (code) {
        case DocumentValidator.LexingError:
        case DocumentValidator.ParsingError:
            return 'syntax-error' as const;
        case DocumentValidator.LinkingError:
            return 'unresolved-reference' as const;
        default:
            return code !== undefined && isRuleId(code) ? code : undefined;
    }
}
