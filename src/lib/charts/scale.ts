/**
 * Scales and ticks for charts drawn at build time: a value in data units to an x position in SVG
 * units. Ratios use a log scale, so that 0.5 and 2 sit the same distance either side of 1.
 */

/** A closed interval [low, high] in data units or in SVG units. */
export type Interval = readonly [number, number];

/** Maps data values to positions; `ticks` are the values worth labelling on the axis. */
export interface Scale {
	(value: number): number;
	domain: Interval;
	range: Interval;
	log: boolean;
	ticks: number[];
}

/** Removes floating-point dust (0.30000000000000004 becomes 0.3) so tick labels print cleanly. */
export const clean = (value: number): number => Number(value.toPrecision(12));

/** The 1-2-5 step nearest to span / count: 0.1, 0.2, 0.5, 1, 2, 5, 10 … */
export function niceStep(span: number, count: number): number {
	const raw = span / Math.max(1, count);
	const power = 10 ** Math.floor(Math.log10(raw));
	const step = [1, 2, 5, 10].find((m) => m * power >= raw) ?? 10;
	return clean(step * power);
}

/** Widens a linear domain outwards to whole steps, so the axis starts and ends on a tick. */
export function niceLinearDomain([low, high]: Interval, count = 5): Interval {
	if (low === high) return niceLinearDomain([low - 1, high + 1], count);
	const step = niceStep(high - low, count);
	return [clean(Math.floor(low / step) * step), clean(Math.ceil(high / step) * step)];
}

/** Evenly spaced ticks on 1-2-5 steps inside a linear domain. */
export function linearTicks([low, high]: Interval, count = 5): number[] {
	const step = niceStep(high - low, count);
	const ticks: number[] = [];
	for (let i = Math.ceil(low / step - 1e-9); i * step <= high + step * 1e-9; i++)
		ticks.push(clean(i * step));
	return ticks;
}

/** 1, 2 and 5 times each power of ten from the decade below `low` to the decade above `high`. */
function logSequence([low, high]: Interval): number[] {
	const values: number[] = [];
	for (let power = Math.floor(Math.log10(low)) - 1; power <= Math.ceil(Math.log10(high)); power++) {
		for (const m of [1, 2, 5]) values.push(clean(m * 10 ** power));
	}
	return values;
}

/** Widens a log domain outwards to the nearest 1-2-5 values (0.3 to 2.7 becomes 0.2 to 5). */
export function niceLogDomain([low, high]: Interval): Interval {
	if (!(low > 0 && high > 0))
		throw new RangeError(`a log scale needs a domain above 0, found [${low}, ${high}]`);
	const sequence = logSequence([low, high]);
	const from = sequence.filter((v) => v <= low * (1 + 1e-9)).at(-1) ?? low;
	const to = sequence.find((v) => v >= high * (1 - 1e-9)) ?? high;
	return from === to ? [clean(from / 2), clean(to * 2)] : [from, to];
}

/** Ticks at 1-2-5 values inside a log domain; powers of ten only when that would be more than `max`. */
export function logTicks([low, high]: Interval, max = 7): number[] {
	const inside = logSequence([low, high]).filter(
		(v) => v >= low * (1 - 1e-9) && v <= high * (1 + 1e-9),
	);
	return inside.length <= max ? inside : inside.filter((v) => Number.isInteger(Math.log10(v)));
}

/** A linear scale from domain to range. */
export function linearScale(domain: Interval, range: Interval, count = 5): Scale {
	const [d0, d1] = domain;
	const [r0, r1] = range;
	const scale = ((value: number) => r0 + ((value - d0) / (d1 - d0)) * (r1 - r0)) as Scale;
	return Object.assign(scale, { domain, range, log: false, ticks: linearTicks(domain, count) });
}

/** A log scale from domain to range; the domain must be above 0. */
export function logScale(domain: Interval, range: Interval): Scale {
	const [d0, d1] = domain;
	if (!(d0 > 0 && d1 > 0))
		throw new RangeError(`a log scale needs a domain above 0, found [${d0}, ${d1}]`);
	const [r0, r1] = range;
	const scale = ((value: number) =>
		r0 + (Math.log(value / d0) / Math.log(d1 / d0)) * (r1 - r0)) as Scale;
	return Object.assign(scale, { domain, range, log: true, ticks: logTicks(domain) });
}
