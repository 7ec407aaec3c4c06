import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../../setup/paths.ts';
import { writePeerArticles } from './markdown.ts';
import { indexedInBuild, type RunFigures, runAstro, type Site } from './site.ts';

const version = (dir: string, name: string) =>
	(
		JSON.parse(readFileSync(join(dir, 'node_modules', name, 'package.json'), 'utf8')) as {
			version: string;
		}
	).version;

// A small sidebar: by default Starlight lists every page in every page's sidebar, which at
// thousands of pages measures the sidebar, not the site.
const CONFIG = `import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
export default defineConfig({
	site: 'https://starlight-bench.example',
	outDir: process.env.OUT_DIR,
	integrations: [starlight({ title: 'Benchmark', sidebar: [{ label: 'Summaries', link: '/' }] })],
});
`;
const COLLECTIONS = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

/** Where Starlight's docs collection reads its pages. */
const docsOf = (root: string) => join(root, 'src', 'content', 'docs');

/**
 * Starlight, current release, on the project's own Astro version: installed once into a temporary
 * folder (never a dependency of the project), then fed the same summaries as docs pages.
 */
export function starlight(): Site {
	let root = '';
	return {
		name: 'starlight',
		searchLoadsFilters: true,
		async prepare(corpus, _work, progress) {
			const astro = version(ROOT, 'astro');
			root = join(tmpdir(), 'evidence-digest-bench', `starlight-on-astro-${astro}`);
			if (!existsSync(join(root, 'node_modules', '@astrojs', 'starlight'))) {
				progress(
					`installing Starlight (latest) with astro@${astro} into ${root}; once, reused by later runs`,
				);
				mkdirSync(root, { recursive: true });
				writeFileSync(
					join(root, 'package.json'),
					`${JSON.stringify({ name: 'starlight-bench', private: true, type: 'module' })}\n`,
				);
				execFileSync(
					'npm',
					[
						'install',
						'--no-audit',
						'--no-fund',
						'--loglevel=error',
						`astro@${astro}`,
						'@astrojs/starlight@latest',
					],
					{ cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
				);
			}
			if (version(root, 'astro') !== astro)
				throw new Error(
					`Starlight's folder ${root} has astro ${version(root, 'astro')}, expected ${astro}; delete the folder to reinstall`,
				);
			writeFileSync(join(root, 'astro.config.mjs'), CONFIG);
			mkdirSync(join(root, 'src'), { recursive: true });
			writeFileSync(join(root, 'src', 'content.config.ts'), COLLECTIONS);
			const docs = docsOf(root);
			rmSync(docs, { recursive: true, force: true });
			writePeerArticles(corpus, join(docs, 'articles'), '.mdx');
			writeFileSync(
				join(docs, 'index.mdx'),
				'---\ntitle: Benchmark\n---\n\nSynthetic summaries for the benchmark.\n',
			);
			return `Starlight ${version(root, '@astrojs/starlight')} on Astro ${astro}`;
		},
		async run(out, options): Promise<RunFigures> {
			// Starlight indexes with Pagefind in its own astro:build:done hook, after the pages.
			return indexedInBuild(await runAstro(root, out, options));
		},
		dev: () => ({
			root,
			env: {},
			articleFile: (id) => join(docsOf(root), 'articles', `${id}.mdx`),
		}),
	};
}
