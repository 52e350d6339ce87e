/**
 * "Today" moves at midnight: a language server left running overnight checks every plan
 * again just after each local midnight, so statuses (missed, behind, overdue) are today's
 * without waiting for an edit. (The configuration resolves "today" again as soon as the day
 * changes, so an edit after midnight sees the new day even where a timer fires late, as
 * after a laptop's sleep.) The timer never keeps the process alive.
 */
import { untilNextMidnight } from '../common/dates.js';

export function revalidateEveryMidnight(revalidate: () => Promise<void>): void {
    const schedule = () => {
        setTimeout(() => {
            revalidate().catch(error => console.error('smart: checking plans again at midnight failed:', error)).finally(schedule);
        }, untilNextMidnight() + 1_000).unref();
    };
    schedule();
}
