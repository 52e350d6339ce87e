/**
 * Langium's document factory with a safety net: no single plan can stop the builder. A
 * parse that throws, or a plan whose text cannot be read any more (deleted, replaced by a
 * FIFO), becomes an empty plan with one syntax error saying so, and the shared parser is
 * reset. Before, the exception left the document unparsed; every later build met it again
 * and threw, so that plan and every plan opened after it got no diagnostics.
 *
 * And a bound for the language server (`liveLimit`, unset in the CLI): a plan longer than
 * that is not parsed at all, but shown with one error saying to check it with `smart lint`.
 * Parsing, indexing and the editor's requests on a plan are work the server cannot
 * interrupt, and a 5 MB plan kept it from answering anything for seconds.
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

/** The language server's bound on a plan's length it checks as it is typed (in characters, about bytes). */
export const MAX_LIVE_PLAN_LENGTH = 2 * 1024 * 1024;

export class SmartLangiumDocumentFactory extends DefaultLangiumDocumentFactory {
    /** Plans longer than this are not parsed (the language server sets it; see the module comment). */
    liveLimit: number | undefined;

    protected override parse<T extends AstNode>(uri: URI, text: string, options?: ParserOptions): ParseResult<T> {
        const tooLong = this.tooLong<T>(text);
        if (tooLong) {
            return tooLong;
        }
        try {
            return super.parse<T>(uri, text, options);
        } catch (error) {
            return this.parseFailed<T>(uri, error);
        }
    }

    protected override async parseAsync<T extends AstNode>(uri: URI, text: string, cancellationToken: CancellationToken): Promise<ParseResult<T>> {
        const tooLong = this.tooLong<T>(text);
        if (tooLong) {
            return tooLong;
        }
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

    private tooLong<T extends AstNode>(text: string): ParseResult<T> | undefined {
        if (this.liveLimit === undefined || text.length <= this.liveLimit) {
            return undefined;
        }
        const size = (length: number) => `${(length / 1024 / 1024).toFixed(1)} MB`;
        return failedParse<T>(`This plan is ${size(text.length)}, more than the editor checks as you type (${size(this.liveLimit)}): check it with smart lint.`);
    }

    private parseFailed<T extends AstNode>(uri: URI, error: unknown): ParseResult<T> {
        resetParser(this.serviceRegistry.getServices(uri).parser.LangiumParser);
        return failedParse<T>(`This plan could not be parsed (${reason(error)}): please report it, with the plan if you can.`);
    }
}
