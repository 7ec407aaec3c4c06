import { CHECK_SHORT_LABELS } from '../format/check-status.ts';
import { escapeHtml } from '../format/escape.ts';
import type { CheckStatus } from '../../schemas/claim.ts';

/** A share card's size: what Open Graph readers (Facebook, LinkedIn, Mastodon, Slack) crop least. */
export const CARD = { width: 1200, height: 630 } as const;

/** The folder of the output the cards are written to. */
export const OG_DIR = 'og';

/** Where a summary's share card is served, or the site's default card when no slug is given. */
export function shareCardPath(slug?: string): string {
	return `/${OG_DIR}/${slug ?? 'default'}.png`;
}

/** What a summary's card shows: its title, and its claims counted by check status. */
export interface CardContent {
	title: string;
	counts?: Record<CheckStatus, number>;
}

// Colours of the light theme (styles/global.css), so a card looks like the page it opens.
const COLOURS = {
	bg: '#fdfcf9',
	surface: '#f3f1ea',
	text: '#1d1d1b',
	muted: '#4f4d47',
	consistent: '#1e6b34',
	discrepant: '#a3231b',
	unsupported: '#4f3d8c',
	unverified: '#8a4b00',
};

/**
 * The statuses in the order the page's scorecard draws them (the schema's order), read from the
 * check-status words: importing the schema would load zod into the card worker.
 */
export const CARD_STATUSES = Object.keys(CHECK_SHORT_LABELS) as CheckStatus[];
// The scorecard's short words, in lower case inside a sentence: "3 consistent", "1 not shown".
const statusWords = (status: CheckStatus) => CHECK_SHORT_LABELS[status].toLowerCase();
// Four legend entries across the 1,040 px line: at most "99 not verified" each.
const LEGEND_STEP = 260;

// Open Sans Bold averages about 0.56 em a character in English titles; 60 px type on a 1,040 px line
// then holds about 31 characters. Wrapping by count keeps the renderer from measuring text.
const TITLE_SIZE = 60;
const CHARS_PER_LINE = 31;
const MAX_LINES = 4;

/** The title in at most four lines, broken at spaces, the last one ending "…" if it was cut. */
export function wrapTitle(title: string, perLine = CHARS_PER_LINE, maxLines = MAX_LINES): string[] {
	const lines: string[] = [];
	for (const word of title.split(/\s+/).filter(Boolean)) {
		const last = lines.at(-1);
		if (last !== undefined && `${last} ${word}`.length <= perLine)
			lines[lines.length - 1] = `${last} ${word}`;
		else lines.push(word.length > perLine ? `${word.slice(0, perLine - 1)}…` : word);
	}
	if (lines.length <= maxLines) return lines;
	const kept = lines.slice(0, maxLines);
	kept[maxLines - 1] = `${kept[maxLines - 1].slice(0, perLine - 1).replace(/\s+\S*$/, '')}…`;
	return kept;
}

/** The bar of claims by status and its legend, at the foot of the card. */
function statusBar(counts: NonNullable<CardContent['counts']>): string {
	const total = CARD_STATUSES.reduce((sum, status) => sum + counts[status], 0);
	if (total === 0) return '';
	let x = 80;
	const bars: string[] = [];
	const legend: string[] = [];
	CARD_STATUSES.forEach((status, i) => {
		const width = Math.round((1040 * counts[status]) / total);
		if (width > 0)
			bars.push(`<rect x="${x}" y="470" width="${width}" height="28" fill="${COLOURS[status]}"/>`);
		x += width;
		legend.push(
			`<rect x="${80 + i * LEGEND_STEP}" y="527" width="22" height="22" fill="${COLOURS[status]}"/><text x="${112 + i * LEGEND_STEP}" y="546" font-size="26" fill="${COLOURS.text}">${counts[status]} ${statusWords(status)}</text>`,
		);
	});
	return `<text x="80" y="450" font-size="28" fill="${COLOURS.muted}">${total} ${total === 1 ? 'claim' : 'claims'} checked against the papers</text>${bars.join('')}${legend.join('')}`;
}

/** What the card is drawn on: a fill of the whole image by the renderer (render.ts), not a rect. */
export const CARD_BACKGROUND = COLOURS.bg;

/**
 * The card as SVG: site name, title, and (for a summary) its claims by status. Fonts: Open Sans.
 * It has no background of its own: draw it on CARD_BACKGROUND.
 */
export function cardSvg({ title, counts }: CardContent): string {
	const lines = wrapTitle(title);
	const titleText = lines
		.map((line, i) => `<tspan x="80" y="${180 + i * 72}">${escapeHtml(line)}</tspan>`)
		.join('');
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${CARD.width}" height="${CARD.height}" viewBox="0 0 ${CARD.width} ${CARD.height}" font-family="Open Sans">`,
		`<rect width="100%" height="96" fill="${COLOURS.surface}"/>`,
		`<text x="80" y="62" font-size="34" font-weight="700" fill="${COLOURS.text}">evidence-digest</text>`,
		`<text x="1120" y="62" font-size="24" text-anchor="end" fill="${COLOURS.muted}">MDMA-assisted therapy for PTSD: claims checked</text>`,
		`<text font-size="${TITLE_SIZE}" font-weight="700" fill="${COLOURS.text}">${titleText}</text>`,
		counts ? statusBar(counts) : '',
		'</svg>',
	].join('');
}
