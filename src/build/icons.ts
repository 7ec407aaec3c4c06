// Writes public/favicon.ico and public/apple-touch-icon.png from public/favicon.svg, with resvg (the
// renderer the share cards use). Run after changing the icon: `npx node src/build/icons.ts`.
// Browsers and crawlers that do not read SVG icons ask for /favicon.ico; iOS asks for the touch icon.
import { readFileSync, writeFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';

const pub = new URL('../../public/', import.meta.url);
const svg = readFileSync(new URL('favicon.svg', pub), 'utf8');

/** The icon as a PNG `size` pixels wide; `square` drops the rounded corners (iOS rounds its own). */
function png(size: number, square = false): Buffer {
	const source = square ? svg.replace(/\s+rx="[^"]*"/, '') : svg;
	return new Resvg(source, { fitTo: { mode: 'width', value: size } }).render().asPng();
}

/** An ICO file holding PNG images (Windows Vista and every browser since read PNG inside ICO). */
function ico(images: { size: number; data: Buffer }[]): Buffer {
	const header = Buffer.alloc(6 + 16 * images.length);
	header.writeUInt16LE(1, 2); // type: icon
	header.writeUInt16LE(images.length, 4);
	let offset = header.length;
	images.forEach(({ size, data }, i) => {
		const at = 6 + 16 * i;
		header.writeUInt8(size % 256, at); // 0 means 256
		header.writeUInt8(size % 256, at + 1);
		header.writeUInt16LE(1, at + 4); // colour planes
		header.writeUInt16LE(32, at + 6); // bits per pixel
		header.writeUInt32LE(data.length, at + 8);
		header.writeUInt32LE(offset, at + 12);
		offset += data.length;
	});
	return Buffer.concat([header, ...images.map((image) => image.data)]);
}

writeFileSync(
	new URL('favicon.ico', pub),
	ico([16, 32, 48].map((size) => ({ size, data: png(size) }))),
);
writeFileSync(new URL('apple-touch-icon.png', pub), png(180, true));
