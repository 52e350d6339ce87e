/**
 * The benchmark's outputs: the figures judged against their budgets, printed as Markdown
 * tables (they paste into the README as they are) and written as JSON for CI and tests.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { describeBudget, FIGURES, formatNumber, verdict } from './budgets.mjs';

const MARK = { pass: 'pass', fail: '**FAIL**', info: '', 'not-available': '', unjudged: 'quick: not judged' };

/**
 * @param {Record<string, { median: number | null, p95?: number, samples?: number[], note?: string }>} measured
 * @param {Record<string, string>} lineLabels  what each corpus is, for the labels
 * @param {boolean} judge  whether times are judged (not in quick mode)
 */
export function judgeFigures(measured, lineLabels, judge) {
    return Object.fromEntries(FIGURES.map(figure => {
        const value = measured[figure.id];
        if (!value) {
            throw new Error(`figure ${figure.id} was not measured`);
        }
        return [figure.id, {
            label: figure.label(lineLabels),
            unit: figure.unit,
            median: value.median,
            ...(value.p95 !== undefined ? { p95: value.p95 } : {}),
            budget: figure.budget ?? null,
            status: verdict(figure, value.median, value.p95, judge),
            ...(value.note ? { note: value.note } : {}),
            ...(value.samples ? { samples: value.samples.map(round) } : {})
        }];
    }));
}

export function figuresTable(figures) {
    const rows = FIGURES.map(figure => {
        const result = figures[figure.id];
        const value = result.median === null ? result.note ?? 'not available' : withUnit(result.median, figure.unit);
        const p95 = result.p95 !== undefined && result.median !== null ? withUnit(result.p95, figure.unit) : '';
        return `| ${result.label} | ${value} | ${p95} | ${describeBudget(figure)} | ${MARK[result.status]} |`;
    });
    return ['| figure | median | p95 | budget | verdict |', '|---|---:|---:|---|---|', ...rows].join('\n');
}

export function phasesTable(corpora) {
    const rows = Object.entries(corpora).filter(([, corpus]) => corpus.lintMs !== undefined).map(([id, corpus]) => {
        const phases = corpus.phases;
        const split = phases
            ? [`${formatNumber(phases.parse)} ms`, `${formatNumber(phases.link)} ms`, `${formatNumber(phases.validation)} ms`, `${phases.ratio.toFixed(2)}×`,
                phases.gc ? `${formatNumber(phases.gc.parse)} / ${formatNumber(phases.gc.link)} / ${formatNumber(phases.gc.validation)} ms` : '']
            : ['', '', '', '', ''];
        return `| ${id} | ${corpus.lines.toLocaleString('en-US')} | ${corpus.files} | ${formatNumber(corpus.lintMs)} ms | ${formatNumber(corpus.linesPerSecond)} | ${split.join(' | ')} |`;
    });
    return [
        '| corpus | lines | files | `smart lint` in process | lines/s | parse | link | our validation | validation ÷ (parse + link) | of which GC pauses: parse / link / validation |',
        '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
        ...rows
    ].join('\n');
}

export function writeJson(file, result) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(result, null, 2) + '\n');
}

function withUnit(value, unit) {
    return unit === '×' ? `${value.toFixed(2)}×` : `${formatNumber(value)} ${unit}`;
}

function round(value) {
    return Math.round(value * 100) / 100;
}
