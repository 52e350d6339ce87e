/**
 * Langium's document factory with a safety net: no single plan can stop the builder. A
 * parse that throws, or a plan whose text cannot be read any more (deleted, replaced by a
 * FIFO), becomes an empty plan with one syntax error saying so, and the shared parser is
 * reset. Before, the exception left the document unparsed; every later build met it again
 * and threw, so that plan and every plan opened after it got no diagnostics.
 */
import { DefaultLangiumDocumentFactory, DocumentState, isOperationCancelled, type AstNode, type LangiumDocument, type ParseResult, type ParserOptions, type URI } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import { resetParser } from '../parser/smart-parser.js';

/** What a plan that could not be parsed or read is: nothing, and one error at its start. */
function failedParse<T extends AstNode>(message: string): ParseResult<T> {
    return {
        value: { $type: 'PlanFile', imports: [], declarations: [] } as unknown as T,
        lexerErrors: [{ offset: 0, length: 0, line: 1, column: 1, message }],
        parserErrors: []
    };
}

function reason(error: unknown): string {
    return error instanceof Error ? error.message.split('\n')[0] : String(error);
}

export class SmartLangiumDocumentFactory extends DefaultLangiumDocumentFactory {
    protected override parse<T extends AstNode>(uri: URI, text: string, options?: ParserOptions): ParseResult<T> {
        try {
            return super.parse<T>(uri, text, options);
        } catch (error) {
            return this.parseFailed<T>(uri, error);
        }
    }

    protected override async parseAsync<T extends AstNode>(uri: URI, text: string, cancellationToken: CancellationToken): Promise<ParseResult<T>> {
        try {
            return await super.parseAsync<T>(uri, text, cancellationToken);
        } catch (error) {
            if (isOperationCancelled(error)) {
                throw error;
            }
            return this.parseFailed<T>(uri, error);
        }
    }

    override async update<T extends AstNode = AstNode>(document: LangiumDocument<T>, cancellationToken: CancellationToken): Promise<LangiumDocument<T>> {
        try {
            return await super.update(document, cancellationToken);
        } catch (error) {
            if (isOperationCancelled(error)) {
                throw error;
            }
            const updated = document as { parseResult: ParseResult<T>; state: DocumentState };
            updated.parseResult = failedParse<T>(`This plan could not be read (${reason(error)}); it is checked again when it changes.`);
            (updated.parseResult.value as { $document?: LangiumDocument }).$document = document;
            updated.state = DocumentState.Parsed;
            return document;
        }
    }

    private parseFailed<T extends AstNode>(uri: URI, error: unknown): ParseResult<T> {
        resetParser(this.serviceRegistry.getServices(uri).parser.LangiumParser);
        return failedParse<T>(`This plan could not be parsed (${reason(error)}): please report it, with the plan if you can.`);
    }
}
