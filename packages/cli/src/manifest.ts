/**
 * Facts about smart itself that its outputs cite: the CLI's version (from
 * packages/cli/package.json). The repository and rule-page addresses live with the rule
 * catalogue (rule-docs-url.ts in the language package), shared with the editor.
 */
import { readFileSync } from 'node:fs';

/** The CLI's version, as `smart --version` prints it. */
export function cliVersion(): string {
    const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version?: string };
    return manifest.version ?? '0.0.0';
}
