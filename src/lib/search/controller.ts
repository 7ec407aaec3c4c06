import { search } from './client.ts';
import { FILTERS } from './names.ts';
import { renderFilters, renderResults } from './render.ts';
import { readSearchState, type SearchState, writeSearchState } from './safe.ts';

/** The elements a search UI is made of; `filters` only on the search page. */
export interface SearchElements {
	input: HTMLInputElement;
	status: HTMLElement;
	results: HTMLElement;
	filters?: HTMLElement;
}

/** Arrow keys move between the input and the result links; Enter follows the focused link. */
function enableArrowKeys({ input, results }: SearchElements): void {
	const stops = () => [input, ...results.querySelectorAll<HTMLAnchorElement>('.result-title a, .result-sections a')];
	const onKey = (event: KeyboardEvent) => {
		if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
		const all = stops();
		const at = all.indexOf(document.activeElement as HTMLInputElement);
		const next = all[Math.min(all.length - 1, Math.max(0, at + (event.key === 'ArrowDown' ? 1 : -1)))];
		if (next && next !== document.activeElement) {
			event.preventDefault();
			next.focus();
		}
	};
	input.addEventListener('keydown', onKey);
	results.addEventListener('keydown', onKey);
}

/**
 * Wires a search UI: typing searches (debounced), filters narrow, the live region announces the
 * count. With `syncUrl`, the query and filters live in the address (?q=…&status=…).
 */
export function mountSearch(elements: SearchElements, { syncUrl }: { syncUrl: boolean }): void {
	const names = Object.keys(FILTERS);
	// Without the address, keep whatever was typed while the search code was still loading.
	const state: SearchState = syncUrl ? readSearchState(new URLSearchParams(location.search), names) : { query: elements.input.value.trim(), filters: {} };
	elements.input.value = state.query;
	let run = 0;
	const update = async () => {
		const mine = ++run;
		// Marks let the search benchmark time query-to-render in a real browser (tests/bench/search-latency.ts).
		performance.mark('search:start');
		const { total, results, counts } = await search(state.query, state.filters);
		if (mine !== run) return; // a newer query has started; drop this one
		renderResults(elements.results, elements.status, results, total, Boolean(state.query) || Object.keys(state.filters).length > 0);
		if (elements.filters) renderFilters(elements.filters, counts, state.filters);
		performance.measure('search', 'search:start');
		if (syncUrl) {
			const params = writeSearchState(state).toString();
			history.replaceState(null, '', params ? `?${params}` : location.pathname);
		}
	};
	let timer: ReturnType<typeof setTimeout> | undefined;
	elements.input.addEventListener('input', () => {
		state.query = elements.input.value.trim();
		clearTimeout(timer);
		timer = setTimeout(update, 120);
	});
	elements.filters?.addEventListener('change', () => {
		state.filters = {};
		for (const box of elements.filters!.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')) (state.filters[box.name] ??= []).push(box.value);
		void update();
	});
	enableArrowKeys(elements);
	void update();
}
