/**
 * Langium's validation registry, made cheap to call once per syntax node: checks run
 * synchronously (Langium wraps each in two async functions, a promise or three per node
 * and check), and the checks of a node type are looked up once, as a plain array, instead
 * of a new stream per node. A check that throws is reported the way Langium reports it;
 * a check that returns a promise still works (the validator awaits it).
 */
import { ValidationRegistry, isOperationCancelled, type AstNode, type ValidationAcceptor, type ValidationCategory, type ValidationCheck } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';

export class SmartValidationRegistry extends ValidationRegistry {
    /** Per set of validation categories: the checks of each node type. */
    private readonly checksByCategories = new Map<string, ChecksByType>();

    protected override wrapValidationException(check: ValidationCheck, thisObj: unknown): ValidationCheck {
        return (node: AstNode, accept: ValidationAcceptor, cancelToken: CancellationToken) => {
            try {
                const result = check.call(thisObj, node, accept, cancelToken);
                if (result instanceof Promise) {
                    return result.catch(error => this.reportCheckFailure(error, accept, node));
                }
            } catch (error) {
                this.reportCheckFailure(error, accept, node);
            }
            return undefined;
        };
    }

    /** Langium's handling of a failing check: cancellation propagates, anything else becomes an error on the node. */
    reportCheckFailure(error: unknown, accept: ValidationAcceptor, node: AstNode): void {
        if (isOperationCancelled(error)) {
            throw error;
        }
        // handleException reports synchronously when the function throws synchronously;
        // if reporting itself fails, say so on the console rather than leave a rejection.
        this.handleException(() => {
            throw error;
        }, 'An error occurred during validation', accept, node).catch(failure => console.error('An error occurred while reporting a validation error:', failure));
    }

    protected override addEntry(type: string, entry: Parameters<ValidationRegistry['addEntry']>[1]): void {
        this.checksByCategories.clear();
        super.addEntry(type, entry);
    }

    /**
     * The checks of each node type for a set of categories (all without one): a table made
     * once per set of categories, read once per node.
     */
    checksByType(categories?: ValidationCategory[]): ChecksByType {
        const key = categories ? [...categories].sort().join(',') : '*';
        let table = this.checksByCategories.get(key);
        if (!table) {
            const checks = new Map<string, readonly ValidationCheck[]>();
            table = type => {
                let found = checks.get(type);
                if (!found) {
                    found = this.getChecks(type, categories).toArray();
                    checks.set(type, found);
                }
                return found;
            };
            this.checksByCategories.set(key, table);
        }
        return table;
    }
}

/** The checks to run on a node of a type. */
export type ChecksByType = (type: string) => readonly ValidationCheck[];
