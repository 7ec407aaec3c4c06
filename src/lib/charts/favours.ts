/** The figures `favouredSides` reads from an effect: its estimate and the arms it compares. */
export interface FavoursInput {
	value?: number;
	arms?: readonly { label: string; value: number }[];
}

/** The arm each side of the line of no effect favours, for a forest chart's legend. */
export interface FavouredSides {
	below: string;
	above: string;
}

/**
 * Which arm each side of the line of no effect favours, read from the rows' own arms: an estimate
 * above the line whose first arm did better favours that arm above. `better` is the outcome's
 * direction ("lower" scores are better for CAPS-5). Undefined unless every row with two arms agrees
 * on the same arms and side, and at least one row has them: a legend must not guess.
 */
export function favouredSides(
	rows: readonly FavoursInput[],
	better: string,
	nullValue: number,
): FavouredSides | undefined {
	if (better !== 'lower' && better !== 'higher') return undefined;
	const sides = rows.flatMap(({ value, arms }) => {
		if (value === undefined || value === nullValue || arms?.length !== 2) return [];
		const [first, second] = arms;
		const firstBetter =
			better === 'lower' ? first.value < second.value : first.value > second.value;
		const above = value > nullValue === firstBetter ? first.label : second.label;
		const below = above === first.label ? second.label : first.label;
		return [{ above, below }];
	});
	const [one] = sides;
	if (!one || sides.some((s) => s.above !== one.above || s.below !== one.below)) return undefined;
	return one;
}
