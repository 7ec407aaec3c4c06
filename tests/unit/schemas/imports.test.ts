import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Data flows one way: schemas -> lib -> components and pages. A schema that imported from lib/
// would close a cycle between the folders (it did once: strict.ts took did-you-mean from lib/).
const SCHEMAS = new URL('../../../src/schemas/', import.meta.url);

describe('src/schemas', () => {
	it('imports nothing from src/lib', () => {
		const imports = readdirSync(SCHEMAS)
			.filter((file) => file.endsWith('.ts'))
			.flatMap((file) =>
				[...readFileSync(new URL(file, SCHEMAS), 'utf8').matchAll(/from '([^']+)'/g)].map(
					([, path]) => `${file}: ${path}`,
				),
			);
		expect(imports.length).toBeGreaterThan(10);
		expect(imports.filter((line) => line.includes('/lib/'))).toEqual([]);
	});
});
