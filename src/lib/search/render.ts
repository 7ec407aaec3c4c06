import type { ResultView, SectionView } from './client.ts';
import { FILTERS } from './names.ts';

/** Makes an element with text content only (never HTML). */
function el<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	className: string,
	text?: string,
): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	if (className) node.className = className;
	if (text !== undefined) node.textContent = text;
	return node;
}

function excerpt(html: string): HTMLParagraphElement {
	const p = el('p', 'result-excerpt');
	// Safe: safeExcerpt left no tag but <mark>.
	p.innerHTML = html;
	return p;
}

/** One section of a result: a claim's heading link, its check status, the words it matched. */
function renderSection(section: SectionView): HTMLLIElement {
	const li = el('li', '');
	const a = el('a', '', section.title);
	a.href = section.url;
	li.append(a);
	if (section.status) li.append(el('p', 'result-status', section.status));
	if (section.excerpt) li.append(excerpt(section.excerpt));
	return li;
}

/** One result: title link, kind and outlet, the excerpt, then its matching sections (claims). */
function renderResult(result: ResultView): HTMLLIElement {
	const item = el('li', 'result');
	const heading = el('h3', 'result-title');
	const link = el('a', '', result.title);
	link.href = result.url;
	heading.append(link);
	const facts = [result.kind, result.outlet].filter(Boolean).join(' · ');
	item.append(heading);
	if (facts) item.append(el('p', 'result-meta', facts));
	if (result.excerpt) item.append(excerpt(result.excerpt));
	if (result.sections.length) {
		const list = el('ul', 'result-sections');
		list.append(...result.sections.map(renderSection));
		item.append(list);
	}
	return item;
}

/** How many results a search found and shows, and whether these extend the list or replace it. */
export interface ResultCount {
	total: number;
	shown: number;
	asked: boolean;
	append?: boolean;
	/** What was typed, repeated when nothing matches it. */
	query?: string;
	/** Said before the count: chosen filter values the index does not have (unknownFiltersNote). */
	note?: string;
}

/** Replaces (or extends) the results list and announces the count in the live region. */
export function renderResults(
	list: HTMLElement,
	status: HTMLElement,
	results: ResultView[],
	{ total, shown, asked, append, query, note }: ResultCount,
): void {
	if (append) list.append(...results.map(renderResult));
	else list.replaceChildren(...results.map(renderResult));
	const count = !asked
		? ''
		: total === 0
			? query
				? `No results for “${query}”.`
				: 'No results.'
			: `${total} ${total === 1 ? 'result' : 'results'}${total > shown ? `, showing the first ${shown}` : ''}.`;
	status.textContent = note ? `${note}${count ? `: ${count}` : '.'}` : count;
}

/** Values a filter lists before "Show all": outlets and papers run to thousands on a large site. */
const LISTED = 12;

function checkbox(name: string, value: string, count: number, checked: boolean): HTMLLabelElement {
	const input = el('input', '');
	input.type = 'checkbox';
	input.name = name;
	input.value = value;
	input.checked = checked;
	const label = el('label', '');
	label.append(input, ` ${value} `, el('span', 'count', `(${count})`));
	return label;
}

/**
 * Builds one fieldset of checkboxes per filter, each value with its count, keeping the chosen ones
 * checked. A long filter lists its largest values (and every chosen one) until it is `expanded`.
 */
export function renderFilters(
	container: HTMLElement,
	counts: Record<string, Record<string, number>>,
	chosen: Record<string, string[]>,
	expanded: ReadonlySet<string>,
): void {
	const fieldsets = Object.entries(FILTERS).flatMap(([name, label]) => {
		const values = Object.entries(counts[name] ?? {});
		if (!values.length) return [];
		const picked = new Set(chosen[name]);
		const long = values.length > LISTED && !expanded.has(name);
		const listed = long
			? new Set(
					[...values]
						.sort(([a, m], [b, n]) => n - m || a.localeCompare(b))
						.slice(0, LISTED)
						.map(([value]) => value),
				)
			: undefined;
		const fieldset = el('fieldset', 'filter');
		fieldset.dataset.filter = name;
		fieldset.append(el('legend', '', label));
		for (const [value, count] of values.sort(([a], [b]) => a.localeCompare(b))) {
			if (!listed || listed.has(value) || picked.has(value))
				fieldset.append(checkbox(name, value, count, picked.has(value)));
		}
		if (long) {
			const more = el('button', 'show-all', `Show all ${values.length}`);
			more.type = 'button';
			more.dataset.expand = name;
			fieldset.append(more);
		}
		return [fieldset];
	});
	container.replaceChildren(...fieldsets);
}
