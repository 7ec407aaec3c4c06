// Runs on every page and stays tiny: it opens the search dialog (click, Ctrl/⌘+K or "/"), loads the
// search code only then, and highlights searched words when a result link brought the reader here.
import { BUNDLE_PATH, HIGHLIGHT_PARAM } from './names.ts';

const dialog = document.querySelector<HTMLDialogElement>('#search-dialog');
const trigger = document.querySelector<HTMLAnchorElement>('#search-trigger');

async function open(): Promise<void> {
	if (!dialog || dialog.open) return;
	dialog.showModal();
	const input = dialog.querySelector<HTMLInputElement>('input[type=search]')!;
	input.focus();
	if (dialog.dataset.ready) return;
	dialog.dataset.ready = 'true';
	const { mountSearch } = await import('./controller.ts');
	mountSearch(
		{
			input,
			status: dialog.querySelector('[role=status]')!,
			results: dialog.querySelector('.results')!,
		},
		{ syncUrl: false },
	);
}

if (dialog && trigger) {
	trigger.addEventListener('click', (event) => {
		event.preventDefault();
		void open();
	});
	dialog.querySelector('.close')?.addEventListener('click', () => dialog.close());
	dialog.addEventListener('click', (event) => event.target === dialog && dialog.close());
	document.addEventListener('keydown', (event) => {
		const typing =
			event.target instanceof HTMLElement &&
			(event.target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(event.target.tagName));
		if ((event.key === 'k' && (event.metaKey || event.ctrlKey)) || (event.key === '/' && !typing)) {
			event.preventDefault();
			void open();
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
