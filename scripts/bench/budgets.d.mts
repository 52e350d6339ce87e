// Types of budgets.mjs, for the TypeScript tests that read the figure list.
export interface Budget {
    max?: number;
    min?: number;
    p95Max?: number;
}

export interface Figure {
    id: string;
    unit: string;
    budget?: Budget;
    label: (lines: Record<string, string>) => string;
}

export type Verdict = 'pass' | 'fail' | 'info' | 'not-available' | 'unjudged';

export declare const FIGURES: Figure[];
export declare const FIGURE_IDS: string[];
export declare function verdict(figure: Figure, value: number | null | undefined, p95: number | undefined, judge: boolean): Verdict;
export declare function describeBudget(figure: Figure): string;
export declare function formatNumber(value: number): string;
