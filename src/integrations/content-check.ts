import type { AstroIntegration } from 'astro';
import { publishCitations } from '../lib/citations/background.ts';
import { checkContent } from '../lib/check/check-content.ts';
import { publishCheckedArticles } from '../lib/build-state.ts';
import { ContentError, formatProblems } from '../lib/check/problems.ts';
import type { Content } from '../lib/check/validate-content.ts';

/**
 * Validates content/ with every schema and cross-file rule before Astro builds, so a content
 * problem stops the build with the file, field, expectation and finding. The checked content goes
 * to `onChecked`, so later build steps (the share cards) need not read it again, and in a build it
 * starts formatting the citations in the background.
 */
export function contentCheck(onChecked?: (content: Content) => void): AstroIntegration {
	return {
		name: 'evidence-digest:content-check',
		hooks: {
			'astro:config:setup': ({ command, config, logger }) => {
				try {
					const { content, warnings } = checkContent();
					onChecked?.(content);
					// Citations are formatted on a second thread while Astro bundles and renders (lib/citations/background.ts).
					if (command === 'build' && config.site) publishCitations(content.references, content.articles, new URL(config.site));
					// The article loader takes the articles as checked rather than parsing them again (lib/build-state.ts).
					if (command === 'build') publishCheckedArticles(content.articles);
					if (warnings.length) logger.warn(`\n${formatProblems(warnings)}`);
				} catch (error) {
					if (!(error instanceof ContentError) || command === 'build') throw error;
					logger.error(error.message);
				}
			},
		},
	};
}
