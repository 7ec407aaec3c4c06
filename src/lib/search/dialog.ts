// The header's search dialog, built when search first opens (the loader imports this module then),
// so that no page carries its markup. Built with elements and attributes, not HTML strings: the
// CSP allows no inline style, and nothing here comes from the reader. The dialog opens before the
// search code (controller.ts) has loaded, which keeps whatever is typed meanwhile.

/** Creates an element with attributes and children (text or elements). */
function el<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	attributes: Record<string, string> = {},
	...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
	const element = document.createElement(tag);
	for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
	element.append(...children);
	return element;
}

function build(): HTMLDialogElement {
	const input = el('input', {
		id: 'search-dialog-input',
		type: 'search',
		autocomplete: 'off',
		spellcheck: 'false',
		placeholder: 'e.g. remission, 67%, self-judgment',
		'aria-describedby': 'search-dialog-help',
	});
	const close = el('button', { class: 'close', type: 'button' }, 'Close');
	const status = el('p', { role: 'status', class: 'result-count' });
	const results = el('ol', { class: 'results plain-list' });
	const dialog = el(
		'dialog',
		{ id: 'search-dialog', class: 'search-dialog', 'aria-labelledby': 'search-dialog-label' },
		el(
			'div',
			{ class: 'search-bar' },
			el(
				'label',
				{ id: 'search-dialog-label', for: 'search-dialog-input' },
				'Search findings and summaries',
			),
			el('div', { class: 'search-row' }, input, close),
			el(
				'p',
				{ id: 'search-dialog-help', class: 'small muted' },
				'Arrow keys move through results; Enter opens one; Esc closes. ',
				el('a', { href: '/search/' }, 'Filters and all results'),
			),
		),
		status,
		results,
	);
	close.addEventListener('click', () => dialog.close());
	// Esc closes at once: in a search input the browser's first Esc would only clear the query.
	dialog.addEventListener('keydown', (event) => {
		if (event.key !== 'Escape') return;
		event.preventDefault();
		dialog.close();
	});
	dialog.addEventListener('click', (event) => event.target === dialog && dialog.close());
	void import('./controller.ts').then(({ mountSearch }) =>
		mountSearch({ input, status, results }, { syncUrl: false }),
	);
	return dialog;
}

let dialog: HTMLDialogElement | undefined;

/**
 * Opens the search dialog beside `trigger` (building it the first time) and focuses its input;
 * returns the input, or nothing when the dialog was open already.
 */
export function openSearch(trigger: HTMLElement): HTMLInputElement | undefined {
	if (!dialog) {
		dialog = build();
		trigger.after(dialog);
	}
	if (dialog.open) return undefined;
	dialog.showModal();
	const input = dialog.querySelector('input')!;
	input.focus();
	return input;
}
