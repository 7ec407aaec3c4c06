import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import { palettePng } from './png.ts';

// Open Sans (SIL Open Font License 1.1) from an npm package, so rendering needs no network and no
// system fonts: the card looks the same on every machine that builds it.
const require = createRequire(import.meta.url);
const FONT_FILES = [
	'@expo-google-fonts/open-sans/400Regular/OpenSans_400Regular.ttf',
	'@expo-google-fonts/open-sans/700Bold/OpenSans_700Bold.ttf',
];
let fontFiles: string[] | undefined;

/**
 * A PNG of an SVG, at the SVG's own size, drawn by resvg with the bundled fonts only, on a
 * `background` colour (a fill of the whole image, cheaper than a full-size rect in the SVG).
 * Encoded with a palette when it has at most 256 colours (png.ts), else by resvg.
 *
 * resvg-js for Node takes font files, not buffers, but reading them is cheap: most of the
 * constructor's time is laying out the text.
 */
export function renderPng(svg: string, background?: string): Buffer {
	fontFiles ??= FONT_FILES.map((file) => require.resolve(file));
	const resvg = new Resvg(svg, {
		font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'Open Sans' },
		fitTo: { mode: 'original' },
		...(background ? { background } : {}),
	});
	const image = resvg.render();
	return palettePng(image.pixels, image.width, image.height) ?? image.asPng();
}
