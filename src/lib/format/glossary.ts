/** One term of the glossary: its anchor on /glossary/, the term, other names readers search for, and what it means. */
export interface GlossaryTerm {
	id: string;
	term: string;
	/** Other names for the same thing, said in the definition's first line so that search finds them. */
	aka?: string;
	meaning: string;
	/** Other wordings of the term in outcome definitions, which link here (glossaryHref). */
	matches?: readonly string[];
	/**
	 * The outcomes (ids in content/outcomes/) this term names: search finds their pages by the term
	 * and its other names too (searchNamesOf), added to the index, not rewritten in the client.
	 */
	outcomes?: readonly string[];
	/** Names readers type for it that the definition need not say (a looser word, a spelling); indexed only. */
	searchAs?: readonly string[];
}

/**
 * The words the summaries and claims use, in plain language, for /glossary/. Definitions are ours,
 * factual and neutral; each term's id is its anchor, so search and claims can link to it.
 */
export const GLOSSARY: readonly GlossaryTerm[] = [
	{
		id: 'mdma',
		term: 'MDMA',
		aka: '3,4-methylenedioxymethamphetamine; sold illicitly as ecstasy (tablets) or molly (powder or crystals)',
		meaning:
			'A synthetic drug that increases the release of serotonin and other messengers in the brain. Street ecstasy and molly often contain other substances or none. In the trials summarised here, a measured dose was given in a clinic, within a course of psychotherapy: this is what "MDMA-assisted therapy" (MDMA-AT) means.',
	},
	{
		id: 'caps-5',
		term: 'CAPS-5',
		outcomes: ['caps-5'],
		aka: 'Clinician-Administered PTSD Scale for DSM-5',
		meaning:
			'A structured interview in which a trained assessor rates how often and how strongly each PTSD symptom of the DSM-5 occurs. The ratings add up to a total severity score; lower is better. It was the primary outcome of both phase 3 trials of MDMA-assisted therapy.',
	},
	{
		id: 'adverse-events',
		term: 'Adverse events',
		aka: 'side effects, harms',
		outcomes: ['adverse-events'],
		meaning:
			'Any unwanted medical occurrence in a participant during a trial, whether or not the treatment caused it; trials count them in every group, placebo included. Serious adverse events are those that end in death, threaten life, need a hospital stay or a longer one, cause persistent or significant incapacity or a birth defect, or could endanger the patient and need treatment to prevent one of these outcomes.',
	},
	{
		id: 'response',
		term: 'Response',
		meaning:
			'A yes-or-no outcome: a participant counts as a responder when their symptom score falls by at least an amount the paper fixes in advance. A responder may still have PTSD.',
	},
	{
		id: 'remission',
		term: 'Remission',
		outcomes: ['caps-5-remission'],
		searchAs: ['remitted', 'in remission'],
		meaning:
			'A stricter yes-or-no outcome: the participant no longer meets the criteria for PTSD and, in addition, has a total severity score below a low threshold the paper fixes. Papers set different thresholds.',
	},
	{
		id: 'no-longer-meeting-criteria',
		term: 'No longer meeting criteria',
		aka: 'loss of diagnosis',
		matches: ['No longer meeting diagnostic criteria'],
		meaning:
			'The assessment no longer finds the pattern of symptoms needed for a PTSD diagnosis. Symptoms below that line may remain, so this is a lower bar than remission.',
	},
	{
		id: 'self-compassion',
		term: 'Self-compassion',
		aka: 'self-kindness',
		outcomes: ['scs'],
		searchAs: ['self compassion', 'selfcompassion'],
		meaning:
			'Treating oneself with kindness when suffering or failing, rather than with harsh judgment; seeing one’s troubles as part of being human; and holding painful feelings in mind without being swept away by them.',
	},
	{
		id: 'cohens-d',
		term: "Cohen's d",
		aka: 'standardised mean difference, effect size',
		meaning:
			"The difference between two groups' average scores divided by how much scores vary. It lets studies with different scales be compared; by a common rule of thumb 0.2 is small, 0.5 medium and 0.8 large, though what matters to patients depends on the measure.",
	},
	{
		id: 'risk-ratio',
		term: 'Risk ratio',
		aka: 'relative risk',
		meaning:
			'The share of one group with an outcome divided by the share of another group with it. A ratio of 2 means the outcome was twice as common in the first group; 1 means no difference.',
	},
	{
		id: 'odds-ratio',
		term: 'Odds ratio',
		meaning:
			'The odds of an outcome in one group (those with it divided by those without it) divided by the same odds in another group. 1 means no difference. When an outcome is common, the odds ratio lies further from 1 than the risk ratio for the same data.',
	},
	{
		id: 'phase-3',
		term: 'Phase 3',
		meaning:
			'The stage of drug development in which a treatment is tested in larger randomized trials, usually to give regulators the evidence they need to decide on approval. It follows smaller phase 1 (safety) and phase 2 (early efficacy) studies.',
	},
	{
		id: 'breakthrough-therapy-designation',
		term: 'Breakthrough therapy designation',
		meaning:
			'A status the US Food and Drug Administration (FDA) can give a treatment for a serious condition when early evidence suggests a substantial improvement over existing treatments. It brings closer FDA guidance during development and lets the application qualify for rolling and priority review; it is not an approval. Its sponsor reports that MDMA-assisted therapy for PTSD received it in 2017.',
	},
	{
		id: 'complete-response-letter',
		term: 'Complete response letter',
		meaning:
			'The letter in which the FDA tells a sponsor that it cannot approve an application as submitted, and what would be needed. In August 2024 the FDA sent one for MDMA-assisted therapy for PTSD and asked for a further phase 3 trial.',
	},
	{
		id: 'functional-unblinding',
		term: 'Functional unblinding',
		meaning:
			'When participants or assessors can tell which treatment was given from its effects, although the trial was designed to hide it. With a drug whose effects are as noticeable as MDMA’s, participants may guess correctly, which can bias the outcomes they report.',
	},
];

/** The glossary address of a term as an outcome definition names it ("Response"), if the glossary has it. */
export function glossaryHref(term: string): string | undefined {
	const wanted = term.trim().toLowerCase();
	const entry = GLOSSARY.find(
		(t) => t.term.toLowerCase() === wanted || t.matches?.some((m) => m.toLowerCase() === wanted),
	);
	return entry && `/glossary/#${entry.id}`;
}

/**
 * The names search finds an outcome's page by besides its own: each glossary term that names the
 * outcome, with its other names (aka, split at commas and semicolons) and searchAs. Indexed as a
 * meta value of the page (BaseLayout's `search.aka`), so "side effects" finds adverse events.
 */
export function searchNamesOf(outcomeId: string): string[] {
	return GLOSSARY.filter((t) => t.outcomes?.includes(outcomeId)).flatMap((t) => [
		t.term,
		...(t.aka?.split(/[;,]\s*/) ?? []),
		...(t.searchAs ?? []),
	]);
}
