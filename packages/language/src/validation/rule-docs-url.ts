/**
 * Where each rule is documented: the generated rule page in the project's repository, one
 * anchor per rule id. Used for the diagnostics' `codeDescription` in the editor and for
 * SARIF `helpUri`s. A test keeps REPOSITORY_URL equal to the root package.json's.
 */
export const REPOSITORY_URL = 'https://github.com/smart-plan/smart-plan';

/** The rule page, relative to the repository root. */
export const RULE_DOCS_PATH = 'packages/cli/docs/rules.md';

/** The address of a rule's section of the rule page, in the project's repository (or another, for tests). */
export function ruleDocsUrl(ruleId: string, repository = REPOSITORY_URL): string {
    return `${repository}/blob/main/${RULE_DOCS_PATH}#${ruleId}`;
}
