// citation-js ships no types; this declares the part of its API that lib/citations uses.
declare module '@citation-js/core' {
	export class Cite {
		constructor(data: unknown);
		format(format: string, options?: Record<string, unknown>): string | unknown[];
	}
	export const plugins: { config: { get(name: string): { format: Record<string, unknown> } } };
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
