import type { ResultView } from './client.ts';
import { FILTERS, META, TYPES } from './names.ts';

/** Makes an element with text content only (never HTML). */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
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

/** One result: title link, kind and outlet, a claim's effect and status, the excerpt, matching sections. */
function renderResult(result: ResultView): HTMLLIElement {
	const item = el('li', 'result');
	const heading = el('h3', 'result-title');
	const link = el('a', '', result.title);
	link.href = result.url;
	heading.append(link);
	const { meta } = result;
	const facts = [meta[META.kind], meta[META.outlet], meta[META.kind] === TYPES.claim ? `in “${meta[META.summary]}”` : undefined].filter(Boolean).join(' · ');
	item.append(heading);
	if (facts) item.append(el('p', 'result-meta', facts));
	if (meta[META.effect]) item.append(el('p', 'result-effect', meta[META.effect]));
	if (meta[META.status]) item.append(el('p', 'result-status', meta[META.status]));
	item.append(excerpt(result.excerpt));
	if (result.sections.length) {
		const list = el('ul', 'result-sections');
		for (const section of result.sections) {
			const li = el('li', '');
			const a = el('a', '', section.title);
			a.href = section.url;
			li.append(a, excerpt(section.excerpt));
			list.append(li);
		}
		item.append(list);
	}
	return item;
}

/** Replaces the results list and announces the count in the live region. */
export function renderResults(list: HTMLElement, status: HTMLElement, results: ResultView[], total: number, asked: boolean): void {
	list.replaceChildren(...results.map(renderResult));
	status.textContent = !asked ? '' : total === 0 ? 'No results.' : `${total} ${total === 1 ? 'result' : 'results'}${total > results.length ? `, showing the first ${results.length}` : ''}.`;
}

/** Builds one fieldset of checkboxes per filter, each value with its count, keeping the chosen ones checked. */
export function renderFilters(container: HTMLElement, counts: Record<string, Record<string, number>>, chosen: Record<string, string[]>): void {
	const fieldsets = Object.entries(FILTERS).flatMap(([name, label]) => {
		const values = Object.entries(counts[name] ?? {});
		if (!values.length) return [];
		const fieldset = el('fieldset', 'filter');
		fieldset.append(el('legend', '', label));
		for (const [value, count] of values.sort(([a], [b]) => a.localeCompare(b))) {
			const input = el('input', '');
			input.type = 'checkbox';
			input.name = name;
			input.value = value;
			input.checked = chosen[name]?.includes(value) ?? false;
			const labelEl = el('label', '');
			labelEl.append(input, ` ${value} `, el('span', 'count', `(${count})`));
			fieldset.append(labelEl);
		}
		return [fieldset];
	});
	container.replaceChildren(...fieldsets);
}
