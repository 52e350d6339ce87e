/**
 * `dated-in-future`: a check-in or a review dated after today does not count until then
 * (language.md: the actual is the latest check-in on or before today). Usually a typo in
 * the year; the quick fix offers the same date in the year that puts it inside the plan
 * period, on or before today.
 */
import { AstUtils } from 'langium';
import { formatDay, parseDate, toDay } from '../common/dates.js';
import * as ast from '../generated/ast.js';
import { fixOf } from './support/fix-support.js';
import { createRule } from './support/rule.js';

export default createRule({
    meta: {
        id: 'dated-in-future', severity: 'info',
        summary: 'A check-in or a review is dated after today: it does not count until then (a typo in the year is the usual cause).',
        fix: 'Correct the date (often the year), or wait: it counts from that day on.',
        example: `plan "Acme 2027" {
    period 2027-01-01 to 2027-12-31
    review every 1 month
}
review 2028-03-01 "March review" { }`
    },
    create: () => ({
        Checkin: (checkin, report, context) => {
            const day = toDay(checkin.date, 'end');
            if (day !== undefined && day > context.config.today) {
                report(`This check-in is dated ${checkin.date}, after today (${formatDay(context.config.today)}): its values do not count until then.${typoHint(checkin.date, context.model.header?.period, context.config.today)}`,
                    { node: checkin, property: 'date' });
            }
        },
        Review: (review, report, context) => {
            const day = toDay(review.date, 'end');
            if (day !== undefined && day > context.config.today) {
                report(`The review "${review.title}" is dated ${review.date}, after today (${formatDay(context.config.today)}): it does not count as held until then.${typoHint(review.date, context.model.header?.period, context.config.today)}`,
                    { node: review, property: 'date' });
            }
        }
    }),
    quickFixes: ({ services, document, diagnostic, node }) => {
        const dated = AstUtils.getContainerOfType(node, (n): n is ast.Checkin | ast.Review => ast.isCheckin(n) || ast.isReview(n));
        if (!dated?.date) {
            return [];
        }
        const period = (document.parseResult.value as ast.PlanFile).header?.period[0];
        const today = services.config.ConfigProvider.configFor(document.uri).today;
        const meant = meantDate(dated.date, period && { start: toDay(period.start, 'start'), end: toDay(period.end, 'end') }, today);
        // The diagnostic covers the date as written.
        return meant ? fixOf(`Did you mean ${meant}?`, { range: diagnostic.range, newText: meant }) : [];
    }
});

/** ` Did you mean 2027-04-10?` when another year puts the date inside the plan period. */
function typoHint(date: string, period: { start: { day?: number }; end: { day?: number } } | undefined, today: number): string {
    const meant = meantDate(date, period && { start: period.start.day, end: period.end.day }, today);
    return meant ? ` Did you mean ${meant}?` : '';
}

/**
 * The same date in another year, inside the plan period and on or before today: the
 * latest such year (the one nearest today). Undefined without a period, or when none fits.
 */
export function meantDate(date: string, period: { start?: number; end?: number } | undefined, today: number): string | undefined {
    const match = /^(\d{4})(-.*)$/.exec(date);
    if (!match || period?.start === undefined || period.end === undefined) {
        return undefined;
    }
    const [, yearText, rest] = match;
    const firstYear = new Date(period.start * 86_400_000).getUTCFullYear();
    const lastYear = new Date(Math.min(period.end, today) * 86_400_000).getUTCFullYear();
    for (let year = lastYear; year >= firstYear; year--) {
        if (String(year) === yearText) {
            continue;
        }
        const candidate = `${String(year).padStart(4, '0')}${rest}`;
        const parsed = parseDate(candidate, 'end');
        if (parsed.ok && parsed.day >= period.start && parsed.day <= period.end && parsed.day <= today) {
            return candidate;
        }
    }
    return undefined;
}
