/**
 * What these helpers read of a reference: its CSL `issued` date. Loose enough for a reference as
 * pages receive it and for the raw CSL items citation-js exports.
 */
export interface IssuedDate {
	issued?: { 'date-parts'?: readonly (readonly number[])[] };
}

/** The reference's publication date as CSL writes it, [year, month?, day?]; undefined when it has none. */
export function referenceDateParts(reference: IssuedDate): readonly number[] | undefined {
	return reference.issued?.['date-parts']?.[0];
}

/** The reference's year of publication; undefined when it has none (callers choose "n.d." or a sort key). */
export function referenceYear(reference: IssuedDate): number | undefined {
	return referenceDateParts(reference)?.[0];
}
