import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isArticlePageId } from '../../src/lib/check/body-rules.ts';
import { CHECK_LABELS, RECORD_CHECK_LABELS } from '../../src/lib/format/check-status.ts';
import { CHECK_STATUSES, type CheckStatus } from '../../src/schemas/claim.ts';
import {
	articleFrontmatter as frontmatter,
	contentData,
	contentIds,
	countByStatus,
	fileFor,
	page,
	readableDate,
	words,
} from './site.ts';

describe.each(contentIds('articles'))('article %s', (id) => {
	const html = page(`/articles/${id}/`);
	const data = frontmatter(id);

	it('leads every claim with a heading that is its anchor, its verdict in the same line', () => {
		const cards = html.querySelectorAll('.claims > li');
		expect(cards.map((card) => card.querySelector('.claim-head > h3')?.id)).toEqual(
			data.claims.map((claim) => claim.id),
		);
		// A claim resting on a regulator's record, or a regulatory claim citing nothing, is checked against "the record".
		const isRecord = ({ kind, reference }: { kind?: string; reference?: string }) =>
			reference
				? ['regulatory', 'notice'].includes(
						contentData<{ study: { design: string } }>('references', reference).study.design,
					)
				: kind === 'regulatory';
		for (const [i, card] of cards.entries()) {
			const claim = data.claims[i];
			const labels = isRecord(claim) ? RECORD_CHECK_LABELS : CHECK_LABELS;
			expect(words(card.querySelector('.claim-head > .status')), claim.id).toBe(
				labels[claim.check.status as CheckStatus],
			);
		}
	});

	it('says on each card what its check rests on, each record linked where it was read, or what would settle it', () => {
		const cards = html.querySelectorAll('.claims > li');
		data.claims.forEach((claim, i) => {
			const line = cards[i].querySelector('p.checked-against')!;
			const text = line.text.replace(/\s+/g, ' ').trim();
			const entries = claim.check.checkedAgainst ?? [];
			expect(
				line.querySelectorAll('a').map((a) => a.getAttribute('href')),
				claim.id,
			).toEqual(entries.map((entry) => entry.url));
			if (claim.check.status === 'unverified') {
				expect(text, claim.id).toMatch(/^Not yet settled by a primary record\./);
				expect(text, claim.id).toContain(
					`What would settle it: ${claim.check.wouldSettle!.replace(/\s+/g, ' ').trim()}`,
				);
			} else
				expect(text, claim.id).toMatch(
					/^Checked against .+ on \d{1,2} [A-Z][a-z]+ \d{4}\.|^Checked against .+, read \d{1,2} [A-Z][a-z]+ \d{4}\./,
				);
		});
	});

	it("gives an estimate's p before its arms, and says whom the arms cover when not everyone", () => {
		const cards = html.querySelectorAll('.claims > li');
		data.claims.forEach(({ id: claimId, effect }, i) => {
			if (!effect?.arms) return;
			const more = words(cards[i].querySelector('.effect-more')) ?? '';
			// A per-arm metric prints its arms as the estimate itself, not under "By arm".
			if (['percent-by-arm', 'count-by-arm'].includes(effect.metric)) {
				if (effect.armsAnalysed) expect(more, claimId).toContain(`Arms: ${effect.armsAnalysed}`);
				return;
			}
			const byArm = effect.armsAnalysed ? `By arm, ${effect.armsAnalysed}: ` : 'By arm: ';
			expect(more, claimId).toContain(`${byArm}${effect.arms[0].label}:`);
			if (effect.p !== undefined)
				expect(more.indexOf('p '), claimId).toBeLessThan(more.indexOf('By arm'));
		});
	});

	it('counts its verdicts by the strongest record behind each, in the header', () => {
		const verdicts = data.claims.filter((claim) => claim.check.status !== 'unverified');
		const tally = html.querySelector('header .depth-tally')!;
		const cells = tally.querySelectorAll('tbody td').map((td) => Number(td.text));
		expect(cells.reduce((sum, n) => sum + n, 0)).toBe(verdicts.length);
		expect(tally.querySelectorAll('thead th').map((th) => th.text.trim())).toEqual([
			'Strongest record',
			'Consistent',
			'Discrepant',
			'Not shown',
		]);
		const unverified = data.claims.length - verdicts.length;
		expect(tally.querySelector('p')?.text).toBe(
			unverified === 0
				? 'Every claim has a verdict.'
				: `${unverified} ${unverified === 1 ? 'claim is' : 'claims are'} not yet settled by a primary record.`,
		);
	});

	it('dates the summary in its header and counts its claims by result beside the bar', () => {
		const { published, updated } = data;
		const dates = html
			.querySelectorAll('article > header p')
			.find((p) => words(p)?.startsWith('Our summary, published'))!
			.querySelectorAll('time');
		expect(dates.map((time) => [words(time), time.getAttribute('datetime')])).toEqual(
			[published, updated]
				.filter((date) => date !== undefined)
				.map((date) => [readableDate(date), date]),
		);
		// The sentence's numbers: the claims, then each result in the schema's order.
		const counts = countByStatus(data.claims);
		expect(words(html.querySelector('.scorecard p'))?.match(/\d+/g)?.map(Number)).toEqual([
			data.claims.length,
			...CHECK_STATUSES.map((status) => counts[status]),
		]);
	});

	it('keeps the details of every claim in the page, in a disclosure, with the day it was checked', () => {
		const cards = html.querySelectorAll('.claims > li');
		cards.forEach((card, i) => {
			const { checked } = data.claims[i].check;
			const line = card
				.querySelectorAll('details.claim-more p')
				.find((p) => words(p)?.startsWith('Checked '));
			expect(
				[words(line), line?.querySelector('time')?.getAttribute('datetime')],
				data.claims[i].id,
			).toEqual([`Checked ${readableDate(checked)}.`, checked]);
		});
	});

	it('gives every element id to a claim, a heading of the body, or the one list of ids the layout uses', () => {
		// The content check refuses claim ids the layout uses (lib/check/body-rules.ts); an id added to the
		// layout and not to that list would let a claim take it, so this fails first.
		const own = new Set(
			[
				...html.querySelectorAll('.claim-head > h3'),
				...html.querySelectorAll('.prose h2, .prose h3, .prose h4, .prose h5, .prose h6'),
			].map((el) => el.id),
		);
		const layout = html
			.querySelectorAll('[id]')
			.map((el) => el.id)
			.filter((elementId) => !own.has(elementId));
		expect(layout.filter((elementId) => !isArticlePageId(elementId))).toEqual([]);
		expect(layout).toContain('main');
	});

	it('lists every reference in the bibliography and marks it for no search index', () => {
		const bibliography = html.querySelector('.bibliography')!;
		expect(bibliography.getAttribute('data-pagefind-ignore')).toBe('');
		expect(bibliography.querySelectorAll('li')).toHaveLength(data.references.length);
	});

	it('has JSON-LD describing the summary and no Highwire tags, which would make it a journal article', () => {
		expect(html.querySelectorAll('meta[name^="citation_"]')).toHaveLength(0);
		const jsonLd = JSON.parse(html.querySelector('script[type="application/ld+json"]')!.text);
		expect(jsonLd['@graph'][0]).toMatchObject({ '@type': 'Article', headline: data.title });
	});

	it('offers a citation of the summary in APA, BibTeX and RIS', () => {
		const cite = html.querySelector('.cite-this')!;
		// citeproc typesets straight apostrophes as curly ones.
		expect(cite.querySelector('p')?.text.replaceAll('\u2019', "'")).toContain(data.title);
		const [bibtex, ris] = cite.querySelectorAll('pre').map((pre) => pre.text);
		expect(bibtex).toMatch(new RegExp(`^@online\\{evidence-digest-${id},`));
		expect(ris).toMatch(/^TY {2}- ELEC$/m);
	});
});

describe('/about/', () => {
	it('says what each of the four verdicts means, with its badge, and what depth and flags mean', () => {
		const about = page('/about/');
		const badges = about.querySelectorAll('#statuses + dl.terms dt .status');
		expect(badges.map((b) => [b.classNames, b.text.trim()])).toEqual([
			['status status-consistent', 'Consistent with the paper'],
			['status status-discrepant', 'Differs from the paper'],
			['status status-unsupported', 'Not shown by the paper'],
			['status status-unverified', 'Not verified against the paper'],
		]);
		expect(about.querySelector('#depth + p')?.text).toContain('checked_against');
		expect(about.querySelector('#flags + p')?.text).toMatch(
			/“Leaves out context” or “Out of date”/,
		);
		expect(about.querySelector('#certainty + p')?.text).toContain(
			'We report these ratings; we never rate the evidence ourselves.',
		);
	});
});

describe('downloads', () => {
	const read = (name: string) => readFileSync(fileFor(`/references/${name}`), 'utf8');

	it('exports one BibTeX, RIS and CSL-JSON record per reference', () => {
		const count = contentIds('references').length;
		expect(read('all.bib').match(/^@\w+\{/gm)).toHaveLength(count);
		expect(read('all.ris').match(/^TY {2}- /gm)).toHaveLength(count);
		expect(JSON.parse(read('all.json'))).toHaveLength(count);
	});

	it('gives a page range in RIS as a start page in SP and an end page in EP, as reference managers read them', () => {
		// Each record's tags and their values, by its ID line.
		const records = new Map(
			read('all.ris')
				.split(/^ER {2}- *$/m)
				.slice(0, -1)
				.map((record) => {
					const tags = [...record.matchAll(/^([A-Z][A-Z0-9]) {2}- (.*)$/gm)];
					const values = (tag: string) => tags.filter(([, t]) => t === tag).map(([, , v]) => v);
					return [values('ID')[0], values] as const;
				}),
		);
		const ranged = contentIds('references').filter(
			(id) => contentData<{ page?: string }>('references', id).page,
		);
		expect(ranged.length).toBeGreaterThan(2);
		for (const id of contentIds('references')) {
			const [start, end] =
				contentData<{ page?: string }>('references', id).page?.split(/[-–]+/) ?? [];
			const values = records.get(id)!;
			expect([values('SP'), values('EP')], id).toEqual([start ? [start] : [], end ? [end] : []]);
		}
	});
});
