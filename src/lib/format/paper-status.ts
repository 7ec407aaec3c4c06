import type { Reference } from '../../schemas/reference.ts';
import { formatDate } from './date.ts';

/** A paper's publication status as recorded in its reference file. */
export type PaperStatus = NonNullable<Reference['status']>;

/** The status in a word or two: "Retracted", "Reported retracted", "Corrected", "Expression of concern". */
export function statusLabel(status: PaperStatus): string {
	if (status.type === 'expression-of-concern') return 'Expression of concern';
	const word = status.type === 'retracted' ? 'Retracted' : 'Corrected';
	return status.confirmed ? word : `Reported ${word.toLowerCase()}`;
}

/** The status with its date, for banners and previews: "Retracted on 10 August 2024". */
export function statusLine(status: PaperStatus): string {
	return `${statusLabel(status)} on ${formatDate(status.date)}`;
}
