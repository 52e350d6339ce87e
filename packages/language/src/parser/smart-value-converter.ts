/**
 * Reads string literals the way language.md says: one line, the only escapes are `\"`
 * and `\\`, and any other backslash is kept as written (`"C:\plans"` stays `C:\plans`).
 */
import { DefaultValueConverter, type CstNode, type GrammarAST, type ValueType } from 'langium';

export function unescapeString(literal: string): string {
    return literal.slice(1, -1).replace(/\\(["\\])/g, '$1');
}

export class SmartValueConverter extends DefaultValueConverter {
    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        if (rule.name === 'STRING') {
            return unescapeString(input);
        }
        return super.runConverter(rule, input, cstNode);
    }
}
