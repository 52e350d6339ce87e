/**
 * Where each rule is documented: the generated rule page, one anchor per rule id. Used
 * for the diagnostics' `codeDescription` in the editor and for SARIF `helpUri`s.
 */
export const RULE_DOCS_URL = 'https://github.com/smart-plan/smart-plan/blob/main/packages/cli/docs/rules.md';

export function ruleDocsUrl(ruleId: string): string {
    return `${RULE_DOCS_URL}#${ruleId}`;
}
