import { formatNumber } from '../format/number.ts';
import {
	type Interval,
	type Scale,
	linearScale,
	logScale,
	niceLinearDomain,
	niceLogDomain,
} from './scale.ts';

/** One estimate to draw: a point, its interval when known, and the label above it. */
export interface ForestPoint {
	label: string;
	value: number;
	ci?: Interval;
	/** Drawn hollow: a figure only a source document states, not found in the paper. */
	hollow?: boolean;
}

/** A point placed in SVG units; a CI end beyond the axis is cut at the edge and flagged. */
export interface ForestRow extends ForestPoint {
	/** Baseline of the label text: above the row, or on its line in the Cochrane layout. */
	labelY: number;
	/** Centre line of the point and its interval. */
	y: number;
	x: number;
	interval?: { x1: number; x2: number; clippedLow: boolean; clippedHigh: boolean };
}

/** Everything a forest chart needs to be drawn, in SVG units. */
export interface ForestLayout {
	width: number;
	height: number;
	plot: { left: number; right: number; top: number; bottom: number };
	scale: Scale;
	/** The value of no effect: 1 for ratios, 0 for differences. */
	nullValue: number;
	nullX: number;
	ticks: { value: number; x: number; label: string }[];
	rows: ForestRow[];
}

/** SVG units: side padding, room above the rows for the "no effect" label, one row, room for the axis. */
const PAD = 16;
const TOP = 22;
const ROW = 40;
const AXIS = 46;
/** The Cochrane layout: a header line above the rows, rows of one line each, axis and legend below. */
const TABLE = { top: 30, row: 28, axis: 64 };

/** Widths of the columns either side of the plot, for the Cochrane layout: labels, then estimate [CI]. */
export interface ForestColumns {
	label: number;
	numbers: number;
}

/**
 * The axis range for a set of estimates: every estimate and the line of no effect, widened for the
 * CIs by at most the estimates' own spread on each side (a factor, on a log scale), then rounded out
 * to ticks. An interval wider than that is clipped at the edge rather than squashing every other row.
 */
export function forestDomain(points: readonly ForestPoint[], ratio: boolean): Interval {
	const nullValue = ratio ? 1 : 0;
	const values = [nullValue, ...points.map((p) => p.value)];
	const bounds = points.flatMap((p) => p.ci ?? []);
	let low = Math.min(...values);
	let high = Math.max(...values);
	if (ratio) {
		const factor = Math.max(high / low, 2);
		[low, high] = [
			Math.max(Math.min(low, ...bounds), low / factor),
			Math.min(Math.max(high, ...bounds), high * factor),
		];
		return niceLogDomain([low, high]);
	}
	const spread = high - low || 1;
	[low, high] = [
		Math.max(Math.min(low, ...bounds), low - spread),
		Math.min(Math.max(high, ...bounds), high + spread),
	];
	return niceLinearDomain([low, high]);
}

/**
 * Places a forest chart: one row per estimate (label above, point and CI below), a vertical line of
 * no effect, and a labelled axis. Ratios get a log scale. `domain` overrides the automatic range.
 * With `columns`, the Cochrane layout: label column, plot, estimate [CI] column, one line per row.
 */
export function forestLayout(
	points: readonly ForestPoint[],
	options: { ratio: boolean; width?: number; domain?: Interval; columns?: ForestColumns },
): ForestLayout {
	const { ratio, width = 400, columns } = options;
	const [top, row, axis] = columns ? [TABLE.top, TABLE.row, TABLE.axis] : [TOP, ROW, AXIS];
	const domain = options.domain ?? forestDomain(points, ratio);
	const nullValue = ratio ? 1 : 0;
	if (!(domain[0] < domain[1]))
		throw new RangeError(`a chart domain runs from low to high, found [${domain.join(', ')}]`);
	const outside = [nullValue, ...points.map((p) => p.value)].filter(
		(v) => v < domain[0] || v > domain[1],
	);
	if (outside.length)
		throw new RangeError(
			`a chart domain must hold every estimate and the line of no effect; [${domain.join(', ')}] leaves out ${outside.join(', ')}`,
		);
	const plot = {
		left: PAD + (columns?.label ?? 0),
		right: width - PAD - (columns?.numbers ?? 0),
		top,
		bottom: top + points.length * row,
	};
	const scale = ratio
		? logScale(domain, [plot.left, plot.right])
		: linearScale(domain, [plot.left, plot.right]);
	const rows = points.map((point, i): ForestRow => {
		const y = columns ? top + i * row + row / 2 : top + i * row + 28;
		const labelY = columns ? y + 4 : y - 14;
		const interval = point.ci && {
			x1: scale(Math.max(point.ci[0], domain[0])),
			x2: scale(Math.min(point.ci[1], domain[1])),
			clippedLow: point.ci[0] < domain[0],
			clippedHigh: point.ci[1] > domain[1],
		};
		return { ...point, labelY, y, x: scale(point.value), interval };
	});
	const ticks = scale.ticks.map((value) => ({
		value,
		x: scale(value),
		label: formatNumber(value),
	}));
	return {
		width,
		height: plot.bottom + axis,
		plot,
		scale,
		nullValue,
		nullX: scale(nullValue),
		ticks,
		rows,
	};
}
