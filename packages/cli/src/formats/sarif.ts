/**
 * `--format sarif`: a SARIF 2.1.0 log for GitHub code scanning and other SARIF viewers.
 * One run; `tool.driver` lists every rule of the catalogue (descriptions, help with an
 * example, a link to the rule's section of docs/rules.md, default level, SMART letter);
 * each result points at its plan by a URI relative to the current directory (the
 * repository root in CI) and a 1-based region whose end column is exclusive.
 */
import { pathToFileURL } from 'node:url';
import { LETTER_NAMES, REPOSITORY_URL, RULES, ruleDocsUrl, type RuleMetadata, type Severity } from '@smart-plan/language';
import type { FileDiagnostics, PlanDiagnostic } from '../diagnostics.js';
import { cliVersion } from '../manifest.js';
import { letterLabel, smartCodeBlock } from '../rule-docs.js';
import { relativePath } from './paths.js';

export interface SarifTool {
    version: string;
    /** The project's web address; rule help links point into its docs/rules.md. */
    repositoryUrl: string;
}

const LEVELS: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** The base the relative artifact URIs resolve against, as CodeQL names it. */
const SRCROOT = '%SRCROOT%';

export function formatSarif(files: FileDiagnostics[], cwd: string, tool: SarifTool = { version: cliVersion(), repositoryUrl: REPOSITORY_URL }): string {
    const ruleIndex = new Map<string, number>(RULES.map((rule, index) => [rule.id, index]));
    const log = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [{
            tool: {
                driver: {
                    name: 'smart',
                    semanticVersion: tool.version,
                    version: tool.version,
                    informationUri: tool.repositoryUrl,
                    rules: RULES.map(rule => sarifRule(rule, tool.repositoryUrl))
                }
            },
            originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(cwd) } },
            columnKind: 'utf16CodeUnits',
            results: files.flatMap(file => file.diagnostics.map(diagnostic => sarifResult(diagnostic, file.path, cwd, ruleIndex.get(diagnostic.rule))))
        }]
    };
    return JSON.stringify(log, null, 2) + '\n';
}

function sarifRule(rule: RuleMetadata, repository: string) {
    const helpUri = ruleDocsUrl(rule.id, repository);
    return {
        id: rule.id,
        name: rule.id.replace(/(^|-)([a-z])/g, (_, _dash: string, letter: string) => letter.toUpperCase()),
        shortDescription: { text: rule.summary },
        fullDescription: { text: `${rule.summary} SMART letter: ${letterLabel(rule)}.` },
        help: {
            text: `${rule.fix}\n\nExample that triggers it:\n\n${rule.example}\n\nSee ${helpUri}`,
            markdown: `**How to fix:** ${rule.fix}\n\n**Example that triggers it:**\n\n${smartCodeBlock(rule.example)}\n\n[Rule documentation](${helpUri})`
        },
        helpUri,
        defaultConfiguration: { level: LEVELS[rule.severity] },
        properties: {
            smartLetter: rule.letter ?? null,
            tags: ['smart-plan', ...(rule.letter ? [LETTER_NAMES[rule.letter].toLowerCase()] : [])]
        }
    };
}

function sarifResult(diagnostic: PlanDiagnostic, path: string, cwd: string, ruleIndex: number | undefined) {
    const { start, end } = diagnostic.range;
    return {
        ruleId: diagnostic.rule,
        ...(ruleIndex === undefined ? {} : { ruleIndex }),
        level: LEVELS[diagnostic.severity],
        message: { text: diagnostic.message },
        locations: [{
            physicalLocation: {
                artifactLocation: artifactLocation(path, cwd),
                region: { startLine: start.line + 1, startColumn: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 }
            }
        }]
    };
}

/** Inside the current directory: a relative URI; elsewhere: an absolute file URI. */
function artifactLocation(path: string, cwd: string): { uri: string; uriBaseId?: string } {
    const relative = relativePath(path, cwd);
    if (relative.startsWith('../') || /^[a-zA-Z]:|^\//.test(relative)) {
        return { uri: pathToFileURL(path).href };
    }
    return { uri: relative.split('/').map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

function directoryUri(directory: string): string {
    const href = pathToFileURL(directory).href;
    return href.endsWith('/') ? href : `${href}/`;
}
