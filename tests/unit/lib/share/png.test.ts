import { createRequire } from 'node:module';
import { inflateSync } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { CARD_BACKGROUND, cardSvg } from '../../../../src/lib/share/card-svg.ts';
import { palettePng } from '../../../../src/lib/share/png.ts';
import { renderPng } from '../../../../src/lib/share/render.ts';

const require = createRequire(import.meta.url);

/** The RGBA pixels of an indexed-colour PNG with unfiltered rows: what palettePng writes. */
function decodePalettePng(png: Buffer): { width: number; height: number; rgba: Buffer } {
	const chunks = new Map<string, Buffer>();
	for (let at = 8; at < png.length;) {
		const length = png.readUInt32BE(at);
		chunks.set(png.toString('latin1', at + 4, at + 8), png.subarray(at + 8, at + 8 + length));
		at += 12 + length;
	}
	const header = chunks.get('IHDR')!;
	const [width, height] = [header.readUInt32BE(0), header.readUInt32BE(4)];
	expect([header[8], header[9]]).toEqual([8, 3]);
	const palette = chunks.get('PLTE')!;
	const alpha = chunks.get('tRNS');
	const raw = inflateSync(chunks.get('IDAT')!);
	const rgba = Buffer.alloc(width * height * 4);
	for (let y = 0; y < height; y++) {
		expect(raw[y * (width + 1)]).toBe(0);
		for (let x = 0; x < width; x++) {
			const i = raw[y * (width + 1) + 1 + x];
			const p = (y * width + x) * 4;
			palette.copy(rgba, p, i * 3, i * 3 + 3);
			rgba[p + 3] = alpha ? alpha[i] : 255;
		}
	}
	return { width, height, rgba };
}

describe('palettePng', () => {
	it('keeps every pixel, transparency included, and copies repeated rows', () => {
		const rgba = Buffer.alloc(3 * 4 * 4);
		const colours = [
			[255, 0, 0, 255],
			[0, 128, 255, 255],
			[10, 20, 30, 100],
		];
		for (let p = 0; p < 12; p++) rgba.set(colours[p % 3 === 2 && p < 6 ? 2 : p % 2], p * 4);
		rgba.copyWithin(8 * 4, 4 * 4, 8 * 4); // row 2 repeats row 1
		expect(decodePalettePng(palettePng(rgba, 3, 4)!)).toEqual({ width: 3, height: 4, rgba });
	});

	it('gives up past 256 colours', () => {
		const rgba = Buffer.alloc(257 * 4, 255);
		for (let p = 0; p < 257; p++) rgba.writeUInt16BE(p, p * 4);
		expect(palettePng(rgba, 257, 1)).toBeUndefined();
		expect(palettePng(rgba.subarray(4), 256, 1)).toBeInstanceOf(Buffer);
	});
});

describe('renderPng', () => {
	it('draws a card exactly as resvg draws the same SVG on a full-size rect', () => {
		const svg = cardSvg({
			title: 'A “summary” title that runs over two lines of the card',
			counts: { consistent: 3, discrepant: 1, unsupported: 0, unverified: 2 },
		});
		const png = renderPng(svg, CARD_BACKGROUND);
		const withRect = svg.replace(
			/(<svg[^>]*>)/,
			`$1<rect width="100%" height="100%" fill="${CARD_BACKGROUND}"/>`,
		);
		const expected = new Resvg(withRect, {
			font: {
				fontFiles: [
					require.resolve('@expo-google-fonts/open-sans/400Regular/OpenSans_400Regular.ttf'),
					require.resolve('@expo-google-fonts/open-sans/700Bold/OpenSans_700Bold.ttf'),
				],
				loadSystemFonts: false,
				defaultFontFamily: 'Open Sans',
			},
		}).render().pixels;
		const { width, height, rgba } = decodePalettePng(png);
		expect([width, height]).toEqual([1200, 630]);
		expect(rgba.equals(expected)).toBe(true);
	});
});
