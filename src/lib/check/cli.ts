// `npm run check`: validates content/ without building pages. Exit 1 on any error.
import { checkContent } from './check-content.ts';
import { ContentError, formatProblems } from './problems.ts';

try {
	const { content, warnings } = checkContent();
	if (warnings.length) console.warn(`${formatProblems(warnings)}\n`);
	const claims = content.articles.reduce((sum, a) => sum + a.data.claims.length, 0);
	console.log(
		`content ok: ${content.articles.length} articles, ${claims} claims, ${content.references.length} references, ${content.trials.length} trials, ${content.outcomes.length} outcomes, ${content.events.length} events; ${warnings.length} warnings`,
	);
} catch (error) {
	if (!(error instanceof ContentError)) throw error;
	console.error(error.message);
	const warnings = error.problems.filter((p) => p.level === 'warning');
	if (warnings.length) console.error(`${formatProblems(warnings)}\n`);
	process.exit(1);
}
