/**
 * Check-in entries written in the file, compared by goal and date and reported on the goal
 * they measure (declared here or imported): an entry added, removed or changed. Entries of
 * a goal added or removed with the file's change are part of that change, not reported.
 */
import { pushAll } from '../../common/collections.js';
import type { CheckinFacts, DatedFact, PlanFacts } from '../plan-facts.js';
import type { ElementGroup } from './match.js';
import { DIFF_ELEMENT_KINDS, type FieldChange } from './types.js';
import { dayKey, quote, valueText } from './values.js';

type CheckinEntryFacts = CheckinFacts['entries'][number] & DatedFact;

/** Adds the check-in changes to their goals' groups, or as goal groups of their own after the goals. */
export function attachCheckinChanges(groups: ElementGroup[], before: PlanFacts, after: PlanFacts): void {
    const [olds, news] = [checkinsByGoal(before.checkins), checkinsByGoal(after.checkins)];
    const standalone: ElementGroup[] = [];
    for (const goal of new Set([...news.keys(), ...olds.keys()])) {
        const group = groups.find(g => g.kind === 'goal' && g.name === goal);
        if (group && !group.matched) {
            continue;
        }
        const changes = checkinChanges(olds.get(goal) ?? new Map(), news.get(goal) ?? new Map())
            .map(field => ({ kind: 'goal' as const, name: goal, element: goal, change: 'changed' as const, ...field }));
        if (changes.length === 0) {
            continue;
        }
        if (group) {
            pushAll(group.changes, changes);
        } else {
            standalone.push({ kind: 'goal', name: goal, matched: true, changes });
        }
    }
    const afterGoals = groups.findIndex(g => DIFF_ELEMENT_KINDS.indexOf(g.kind) > DIFF_ELEMENT_KINDS.indexOf('goal'));
    const later = groups.splice(afterGoals < 0 ? groups.length : afterGoals);
    pushAll(pushAll(groups, standalone), later);
}

function checkinsByGoal(checkins: CheckinFacts[]): Map<string, Map<string, CheckinEntryFacts>> {
    const byGoal = new Map<string, Map<string, CheckinEntryFacts>>();
    for (const checkin of [...checkins].sort((a, b) => (a.day ?? Infinity) - (b.day ?? Infinity))) {
        for (const entry of checkin.entries) {
            const entries = byGoal.get(entry.goal) ?? new Map<string, CheckinEntryFacts>();
            const key = dayKey(checkin);
            if (!entries.has(key)) { // the same goal twice on one date is `duplicate-checkin`
                entries.set(key, { ...entry, date: checkin.date, day: checkin.day });
            }
            byGoal.set(entry.goal, entries);
        }
    }
    return byGoal;
}

function checkinChanges(before: Map<string, CheckinEntryFacts>, after: Map<string, CheckinEntryFacts>): FieldChange[] {
    const changes: FieldChange[] = [];
    for (const [key, entry] of after) {
        const previous = before.get(key);
        if (!previous) {
            changes.push({ field: 'checkin', new: checkinText(entry), class: 'neutral', detail: `check-in ${entry.date} added: ${measurementText(entry)}` });
        } else if (checkinText(previous) !== checkinText(entry)) {
            changes.push({
                field: 'checkin', old: checkinText(previous), new: checkinText(entry), class: 'neutral',
                detail: `check-in ${entry.date} changed: ${measurementText(previous)} → ${measurementText(entry)}`
            });
        }
    }
    for (const [key, entry] of before) {
        if (!after.has(key)) {
            changes.push({ field: 'checkin', old: checkinText(entry), class: 'neutral', detail: `check-in ${entry.date} removed: ${measurementText(entry)}` });
        }
    }
    return changes;
}

/** A check-in entry as written in its block: `166 confidence high "note"`. */
function measurementText(entry: CheckinEntryFacts): string {
    return [valueText(entry), entry.confidence && `confidence ${entry.confidence}`, entry.note !== undefined && quote(entry.note)].filter(Boolean).join(' ');
}

/** The entry with its check-in's date: `2027-03-12 166 confidence high`. */
function checkinText(entry: CheckinEntryFacts): string {
    return `${entry.date} ${measurementText(entry)}`;
}
