/**
 * Code lens above each goal: `● on track · 150 / 400 (12%) · forecast 415 by 31 Dec 2027 · 3 aligned:
 * 2 on track, 1 behind · S M A R T` (the forecast and the roll-up when the goal has them). When
 * the client named a command for it at start-up (`initializationOptions.previewCommand`: the
 * VS Code extension's "open the preview at this goal"), clicking the lens runs it with the
 * document URI and the goal's line.
 */
import type { LangiumDocument } from 'langium';
import type { CodeLensProvider } from 'langium/lsp';
import type { CodeLens, CodeLensParams } from 'vscode-languageserver';
import { isGoal, type PlanFile } from '../generated/ast.js';
import type { SmartInitializationOptions } from '../protocol.js';
import type { SmartServices } from '../smart-module.js';
import { formatForecast, formatLetters, formatRollup } from '../common/format.js';
import { statusPhrase } from '../common/vocabulary.js';
import { forecastFigures, formatStanding, type PlanInsight } from '../plan/plan-insight.js';

export class SmartCodeLensProvider implements CodeLensProvider {
    private readonly insight: PlanInsight;

    /** The client's command for a click on the lens, if it named one. */
    private previewCommand: string | undefined;

    constructor(services: SmartServices) {
        this.insight = services.plan.PlanInsight;
        services.shared.lsp.LanguageServer.onInitialize(params => {
            const command = (params.initializationOptions as SmartInitializationOptions | undefined)?.previewCommand;
            this.previewCommand = typeof command === 'string' && command !== '' ? command : undefined;
        });
    }

    provideCodeLens(document: LangiumDocument, _params: CodeLensParams): CodeLens[] {
        const plan = document.parseResult.value as PlanFile;
        const lenses: CodeLens[] = [];
        for (const goal of plan.declarations.filter(isGoal)) {
            const insight = this.insight.goal(goal);
            const range = goal.$cstNode?.range;
            if (!insight || !range) {
                continue;
            }
            const forecast = formatForecast(forecastFigures(insight.facts, insight.forecast));
            const rollup = formatRollup(insight.rollup);
            const title = [statusPhrase(insight.progress.status), formatStanding(insight.facts, insight.progress), ...(forecast ? [forecast] : []), ...(rollup ? [rollup] : []), formatLetters(insight.letters)].join(' · ');
            const command = this.previewCommand
                ? { title, command: this.previewCommand, arguments: [document.uri.toString(), range.start.line] }
                : { title, command: '' };
            lenses.push({ range: { start: range.start, end: range.start }, command });
        }
        return lenses;
    }
}
