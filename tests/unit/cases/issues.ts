import type { z } from 'astro/zod';
import { fieldOf } from '../../../src/lib/check/validate-content.ts';

/** A schema's issues as "field: message" lines, the way the content checker prints them. */
export function issuesOf(schema: z.ZodType, input: unknown): string[] {
	const result = schema.safeParse(input);
	if (result.success) return [];
	return result.error.issues.map(
		(issue) => `${fieldOf(issue) ? `${fieldOf(issue)}: ` : ''}${issue.message}`,
	);
}
