import type { FormattedCitations } from './formatted.ts';

/**
 * The key under which `astro build` publishes the citations it formats on a worker thread
 * (background.ts), for lib/site/query.ts. Pages render in the same process as the integrations
 * but from a separately bundled copy of the code, so a global is the one thing both see.
 */
export const CITATIONS_KEY = Symbol.for('evidence-digest.formatted-citations');

/** Where a build may have published its formatted citations. */
export type CitationsSlot = { [CITATIONS_KEY]?: Promise<FormattedCitations> };
