import type { AstroIntegration } from 'astro';
import { publishCitations } from '../lib/citations/background.ts';
import { checkContent } from '../lib/check/check-content.ts';
import { publishCheckedContent } from '../lib/build-state.ts';
import { ContentError, formatProblems } from '../lib/check/problems.ts';

/**
 * Validates content/ with every schema and cross-file rule before Astro builds, so a content
 * problem stops the build with the file, field, expectation and finding. In a build it publishes
 * the checked content (lib/build-state.ts), so later steps (the article loader, the share cards)
 * need not read it again, and starts formatting the citations in the background.
 */
export function contentCheck(): AstroIntegration {
	return {
		name: 'evidence-digest:content-check',
		hooks: {
			'astro:config:setup': ({ command, config, logger }) => {
				try {
					const { content, warnings } = checkContent();
					// Citations are formatted on a second thread while Astro bundles and renders (lib/citations/background.ts).
					if (command === 'build' && config.site)
						publishCitations(content.references, content.articles, new URL(config.site));
					// The article loader and the share cards take the content as checked rather than reading it again (lib/build-state.ts).
					if (command === 'build') publishCheckedContent(content);
					if (warnings.length) logger.warn(`\n${formatProblems(warnings)}`);
				} catch (error) {
					if (!(error instanceof ContentError) || command === 'build') throw error;
					logger.error(error.message);
				}
			},
		},
	};
}
