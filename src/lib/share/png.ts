import { constants, crc32, deflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);

/** A PNG chunk: length, type, data, and the CRC of type and data. */
function chunk(type: string, data: Uint8Array): Buffer {
	const head = Buffer.alloc(8);
	head.writeUInt32BE(data.length, 0);
	head.write(type, 4, 'latin1');
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))) >>> 0);
	return Buffer.concat([head, data, crc]);
}

/**
 * An indexed-colour PNG of straight (not premultiplied) RGBA pixels, exact: each pixel keeps its
 * colour; undefined when the image has more than 256 colours, which a palette cannot hold.
 *
 * A share card is flat colours and the anti-aliased edges of its type, about 110 colours, so one
 * byte a pixel holds it without loss. That is a quarter of the RGBA that resvg's own encoder
 * deflates: about half the bytes, for less CPU. Rows are not filtered (the PNG specification's
 * advice for palette images), and a row equal to the one above is copied, not looked up again.
 * Written here rather than taken from a package: fast-png 8 writes palette PNGs too, but its
 * JavaScript deflate took 35 to 39 ms a card, against about 6 ms for this with node:zlib.
 */
export function palettePng(rgba: Uint8Array, width: number, height: number): Buffer | undefined {
	if (rgba.length !== width * height * 4)
		throw new Error(`palettePng: ${rgba.length} bytes is not ${width}×${height} RGBA`);
	const pixels = new Uint32Array(rgba.buffer, rgba.byteOffset, width * height);
	const stride = width + 1;
	const raw = Buffer.allocUnsafe(stride * height);
	const index = new Map<number, number>();
	const colours: number[] = [];
	let last = -1;
	let lastIndex = 0;
	for (let y = 0, p = 0; y < height; y++, p += width) {
		const row = y * stride;
		raw[row] = 0; // filter type None
		if (
			y > 0 &&
			Buffer.compare(
				rgba.subarray(p * 4, (p + width) * 4),
				rgba.subarray((p - width) * 4, p * 4),
			) === 0
		) {
			raw.copyWithin(row + 1, row - stride + 1, row);
			continue;
		}
		for (let x = 0; x < width; x++) {
			const colour = pixels[p + x];
			if (colour !== last) {
				let i = index.get(colour);
				if (i === undefined) {
					if (colours.length === 256) return undefined;
					i = colours.length;
					index.set(colour, i);
					colours.push(colour);
				}
				last = colour;
				lastIndex = i;
			}
			raw[row + 1 + x] = lastIndex;
		}
	}
	// The pixels were read as 32-bit words in the machine's order; read the bytes back by position.
	const bytes = new Uint8Array(new Uint32Array(colours).buffer);
	const palette = Buffer.alloc(colours.length * 3);
	const alpha = Buffer.alloc(colours.length);
	for (let i = 0; i < colours.length; i++) {
		palette.set(bytes.subarray(i * 4, i * 4 + 3), i * 3);
		alpha[i] = bytes[i * 4 + 3];
	}
	const header = Buffer.alloc(13);
	header.writeUInt32BE(width, 0);
	header.writeUInt32BE(height, 4);
	header[8] = 8; // bits per index
	header[9] = 3; // colour type: indexed
	return Buffer.concat([
		SIGNATURE,
		chunk('IHDR', header),
		chunk('PLTE', palette),
		...(alpha.every((a) => a === 255) ? [] : [chunk('tRNS', alpha)]),
		// Run-length matching suits long runs of one index, and costs a fraction of a full search.
		chunk('IDAT', deflateSync(raw, { level: 9, strategy: constants.Z_RLE })),
		chunk('IEND', Buffer.alloc(0)),
	]);
}
