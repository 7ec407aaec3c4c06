import {
	type FilterCounts,
	type Found,
	find,
	loadFilters,
	loadPagefind,
	preload,
	type ResultView,
} from './client.ts';
import { FILTERS } from './names.ts';
import { renderFilters, renderResults } from './render.ts';
import {
	knownFilters,
	readSearchState,
	type SearchState,
	unknownFiltersNote,
	writeSearchState,
} from './safe.ts';

/** The elements a search UI is made of; `filters` and `more` (next page of results) only on the search page. */
export interface SearchElements {
	input: HTMLInputElement;
	status: HTMLElement;
	results: HTMLElement;
	filters?: HTMLElement;
	more?: HTMLButtonElement;
}

/** Results loaded at a time: the dialog shows a screenful, the search page pages on with `more`. */
const PAGE = { dialog: 8, page: 10 };

/** Arrow keys move between the input and the result links; Enter follows the focused link. */
function enableArrowKeys({ input, results }: SearchElements): void {
	const stops = () => [
		input,
		...results.querySelectorAll<HTMLAnchorElement>('.result-title a, .result-sections a'),
	];
	const onKey = (event: KeyboardEvent) => {
		if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
		const all = stops();
		const at = all.indexOf(document.activeElement as HTMLInputElement);
		const next =
			all[Math.min(all.length - 1, Math.max(0, at + (event.key === 'ArrowDown' ? 1 : -1)))];
		if (next && next !== document.activeElement) {
			event.preventDefault();
			next.focus();
		}
	};
	input.addEventListener('keydown', onKey);
	results.addEventListener('keydown', onKey);
}

/**
 * Keeps the filter checkboxes of the search page in step with the query: values, counts, which are
 * open. The counts come with each search's results; with no query and no filter, the site's totals.
 */
function filterPanel(
	container: HTMLElement,
	state: SearchState,
): { ready: Promise<FilterCounts>; recount(found: Found): Promise<void> } {
	const expanded = new Set<string>();
	const totals = loadFilters();
	let counts: FilterCounts | undefined;
	const draw = () => counts && renderFilters(container, counts, state.filters, expanded);
	container.addEventListener('click', (event) => {
		const name = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-expand]')
			?.dataset.expand;
		if (!name) return;
		expanded.add(name);
		draw();
		container.querySelector<HTMLInputElement>(`fieldset[data-filter="${name}"] input`)?.focus();
	});
	// Searches wait for the filter indexes, so that Pagefind counts every filter with the results.
	return {
		ready: totals,
		recount: async (found) => {
			const all = await totals;
			const browsing = !state.query && Object.keys(state.filters).length === 0;
			const shown = Object.keys(FILTERS).filter((name) => all[name]);
			counts = Object.fromEntries(
				shown.map((name) => [
					name,
					Object.fromEntries(
						Object.keys(all[name]).map((value) => [
							value,
							browsing ? all[name][value] : (found.counts[name]?.[value] ?? 0),
						]),
					),
				]),
			);
			draw();
		},
	};
}

/** The results list: a new search replaces it; "Show more" extends it from the same search. */
function resultList(
	elements: SearchElements,
	pageSize: number,
	asked: () => boolean,
	query: () => string,
	note: () => string,
): (next: Found, first: ResultView[]) => void {
	let found: Found = { total: 0, show: async () => [], counts: {} };
	let shown = 0;
	const show = (results: ResultView[], append: boolean) => {
		shown = append ? shown + results.length : results.length;
		renderResults(elements.results, elements.status, results, {
			total: found.total,
			shown,
			asked: asked(),
			append,
			query: query(),
			note: note(),
		});
		if (elements.more) elements.more.hidden = shown >= found.total;
	};
	elements.more?.addEventListener('click', async () => {
		const from = found;
		const results = await from.show(shown, pageSize);
		if (from === found) show(results, true);
	});
	return (next, first) => {
		found = next;
		show(first, false);
	};
}

/**
 * Wires a search UI: typing searches (debounced, with the index fetched meanwhile), filters narrow,
 * the live region announces the count. With `syncUrl` (the search page), the query and filters live
 * in the address (?q=…&status=…) and filter counts follow each search.
 */
export function mountSearch(elements: SearchElements, { syncUrl }: { syncUrl: boolean }): void {
	const names = Object.keys(FILTERS);
	// Without the address, keep whatever was typed while the search code was still loading.
	const state: SearchState = syncUrl
		? readSearchState(new URLSearchParams(location.search), names)
		: { query: elements.input.value.trim(), filters: {} };
	elements.input.value = state.query;
	const page = elements.more ? PAGE.page : PAGE.dialog;
	// Filter values from the address that the index does not have: named, then dropped (not "No results").
	let note = '';
	const showResults = resultList(
		elements,
		page,
		() => Boolean(state.query) || Object.keys(state.filters).length > 0,
		() => state.query,
		() => note,
	);
	const panel = elements.filters ? filterPanel(elements.filters, state) : undefined;
	const checkLinked = panel?.ready.then((totals) => {
		const { known, unknown } = knownFilters(state.filters, totals);
		state.filters = known;
		note = unknownFiltersNote(unknown, state.query, Object.keys(known).length > 0);
	});
	let run = 0;
	const update = async () => {
		const mine = ++run;
		// Marks let the search benchmark time query-to-render in a real browser (tests/bench/search-latency.ts).
		performance.mark('search:start');
		await checkLinked;
		const found = await find(state.query, state.filters);
		const first = await found.show(0, page);
		if (mine !== run) return; // a newer query has started; drop this one
		showResults(found, first);
		performance.measure('search', 'search:start');
		if (syncUrl) {
			const params = writeSearchState(state).toString();
			history.replaceState(null, '', params ? `?${params}` : location.pathname);
		}
		void panel?.recount(found);
	};
	let timer: ReturnType<typeof setTimeout> | undefined;
	elements.input.addEventListener('input', () => {
		state.query = elements.input.value.trim();
		note = '';
		void preload(state.query);
		clearTimeout(timer);
		timer = setTimeout(update, 120);
	});
	elements.filters?.addEventListener('change', () => {
		state.filters = {};
		note = '';
		for (const box of elements.filters!.querySelectorAll<HTMLInputElement>(
			'input[type=checkbox]:checked',
		))
			(state.filters[box.name] ??= []).push(box.value);
		void update();
	});
	enableArrowKeys(elements);
	// Fetch Pagefind and its index metadata now, while the reader starts typing.
	void loadPagefind();
	void update();
}
