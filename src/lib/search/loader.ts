// Runs on every page and stays tiny: on click, Ctrl/⌘+K or "/" it loads the search code, which
// builds the search dialog and opens it (dialog.ts); and it highlights searched words when a result
// link brought the reader here.
import { BUNDLE_PATH, HIGHLIGHT_PARAM } from './names.ts';

const trigger = document.querySelector<HTMLAnchorElement>('#search-trigger');

// What the reader types between the shortcut and the dialog's input existing (the dialog's code is
// still loading): kept, and put into the input once it has focus, so a fast "/67%" searches "67%".
let typedAhead: string | undefined;

function keepTypedAhead(event: KeyboardEvent): void {
	if (typedAhead === undefined || event.ctrlKey || event.metaKey || event.altKey) return;
	if (event.key.length === 1) typedAhead += event.key;
	else if (event.key === 'Backspace') typedAhead = typedAhead.slice(0, -1);
	else return;
	event.preventDefault();
}

function open(): void {
	if (!trigger || typedAhead !== undefined) return;
	typedAhead = '';
	void import('./dialog.ts')
		.then(({ openSearch }) => {
			const input = openSearch(trigger);
			if (input && typedAhead) {
				input.value += typedAhead;
				input.dispatchEvent(new Event('input', { bubbles: true }));
			}
		})
		.finally(() => (typedAhead = undefined));
}

if (trigger) {
	trigger.addEventListener('click', (event) => {
		event.preventDefault();
		open();
	});
	document.addEventListener('keydown', keepTypedAhead, true);
	document.addEventListener('keydown', (event) => {
		if (typedAhead !== undefined) return;
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
			revealFirstHighlight();
		},
	);
}

/**
 * A word marked only inside closed disclosures (a claim's notes) is marked but unseen: open the
 * disclosure that holds the first mark, unless a mark already shows outside any closed one.
 */
function revealFirstHighlight() {
	const marks = [...document.querySelectorAll('#main mark.pagefind-highlight')];
	if (marks.length > 0 && marks.every((mark) => mark.closest('details:not([open])')))
		marks[0].closest('details:not([open])')?.setAttribute('open', '');
}
