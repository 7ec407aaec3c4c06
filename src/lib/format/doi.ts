/** Characters the DOI Handbook says must (or should) be percent-encoded when a DOI is put in a URL. */
const MUST_ENCODE = /[%"#\s?<>]|[^\x21-\x7e]/gu;

/**
 * The https://doi.org/ address of a DOI, percent-encoding what the DOI Handbook requires
 * (`%`, `"`, `#`, space, `?`, `<`, `>`) and anything outside printable ASCII.
 * @example doiUrl('10.1002/(SICI)1097-4571') // 'https://doi.org/10.1002/(SICI)1097-4571'
 */
export function doiUrl(doi: string): string {
	const encoded = doi.replace(MUST_ENCODE, (char) =>
		Array.from(
			new TextEncoder().encode(char),
			(byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`,
		).join(''),
	);
	return `https://doi.org/${encoded}`;
}
