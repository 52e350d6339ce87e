/**
 * How rule messages write plan values: `400`, `12.5%`, `1,200,000` stays `1200000`
 * (as a plan would write it).
 */
export function formatValue(value: { value: number; percent: boolean }): string {
    return `${Math.round(value.value * 100) / 100}${value.percent ? '%' : ''}`;
}
