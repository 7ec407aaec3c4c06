import { Random, Zipf } from './random.ts';

// The most frequent words of the synthetic prose, in rank order: function words first, then the
// vocabulary of the real summaries. Ranks past this list are made-up words (see `word`), the long
// tail that makes a search index grow as a real corpus's does.
const COMMON =
	`the of and to in a that is was for with as on by it at from this be were are not or which an but
had have has their its more than they one after about those when who people also may can would could some other
what only between two all no into over most each both before therapy trial placebo participants symptoms
treatment study dose session sessions severity score scale analysis patients clinician effect results outcome
outcomes evidence paper article phase randomized control group arm week weeks months follow-up response remission
diagnosis criteria depression anxiety sleep safety adverse events heart rate blood pressure memory fear trauma
veterans adults women men researchers sponsor review regulator approval agency application committee vote data
sample size confidence interval estimate difference mean median baseline endpoint primary secondary measure
questionnaire self-report interview rating relapse dropout withdrawal compassion wellbeing quality life
functioning disability work family cost access training therapists clinic protocol preparation integration
psychotherapy medication antidepressants exposure cognitive processing comparison comparator blinding expectancy
bias conflict interest funding retraction correction notice journal authors press headline claim claims figure
figures percent number risk benefit harm harms long-term short-term years decision reported found says said
shows suggests writes describes notes small large larger smaller early later first second third several many
few most less lower higher better worse same different clinical medical psychological drug substance
controlled open-label pilot pooled meta-analysis systematic evidence-based guideline practice community
support stigma language framing hope promise caution context detail example question answer limit limits
uncertainty certainty strength weakness significant meaningful modest strong weak`.split(/\s+/);

const SYLLABLES =
	'ka lo mi ren tu sa vel dor pa ni ro the lan fi gor mu sel ta ven bri co dra es hal in jor ku lem nor ost pri quin rus sti tor ul vas wen yor zel'.split(
		' ',
	);

/** Whether a word is one of the made-up ones in the long tail. */
export const isMadeUp = (text: string) => /^[a-z]+$/.test(text) && !COMMON.includes(text);

/** How many distinct words the prose draws from. */
export const VOCABULARY_SIZE = 20_000;

/** The word of a frequency rank: a real word for the first ranks, else a made-up one, unique per rank. */
export function word(rank: number): string {
	if (rank < COMMON.length) return COMMON[rank];
	let value = rank - COMMON.length + SYLLABLES.length;
	let text = '';
	while (value > 0) {
		text = SYLLABLES[value % SYLLABLES.length] + text;
		value = Math.floor(value / SYLLABLES.length);
	}
	return text;
}

const HEADINGS = [
	'What the article says',
	'How it compares with the papers',
	'What the article leaves out',
	'Opinion and framing',
	'What the trials measured',
	'Safety and harms',
	'The regulatory record',
	'Who took part',
	'What remains unknown',
	'Numbers in context',
];
const NUMBERS = [
	'42',
	'0.91',
	'67%',
	'18 weeks',
	'12 months',
	'3.2',
	'90',
	'104',
	'0.43',
	'2024',
	'25%',
];

/** Writes varied synthetic MDX prose: headings, paragraphs, lists, emphasis and <Cite> tags. */
export class ProseWriter {
	readonly #zipf = new Zipf(VOCABULARY_SIZE);

	readonly random: Random;

	constructor(random: Random) {
		this.random = random;
	}

	/** Words drawn by frequency, as a phrase with no closing punctuation. */
	phrase(length: number): string[] {
		const r = this.random;
		const words: string[] = [];
		for (let i = 0; i < length; i++) {
			words.push(r.chance(0.03) ? r.pick(NUMBERS) : word(this.#zipf.draw(r)));
			if (i > 2 && i < length - 2 && r.chance(0.07)) words[words.length - 1] += ',';
		}
		return words;
	}

	/** One sentence, capitalised, optionally ending with an in-text citation. */
	sentence(citeId?: string): { text: string; words: number } {
		const words = this.phrase(this.random.int(8, 24));
		if (this.random.chance(0.05)) words[2] = `*${words[2].replace(/,$/, '')}*`;
		if (this.random.chance(0.04))
			[words[4], words[6]] = [`“${words[4].replace(/,$/, '')}`, `${words[6].replace(/,$/, '')}”`];
		const text = words.join(' ').replace(/,$/, '');
		const cite = citeId ? ` <Cite id="${citeId}" />` : '';
		return { text: `${text[0].toUpperCase()}${text.slice(1)}${cite}.`, words: words.length };
	}

	/** A body of about `target` words in 4 to 6 sections; cites each id at least once when it can. */
	body(target: number, citeIds: readonly string[]): string {
		const r = this.random;
		const headings = r.shuffle(HEADINGS);
		const toCite = [...citeIds];
		const blocks: string[] = [];
		let words = 0;
		for (let section = 0; words < target || section < 4; section++) {
			blocks.push(`## ${headings[section % headings.length]}`);
			if (r.chance(0.2))
				blocks.push(
					`### ${this.capitalised(this.phrase(r.int(2, 5)).join(' ').replaceAll(',', ''))}`,
				);
			for (let p = r.int(2, 4); p > 0; p--) {
				const sentences: string[] = [];
				for (let s = r.int(3, 6); s > 0; s--) {
					const cite =
						toCite.length && r.chance(0.3)
							? toCite.shift()
							: citeIds.length && r.chance(0.05)
								? r.pick(citeIds)
								: undefined;
					const next = this.sentence(cite);
					sentences.push(next.text);
					words += next.words;
				}
				blocks.push(sentences.join(' '));
				if (words >= target && section >= 3) break;
			}
			if (r.chance(0.25))
				blocks.push(
					Array.from(
						{ length: r.int(3, 5) },
						() => `- ${this.capitalised(this.phrase(r.int(4, 10)).join(' ').replace(/,$/, ''))}.`,
					).join('\n'),
				);
			if (section > 12) break;
		}
		if (toCite.length) blocks.push(toCite.map((id) => this.sentence(id).text).join(' '));
		return `${blocks.join('\n\n')}\n`;
	}

	capitalised(text: string): string {
		return `${text[0].toUpperCase()}${text.slice(1)}`;
	}
}
