import type { AstroIntegration } from 'astro';
import { publishCitations } from '../lib/citations/background.ts';
import { checkAllContent, contentCheck as checked } from '../lib/build-context.ts';
import { formatSummaryCitations } from '../lib/citations/formatted.ts';
import { problemsOf } from '../lib/check/content-check.ts';
import { ContentError, formatProblems } from '../lib/check/problems.ts';

/**
 * Validates content/ with every schema and cross-file rule before Astro loads it, and keeps the
 * check in the build context (lib/build-context.ts): the content loaders serve its entries to
 * Astro's store, the share cards and pages read it, and nothing reads a content file again. A
 * build stops on any problem, naming file, field, expectation and finding; `astro dev` prints them
 * and its pages show them in the error overlay until they are fixed. Citations are formatted on a
 * second thread meanwhile (lib/citations/background.ts).
 */
export function contentCheck(): AstroIntegration {
	return {
		name: 'evidence-digest:content-check',
		hooks: {
			// The first citation formatted on this thread builds citeproc's engine (seconds on a busy
			// machine): build it while the server waits for its first request, not on an editor's first edit.
			'astro:server:start': () => {
				setTimeout(warmCitationEngine, 0);
			},
			'astro:config:setup': ({ command, config, logger }) => {
				const check = checkAllContent();
				const problems = problemsOf(check);
				if (problems.some((p) => p.level === 'error')) {
					const error = new ContentError(problems);
					if (command === 'build') throw error;
					logger.error(error.message);
					return;
				}
				const warnings = problems.filter((p) => p.level === 'warning');
				if (warnings.length) logger.warn(`\n${formatProblems(warnings)}`);
				if (config.site && (command === 'build' || command === 'dev')) {
					const { references, articles } = check.content;
					publishCitations(references, articles, new URL(config.site));
				}
			},
		},
	};
}

function warmCitationEngine(): void {
	const [article] = checked().content.articles;
	if (article) formatSummaryCitations([article], new URL('https://evidence-digest.example/'));
}
