import { claimColumns } from '../../schemas/claim-row.ts';
import type { Reference } from '../../schemas/reference.ts';
import type { Trial } from '../../schemas/trial.ts';
import { DATA_FILES, DATA_LICENCE } from '../data/dataset.ts';
import { doiUrl } from '../format/doi.ts';
import type { GlossaryTerm } from '../format/glossary.ts';
import { referenceDateParts } from '../format/reference-date.ts';
import { type JsonLd, SITE_NAME, siteOrganisation } from './json-ld.ts';

/** The home page: the site, for search engines' site name. */
export function webSite(site: URL, description: string): JsonLd {
	return {
		'@type': 'WebSite',
		name: SITE_NAME,
		url: new URL('/', site).href,
		description,
		inLanguage: 'en',
		publisher: siteOrganisation(site),
	};
}

/** /data/: the claims dataset, its two files, licence and columns (schemas/claim-row.ts), for dataset search. */
export function claimsDataset(
	site: URL,
	facts: { description: string; version: string; published: string; claims: number },
): JsonLd {
	return {
		'@type': 'Dataset',
		name: 'Claims in popular articles on MDMA-assisted therapy for PTSD, checked against the primary papers',
		description: facts.description,
		url: new URL('/data/', site).href,
		license: DATA_LICENCE.url,
		isAccessibleForFree: true,
		creator: siteOrganisation(site),
		publisher: siteOrganisation(site),
		version: facts.version,
		datePublished: facts.published,
		dateModified: facts.version,
		inLanguage: 'en',
		size: `${facts.claims} rows`,
		distribution: [
			{
				'@type': 'DataDownload',
				encodingFormat: 'text/csv',
				contentUrl: new URL(DATA_FILES.csv, site).href,
			},
			{
				'@type': 'DataDownload',
				encodingFormat: 'application/json',
				contentUrl: new URL(DATA_FILES.json, site).href,
			},
		],
		variableMeasured: claimColumns().map(({ name, meta }) => ({
			'@type': 'PropertyValue',
			name,
			description: meta.description,
			...(meta.unit && { unitText: meta.unit }),
		})),
	};
}

/** A trial's page: the trial as schema.org MedicalTrial, with its registration and arms. */
export function medicalTrial(trial: Trial, url: string): JsonLd {
	return {
		'@type': 'MedicalTrial',
		name: trial.name,
		alternateName: trial.title,
		url,
		identifier: trial.registration,
		sameAs: `https://clinicaltrials.gov/study/${trial.registration}`,
		...(trial.sponsor && { sponsor: { '@type': 'Organization', name: trial.sponsor } }),
		healthCondition: { '@type': 'MedicalCondition', name: 'Posttraumatic stress disorder' },
		description: trial.population,
	};
}

/** A reference's page: the paper or record itself, with its DOI as sameAs, not our page about it. */
export function scholarlyArticle(r: Reference): JsonLd {
	const date = referenceDateParts(r)
		?.map((part, i) => (i ? String(part).padStart(2, '0') : String(part)))
		.join('-');
	const address = r.DOI ? doiUrl(r.DOI) : r.URL;
	return {
		'@type':
			r.type === 'article-journal' || r.type === 'article'
				? 'ScholarlyArticle'
				: r.type === 'legislation'
					? 'Legislation'
					: 'CreativeWork',
		name: r.title,
		...(r.author && {
			author: r.author.map((n) =>
				'literal' in n
					? { '@type': 'Organization', name: n.literal }
					: {
							'@type': 'Person',
							familyName: n.family,
							...(n.given && { givenName: n.given }),
							name: [n.given, n.family].filter(Boolean).join(' '),
						},
			),
		}),
		...(date && { datePublished: date }),
		...(r['container-title'] && {
			isPartOf: {
				'@type': r.type === 'article-journal' ? 'Periodical' : 'WebSite',
				name: r['container-title'],
			},
		}),
		...(r.DOI && { identifier: { '@type': 'PropertyValue', propertyID: 'DOI', value: r.DOI } }),
		...(address && { url: address, sameAs: address }),
		...(r.status?.type === 'retracted' && { creativeWorkStatus: 'Retracted' }),
	};
}

/** /glossary/: the terms as a DefinedTermSet, each term at its anchor. */
export function glossaryTermSet(terms: readonly GlossaryTerm[], url: string): JsonLd {
	return {
		'@type': 'DefinedTermSet',
		'@id': url,
		name: `${SITE_NAME} glossary`,
		url,
		hasDefinedTerm: terms.map((t) => ({
			'@type': 'DefinedTerm',
			'@id': `${url}#${t.id}`,
			name: t.term,
			description: t.meaning,
			inDefinedTermSet: url,
		})),
	};
}
