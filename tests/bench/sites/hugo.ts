import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { measure } from '../measure.ts';
import { writePeerArticles } from './markdown.ts';
import { indexedAfter, type RunFigures, runPagefind, type Site } from './site.ts';

/** The least a Hugo site needs to render the summaries as pages, with Pagefind's body marker. */
const FILES: Record<string, string> = {
	'hugo.toml': `baseURL = 'https://hugo-bench.example/'\ntitle = 'Benchmark'\ndisableKinds = ['taxonomy', 'term', 'RSS']\n`,
	'layouts/_default/baseof.html': `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{{ .Title }}</title><meta name="description" content="{{ .Description }}"></head>\n<body><header><a href="/">{{ .Site.Title }}</a></header>{{ block "main" . }}{{ end }}</body></html>\n`,
	'layouts/_default/single.html': `{{ define "main" }}<main data-pagefind-body><h1>{{ .Title }}</h1><p>{{ .Description }}</p>{{ .Content }}</main>{{ end }}\n`,
	'layouts/_default/list.html': `{{ define "main" }}<main><h1>{{ .Title }}</h1></main>{{ end }}\n`,
	'layouts/404.html': `{{ define "main" }}<main><h1>Page not found</h1></main>{{ end }}\n`,
};

/** Whether a `hugo` command is installed (Debian: apt-get install hugo). */
export function hugoVersion(): string | undefined {
	try {
		return execFileSync('hugo', ['version'], { encoding: 'utf8' }).trim().split(' ')[1];
	} catch {
		return undefined;
	}
}

/** Hugo with the same summaries as Markdown pages, then Pagefind over its output, as Hugo sites use it. */
export function hugo(): Site {
	let root = '';
	return {
		name: 'hugo',
		searchLoadsFilters: true,
		async prepare(corpus, work) {
			root = join(work, 'hugo');
			for (const [path, text] of Object.entries(FILES)) {
				mkdirSync(join(root, path, '..'), { recursive: true });
				writeFileSync(join(root, path), text);
			}
			writePeerArticles(corpus, join(root, 'content', 'articles'), '.md');
			return `Hugo ${hugoVersion()} + Pagefind`;
		},
		async run(out, options): Promise<RunFigures> {
			const build = await measure(
				'hugo',
				['--source', root, '--destination', out, '--quiet', '--cacheDir', options.cacheDir],
				{ cwd: root, log: options.log, onTick: options.onTick },
			);
			if (build.code !== 0) throw new Error(`Hugo failed; its output is in ${options.log}`);
			return indexedAfter(build, await runPagefind(out, options));
		},
	};
}
