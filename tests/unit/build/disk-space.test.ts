import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diskFullNote } from '../../../src/build/disk-space.ts';

// The disk as statfs reports it: `free` blocks of 4 kB available.
const disk = (free: number) => (() => ({ bavail: free, bsize: 4096 })) as never;

describe('diskFullNote', () => {
	it('says the disk is most likely full when almost nothing is free, naming the folder', () => {
		const dir = join(tmpdir(), 'not', 'yet', 'dist');
		expect(diskFullNote(dir, disk(256))).toBe(
			`; the disk holding ${dir} has 1 MB free, so it is most likely full (ENOSPC): free some space and build again`,
		);
	});

	it('says nothing when there is room, or when the disk cannot be asked', () => {
		expect(diskFullNote(tmpdir(), disk(1_000_000))).toBe('');
		const broken = (() => {
			throw new Error('ENOSYS');
		}) as never;
		expect(diskFullNote(tmpdir(), broken)).toBe('');
	});
});
