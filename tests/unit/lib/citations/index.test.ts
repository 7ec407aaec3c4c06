import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	citationLabel,
	citationLabels,
	citeItems,
	formatBibliography,
	summaryItem,
	toBibtex,
	toCslJson,
	toRis,
} from '../../../../src/lib/citations/index.ts';
import { ReferenceSchema } from '../../../../src/schemas/reference.ts';

// The real references, so the tests see what readers see.
const dir = new URL('../../../../content/references/', import.meta.url);
const references = readdirSync(dir)
	.filter((f) => f.endsWith('.json'))
	.map((f) => ({
		id: f.slice(0, -5),
		data: ReferenceSchema.parse(JSON.parse(readFileSync(new URL(f, dir), 'utf8'))),
	}));
const byId = (id: string) => references.find((r) => r.id === id)!;

describe('citations', () => {
	const html = formatBibliography(references);

	// Every reference pinned: with three pinned, author order reversed only past three authors got through.
	it.each([
		[
			'agin-liebes-2025',
			'Agin-Liebes, G., Zeifman, R. J., &#38; Mitchell, J. M. (2025). Self-compassion mediates treatment effects in MDMA-assisted therapy for posttraumatic stress disorder. <i>European Journal of Psychotraumatology</i>, <i>16</i>(1), Article 2485513.',
		],
		[
			'fda-2017-breakthrough',
			'U.S. Food and Drug Administration. (2017, August 16). <i>[Breakthrough therapy designation for MDMA-assisted therapy for PTSD]</i>.',
		],
		[
			'fda-2024-advisory',
			'U.S. Food and Drug Administration. (2024a, June 4). <i>[FDA advisory committee meeting on midomafetamine capsules with therapy for PTSD]</i>.',
		],
		[
			'fda-2024-crl',
			'U.S. Food and Drug Administration. (2024b, August). <i>[Complete response letter to Lykos Therapeutics on midomafetamine capsules for PTSD]</i>.',
		],
		[
			'feduccia-2021',
			'Feduccia, A. A., Jerome, L., Mithoefer, M. C., &#38; Holland, J. (2021). Discontinuation of medications classified as reuptake inhibitors affects treatment response of MDMA-assisted psychotherapy. <i>Psychopharmacology</i>, <i>238</i>, 581–588.',
		],
		[
			'jerome-2020',
			'Jerome, L., Feduccia, A. A., Wang, J. B., Hamilton, S., Yazar-Klosinski, B., Emerson, A., Mithoefer, M. C., &#38; Doblin, R. (2020). Long-term follow-up outcomes of MDMA-assisted psychotherapy for treatment of PTSD: a longitudinal pooled analysis of six phase 2 trials. <i>Psychopharmacology</i>, <i>237</i>(8), 2485–2497.',
		],
		[
			'mitchell-2021',
			'Mitchell, J. M., Bogenschutz, M., Lilienstein, A., Harrison, C., Kleiman, S., Parker-Guilbert, K., Ot’alora G., M., Garas, W., Paleos, C., Gorman, I., Nicholas, C., Mithoefer, M., Carlin, S., Poulter, B., Mithoefer, A., Quevedo, S., Wells, G., Klaire, S. S., van der Kolk, B., … Doblin, R. (2021). MDMA-assisted therapy for severe PTSD: a randomized, double-blind, placebo-controlled phase 3 study. <i>Nature Medicine</i>, <i>27</i>(6), 1025–1033.',
		],
		[
			'mitchell-2023',
			'Mitchell, et al. (2023). MDMA-assisted therapy for moderate to severe PTSD: a randomized, placebo-controlled phase 3 trial. <i>Nature Medicine</i>, <i>29</i>, 2473–2480.',
		],
		[
			'mithoefer-2019',
			'Mithoefer, M. C., Feduccia, A. A., Jerome, L., Mithoefer, A., Wagner, M., Walsh, Z., Hamilton, S., Yazar-Klosinski, B., Emerson, A., &#38; Doblin, R. (2019). MDMA-assisted psychotherapy for treatment of PTSD: study design and rationale for phase 3 trials based on pooled analysis of six phase 2 randomized controlled trials. <i>Psychopharmacology</i>, <i>236</i>(9), 2735–2745.',
		],
		['neff-nd', 'Neff, K. (n.d.). <i>The three elements of self-compassion</i>. Self-Compassion.'],
		[
			'nicholas-2022',
			'Nicholas, C. R., et al. (2022). The effects of MDMA-assisted therapy on alcohol and substance use in a phase 3 trial for treatment of severe PTSD. <i>Drug and Alcohol Dependence</i>, <i>233</i>, Article 109356.',
		],
		[
			'shahrour-2024',
			'Shahrour, G., Sohail, K., Elrais, S., Khan, M. H., Javeid, J., Samdani, K., Mansoor, H., Hussain, S. I., Sharma, D., Ehsan, M., &#38; Nashwan, A. J. (2024). MDMA-assisted psychotherapy for the treatment of PTSD: a systematic review and meta-analysis of randomized controlled trials (RCTs). <i>Neuropsychopharmacology Reports</i>, <i>44</i>(4), 672–681.',
		],
		[
			'tga-2023-mdma',
			'Therapeutic Goods Administration. (2023, July 1). <i>[Access to MDMA and psilocybin for therapeutic purposes by authorised psychiatrists from 1 July 2023]</i>. Therapeutic Goods Administration (Australia).',
		],
		['un-1971-convention', 'Convention on Psychotropic Substances, 1971 (1971).'],
		[
			'van-der-kolk-2024',
			'van der Kolk, B. A., Wang, J. B., Yehuda, R., Bedrosian, L., Coker, A. R., Harrison, C., Mithoefer, M., Yazar-Klosinki, B., Emerson, A., &#38; Doblin, R. (2024). Effects of MDMA-assisted therapy for PTSD on self-experience. <i>PLOS ONE</i>, <i>19</i>(1), Article e0295926.',
		],
		['webmd-nd', 'WebMD. (n.d.). <i>What is MDMA-assisted therapy for PTSD?</i> WebMD.'],
	])('formats %s in APA exactly', (id, expected) => {
		expect(html.get(id)).toBe(expected);
	});

	it('formats every reference, and no other', () => {
		expect([...html.keys()].sort()).toEqual(references.map((r) => r.id).sort());
	});

	it('keeps every complete author list in the order of its CSL-JSON file', () => {
		const complete = references.filter(
			(r) => r.data.authorsComplete && (r.data.author?.length ?? 0) > 1,
		);
		expect(complete.map((r) => r.data.author!.length).some((n) => n > 3)).toBe(true);
		for (const { id, data } of complete) {
			const all = data.author!.map((name) => ('family' in name ? name.family : name.literal));
			// APA 7 lists up to 20 authors; from 21 on, the first 19, an ellipsis and the last.
			const names = all.length > 20 ? [...all.slice(0, 19), all.at(-1)] : all;
			// Each name is looked for after the one before it, so two authors of one family name both count.
			let from = 0;
			for (const name of names) {
				// citeproc curls a straight apostrophe (Ot'alora) in what it prints, as a reader sees it.
				const at = html.get(id)!.indexOf(`${String(name).replaceAll("'", '’')},`, from);
				expect(at, `${id}: ${name}`).toBeGreaterThanOrEqual(from);
				from = at + 1;
			}
		}
	});

	it('leaves DOIs and addresses out of the formatted text (pages link them)', () => {
		for (const text of html.values()) expect(text).not.toMatch(/doi\.org|https?:/);
	});

	it.each([
		['agin-liebes-2025', 'Agin-Liebes et al., 2025'],
		['mitchell-2021', 'Mitchell et al., 2021'],
		['neff-nd', 'Neff, n.d.'],
		['fda-2024-crl', 'U.S. Food and Drug Administration, 2024'],
	])('labels %s in text as (%s)', (id, label) => {
		expect(citationLabel(byId(id).data)).toBe(label);
	});

	it("adds APA's year letters where two references share author and year, as the reference list does", () => {
		const labels = citationLabels(references, formatBibliography(references));
		expect([labels.get('fda-2024-advisory'), labels.get('fda-2024-crl')]).toEqual([
			'U.S. Food and Drug Administration, 2024a',
			'U.S. Food and Drug Administration, 2024b',
		]);
		expect(formatBibliography(references).get('fda-2024-crl')).toContain('(2024b, August)');
		expect(labels.get('mitchell-2021')).toBe('Mitchell et al., 2021');
		expect(labels.get('neff-nd')).toBe('Neff, n.d.');
	});

	it('exports BibTeX keyed by our ids, with known authors and DOIs', () => {
		const bibtex = toBibtex(references);
		expect(bibtex).toContain('@article{mitchell-2021,');
		expect(bibtex).toContain('doi = {10.1038/s41591-021-01336-3}');
		expect(bibtex).toContain(
			'author = {Agin-Liebes, Gabrielle and Zeifman, Richard J. and Mitchell, Jennifer M.}',
		);
		expect(bibtex.match(/^@/gm)).toHaveLength(references.length);
	});

	it('exports RIS and CSL-JSON with one record per reference', () => {
		expect(toRis(references).match(/^TY {2}- /gm)).toHaveLength(references.length);
		const csl = JSON.parse(toCslJson(references));
		expect(csl.map((item: { id: string }) => item.id).sort()).toEqual(
			references.map((r) => r.id).sort(),
		);
		expect(csl.find((item: { id: string }) => item.id === 'jerome-2020')).not.toHaveProperty(
			'status',
		);
	});
});

describe('citeItems', () => {
	const summary = (slug: string, title: string, published: string) =>
		summaryItem({
			slug,
			title,
			published: new Date(`${published}T00:00:00Z`),
			url: `https://evidence-digest.example/articles/${slug}/`,
		});

	it('formats summaries of one year in one run, each as if cited alone (no "2026a")', () => {
		const cited = citeItems([
			summary('first-summary', "A blog's claims, checked", '2026-11-22'),
			summary('second-summary', 'Another post on MDMA-assisted therapy, checked', '2026-03-01'),
		]);
		expect(cited.get('evidence-digest-first-summary')?.apa).toBe(
			'evidence-digest. (2026, November 22). A blog’s claims, checked. Evidence-Digest. https://evidence-digest.example/articles/first-summary/',
		);
		expect(cited.get('evidence-digest-second-summary')?.apa).toBe(
			'evidence-digest. (2026, March 1). Another post on MDMA-assisted therapy, checked. Evidence-Digest. https://evidence-digest.example/articles/second-summary/',
		);
		expect(cited.get('evidence-digest-second-summary')?.bibtex).toMatch(
			/^@online\{evidence-digest-second-summary,\n\tauthor = \{\{evidence-digest\}\},\n\tyear = \{2026\},/,
		);
	});

	// Without each item's own mark, plain APA would give each pair below "2025a" and "2025b".
	it('cites items that share a name and a year each alone, and leaves their text as APA gives it', () => {
		const item = (id: string, title: string, extra: Record<string, unknown> = {}) => ({
			id,
			type: 'book',
			title,
			issued: { 'date-parts': [[2025]] },
			...extra,
		});
		const people = {
			author: [
				{ family: 'Doe', given: 'Jane' },
				{ family: 'Roe', given: 'Al' },
			],
		};
		const incomplete = { author: [{ literal: 'Smith, J., Doe, K., et al.' }] };
		const editor = { editor: [{ family: 'Eds', given: 'Ann' }] };
		const cited = citeItems([
			item('a', 'Page', people),
			item('b', 'Page', people),
			item('c', 'Page'),
			item('d', 'Page'),
			item('e', 'Is MDMA safe?'),
			item('f', 'Is MDMA safe?'),
			item('g', 'A', incomplete),
			item('h', 'B', incomplete),
			item('i', 'C', editor),
			item('j', 'D', editor),
			item('k', 'Republic', { author: [{ given: 'Plato' }] }),
		]);
		expect([...cited.values()].map(({ apa }) => apa)).toEqual([
			'Doe, J., & Roe, A. (2025). Page.',
			'Doe, J., & Roe, A. (2025). Page.',
			'Page. (2025).',
			'Page. (2025).',
			'Is MDMA safe? (2025).',
			'Is MDMA safe? (2025).',
			'Smith, J., Doe, K., et al. (2025). A.',
			'Smith, J., Doe, K., et al. (2025). B.',
			'Eds, A. (Ed.). (2025). C.',
			'Eds, A. (Ed.). (2025). D.',
			'Plato. (2025). Republic.',
		]);
	});

	it('keeps HTML in our own title as text, in APA and in BibTeX', () => {
		const { apa, bibtex } = citeItems([
			{
				id: 'x',
				type: 'webpage',
				title: 'Is <b>MDMA</b> <script>safe</script>?',
				author: [{ literal: 'evidence-digest' }],
				issued: { 'date-parts': [[2026]] },
			},
		]).get('x')!;
		expect(apa).toBe('evidence-digest. (2026). Is <b>MDMA</b> <script>safe</script>?');
		expect(bibtex).toContain(
			'title = {Is \\textless{}b\\textgreater{}{MDMA}\\textless{}/b\\textgreater{} \\textless{}script\\textgreater{}safe\\textless{}/script\\textgreater{}?}',
		);
		expect(`${apa}${bibtex}`).not.toContain('\u2063');
	});
});
