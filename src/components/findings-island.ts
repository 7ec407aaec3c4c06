/**
 * The findings island: filters and column sorting for the table FindingsTable.astro renders, with no
 * framework. The table is complete without it; it reveals the filter form and turns each column
 * heading into a sort button (the ARIA sortable-table pattern: aria-sort on the sorted heading).
 */

/** What a cell sorts by: its data-sort-value when the page gives one, else its text. */
function sortValue(row: HTMLTableRowElement, column: number): string {
	const cell = row.cells[column];
	return cell.dataset.sortValue ?? cell.textContent!.trim();
}

/** The chosen filters, as name and value pairs; "All" is no choice. */
function chosen(form: HTMLFormElement): [string, string][] {
	return ([...new FormData(form)] as [string, string][]).filter(([, v]) => v !== '');
}

/** Chooses the filters the address names (?status=discrepant&trial=mapp1), where they are options. */
function readAddress(form: HTMLFormElement): void {
	for (const [name, value] of new URLSearchParams(location.search)) {
		const select = form.elements.namedItem(name);
		if (select instanceof HTMLSelectElement && [...select.options].some((o) => o.value === value))
			select.value = value;
	}
}

/** Keeps the chosen filters in the address, replacing the entry so Back leaves the page as before. */
function writeAddress(form: HTMLFormElement): void {
	const query = new URLSearchParams(chosen(form)).toString();
	history.replaceState(
		history.state,
		'',
		`${location.pathname}${query ? `?${query}` : ''}${location.hash}`,
	);
}

/** Hides the rows that do not match every chosen filter and says how many are shown. */
function filterRows(form: HTMLFormElement, rows: HTMLTableRowElement[], count: HTMLElement): void {
	const wanted = chosen(form);
	let shown = 0;
	for (const row of rows) {
		row.hidden = !wanted.every(([key, v]) => row.dataset[key] === v);
		if (!row.hidden) shown++;
	}
	count.textContent =
		shown === rows.length ? `${rows.length} claims.` : `Showing ${shown} of ${rows.length} claims.`;
}

/** Sorts the body by one column: ascending first, descending on a second press; empty cells last. */
function sortRows(table: HTMLTableElement, th: HTMLTableCellElement): void {
	const column = th.cellIndex;
	const ascending = th.getAttribute('aria-sort') !== 'ascending';
	for (const other of table.tHead!.rows[0].cells) other.removeAttribute('aria-sort');
	th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
	const numeric = th.dataset.sort === 'number';
	const compare = (a: string, b: string) =>
		numeric ? Number(a) - Number(b) : a.localeCompare(b, 'en', { numeric: true });
	const body = table.tBodies[0];
	const sorted = [...body.rows].sort((a, b) => {
		const [x, y] = [sortValue(a, column), sortValue(b, column)];
		if (x === '' || y === '') return (x === '' ? 1 : 0) - (y === '' ? 1 : 0);
		return ascending ? compare(x, y) : compare(y, x);
	});
	body.append(...sorted);
}

/** Wires the filters and sort buttons to the findings table on this page. */
export function enhanceFindingsTable(): void {
	const form = document.querySelector<HTMLFormElement>('#findings-filters')!;
	const table = document.querySelector<HTMLTableElement>('#findings-table')!;
	const count = document.querySelector<HTMLElement>('#findings-count')!;
	const rows = [...table.tBodies[0].rows];
	for (const th of table.tHead!.rows[0].cells) {
		const button = document.createElement('button');
		button.type = 'button';
		button.className = 'sort';
		button.append(...th.childNodes);
		th.append(button);
		button.addEventListener('click', () => sortRows(table, th));
	}
	const apply = () => {
		filterRows(form, rows, count);
		writeAddress(form);
	};
	// Filters apply as they are chosen: there is no button to press.
	form.addEventListener('change', apply);
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		apply();
	});
	// "reset" fires before the fields are cleared: filter once they are.
	form.addEventListener('reset', () => setTimeout(apply));
	readAddress(form);
	if (chosen(form).length > 0) filterRows(form, rows, count);
	form.querySelector<HTMLButtonElement>('.apply')!.hidden = true;
	form.hidden = false;
	table.querySelector<HTMLElement>('.js-only')!.hidden = false;
}
