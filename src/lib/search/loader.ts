// Runs on every page and stays tiny: on click, Ctrl/⌘+K or "/" it loads the search code, which
// builds the search dialog and opens it (dialog.ts); and it highlights searched words when a result
// link brought the reader here.
import { BUNDLE_PATH, HIGHLIGHT_PARAM } from './names.ts';

const trigger = document.querySelector<HTMLAnchorElement>('#search-trigger');

function open(): void {
	if (trigger) void import('./dialog.ts').then(({ openSearch }) => openSearch(trigger));
}

if (trigger) {
	trigger.addEventListener('click', (event) => {
		event.preventDefault();
		open();
	});
	document.addEventListener('keydown', (event) => {
		const typing =
			event.target instanceof HTMLElement &&
			(event.target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(event.target.tagName));
		if ((event.key === 'k' && (event.metaKey || event.ctrlKey)) || (event.key === '/' && !typing)) {
			event.preventDefault();
			open();
		}
	});
}

if (new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) {
	import(/* @vite-ignore */ `${BUNDLE_PATH}pagefind-highlight.js`).then(
		({ default: PagefindHighlight }) => {
			// Mark the whole main content, not only what is indexed: a claim's notes are left out of the index
			// but still show the words. Styles come from global.css (no injected <style>, for the CSP).
			new PagefindHighlight({
				highlightParam: HIGHLIGHT_PARAM,
				addStyles: false,
				markContext: '#main',
				markOptions: {
					className: 'pagefind-highlight',
					exclude: ['.search-page', '.search-page *'],
				},
			});
		},
	);
}
