import { describe, expect, it } from 'vitest';
import { favouredSides } from '../../../../src/lib/charts/favours.ts';

const mapp1 = {
	value: 0.91,
	arms: [
		{ label: 'MDMA-AT', value: -24.4 },
		{ label: 'Placebo with therapy', value: -13.9 },
	],
};
const mapp2 = {
	value: 0.7,
	arms: [
		{ label: 'MDMA-AT', value: -23.7 },
		{ label: 'Placebo with therapy', value: -14.8 },
	],
};

describe('favouredSides', () => {
	it('puts MDMA-AT above the line when a positive d comes with the larger fall in a lower-is-better score', () => {
		expect(favouredSides([mapp1, mapp2], 'lower', 0)).toEqual({
			above: 'MDMA-AT',
			below: 'Placebo with therapy',
		});
	});

	it('reads a higher-is-better outcome the other way round', () => {
		expect(favouredSides([mapp1], 'higher', 0)).toEqual({
			above: 'Placebo with therapy',
			below: 'MDMA-AT',
		});
	});

	it('ignores rows without two arms but gives no legend when none has them', () => {
		expect(favouredSides([mapp1, { value: 0.5 }], 'lower', 0)).toEqual({
			above: 'MDMA-AT',
			below: 'Placebo with therapy',
		});
		expect(favouredSides([{ value: 0.5 }], 'lower', 0)).toBeUndefined();
	});

	it('gives no legend when rows disagree or the outcome has no better direction', () => {
		expect(favouredSides([mapp1, { ...mapp2, value: -0.7 }], 'lower', 0)).toBeUndefined();
		expect(favouredSides([mapp1], 'not-applicable', 0)).toBeUndefined();
	});
});
