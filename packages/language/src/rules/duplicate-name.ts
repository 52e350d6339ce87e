/**
 * `duplicate-name`: one namespace per file for all top-level kinds; need names per avatar;
 * step names per journey; a local name colliding with an imported one; the same name
 * exported by two imported files.
 */
import type { AstNode } from 'langium';
import { importTarget } from '../references/imports.js';
import { describeElement } from './support/describe.js';
import { createRule, type Report } from './support/rule.js';

type Named = AstNode & { name: string };

function checkUnique(elements: Named[], scope: string, report: Report): void {
    const first = new Map<string, Named>();
    for (const element of elements) {
        if (!element.name) {
            continue;
        }
        const earlier = first.get(element.name);
        if (earlier) {
            const line = (earlier.$cstNode?.range.start.line ?? 0) + 1;
            report(`The name '${element.name}' is already used ${scope} by the ${describeElement(earlier)} on line ${line}: rename one of them.`,
                { node: element, property: 'name' });
        } else {
            first.set(element.name, element);
        }
    }
}

export default createRule({
    meta: {
        id: 'duplicate-name', severity: 'error',
        summary: 'A name is declared twice in one scope, or collides with an imported name.',
        fix: 'Rename one of the two declarations.',
        example: `person john "John Hackett"
person john "John Smith"`
    },
    create: services => {
        const indexManager = services.shared.workspace.IndexManager;
        return {
            PlanFile: (file, report, context) => {
                const named = file.declarations.filter((d): d is typeof d & Named => 'name' in d && typeof d.name === 'string');
                checkUnique(named, 'in this file', report);
                if (file.imports.length === 0) {
                    return;
                }
                const local = new Map(named.map(element => [element.name, element]));
                const document = context.document;
                /** Per imported name: the file it came from first (one file under two spellings is one file) and the path written. */
                const importedBy = new Map<string, { uri: string; path: string }>();
                for (const imp of file.imports) {
                    if (imp.path === undefined) {
                        continue; // `import` without its path: a syntax error, reported as such
                    }
                    const uri = importTarget(document, imp).toString();
                    if (uri === document.uri.toString()) {
                        continue;
                    }
                    const reported = new Set<string>();
                    for (const description of indexManager.allElements(undefined, new Set([uri]))) {
                        const name = description.name;
                        if (name.includes('.') || reported.has(name)) {
                            continue;
                        }
                        reported.add(name);
                        const clash = local.get(name);
                        if (clash) {
                            report(`The ${describeElement(clash)} collides with '${name}' imported from "${imp.path}": rename one of them.`,
                                { node: clash, property: 'name' });
                        }
                        const otherImport = importedBy.get(name);
                        if (otherImport !== undefined && otherImport.uri !== uri) {
                            report(`'${name}' is declared by both "${otherImport.path}" and "${imp.path}": rename it in one of them.`,
                                { node: imp, property: 'path' });
                        } else if (otherImport === undefined) {
                            importedBy.set(name, { uri, path: imp.path });
                        }
                    }
                }
            },
            Avatar: (avatar, report) => checkUnique(avatar.needs, `for a need of avatar '${avatar.name}'`, report),
            Journey: (journey, report) => checkUnique(journey.steps, `for a step of journey '${journey.name}'`, report)
        };
    }
});
