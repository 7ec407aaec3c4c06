import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';

// Open Sans (SIL Open Font License 1.1) from an npm package, so rendering needs no network and no
// system fonts: the card looks the same on every machine that builds it.
const require = createRequire(import.meta.url);
const FONT_FILES = [
	'@expo-google-fonts/open-sans/400Regular/OpenSans_400Regular.ttf',
	'@expo-google-fonts/open-sans/700Bold/OpenSans_700Bold.ttf',
];
let fontFiles: string[] | undefined;

/**
 * A PNG of an SVG, at the SVG's own size, drawn by resvg with the bundled fonts only (resvg-js for
 * Node takes font files, not buffers; it reads them for each image, a few ms).
 */
export function renderPng(svg: string): Buffer {
	fontFiles ??= FONT_FILES.map((file) => require.resolve(file));
	const resvg = new Resvg(svg, {
		font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'Open Sans' },
		fitTo: { mode: 'original' },
	});
	return resvg.render().asPng();
}
