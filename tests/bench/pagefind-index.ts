// Indexes a built site with Pagefind's Node API, as Starlight's integration does, for the benchmark:
//   node tests/bench/pagefind-index.ts <built site folder>
// The index goes to <folder>/pagefind/. Run as its own process so that its time and memory
// (Pagefind's binary is a child of this one) are measured alone.
import * as pagefind from 'pagefind';

const [site] = process.argv.slice(2);
try {
	const { index, errors } = await pagefind.createIndex();
	if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
	const added = await index.addDirectory({ path: site });
	if (added.errors.length)
		throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
	const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
	if (written.errors.length)
		throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
	console.log(`indexed ${added.page_count} pages`);
} finally {
	await pagefind.close();
}
