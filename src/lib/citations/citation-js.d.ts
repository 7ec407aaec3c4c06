// citation-js ships no types; this declares the part of its API that lib/citations uses.
declare module '@citation-js/core' {
	export class Cite {
		constructor(data: unknown);
		format(format: string, options?: Record<string, unknown>): string | unknown[];
	}
	export const plugins: {
		config: {
			get(name: '@bibtex'): { format: Record<string, unknown> };
			get(name: '@csl'): {
				styles: { add(name: string, xml: string): void; get(name: string): string };
			};
		};
	};
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
