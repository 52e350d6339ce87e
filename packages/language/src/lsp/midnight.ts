/**
 * "Today" moves at midnight: a language server left running overnight checks every plan
 * again just after each local midnight, so statuses (missed, behind, overdue) are today's
 * without waiting for an edit. (The configuration resolves "today" again as soon as the day
 * changes, so an edit after midnight sees the new day even where a timer fires late, as
 * after a laptop's sleep.) Under Node the timer never keeps the process alive; in a web
 * worker a timer has no such hold to drop.
 */
import { untilNextMidnight } from '../common/dates.js';

export function revalidateEveryMidnight(revalidate: () => Promise<void>): void {
    const schedule = () => {
        const timer: unknown = setTimeout(() => {
            revalidate().catch(error => console.error('smart: checking plans again at midnight failed:', error)).finally(schedule);
        }, untilNextMidnight() + 1_000);
        (timer as { unref?: () => void }).unref?.();
    };
    schedule();
}
