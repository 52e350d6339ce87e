/**
 * Facts about smart itself that its outputs cite: the CLI's version (from
 * packages/cli/package.json) and the project's repository (the root package.json's
 * `repository.url`), and from it the address of each rule's documentation.
 */
import { readFileSync } from 'node:fs';

interface Manifest {
    version?: string;
    repository?: string | { url?: string };
}

function readManifest(url: URL): Manifest {
    return JSON.parse(readFileSync(url, 'utf8')) as Manifest;
}

/** The CLI's version, as `smart --version` prints it. */
export function cliVersion(): string {
    return readManifest(new URL('../package.json', import.meta.url)).version ?? '0.0.0';
}

/** The repository's web address, without `git+` or `.git`: https://github.com/OWNER/NAME. */
export function repositoryUrl(): string {
    const { repository } = readManifest(new URL('../../../package.json', import.meta.url));
    const url = typeof repository === 'string' ? repository : repository?.url;
    if (!url) {
        throw new Error("the root package.json has no 'repository.url'");
    }
    return url.replace(/^git\+/, '').replace(/\.git$/, '').replace(/\/+$/, '');
}

/** Where the rule documentation lives, relative to the repository root. */
export const RULE_DOCS_PATH = 'packages/cli/docs/rules.md';

/** The address of one rule's section of the rule documentation. */
export function ruleHelpUri(ruleId: string, repository = repositoryUrl()): string {
    return `${repository}/blob/main/${RULE_DOCS_PATH}#${ruleId}`;
}
