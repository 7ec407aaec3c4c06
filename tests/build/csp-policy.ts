/**
 * The Content-Security-Policy every page must carry, written out here rather than imported from
 * src/integrations/csp.ts: a test that read the policy from the code would pass any weakening of it.
 * Hashes of inline scripts and styles vary by build; every other source is pinned.
 */
export const EXPECTED_POLICY: Record<string, string[]> = {
	'default-src': ["'none'"],
	'img-src': ["'self'"],
	'font-src': ["'self'"],
	'manifest-src': ["'self'"],
	'connect-src': ["'self'"],
	'worker-src': ["'self'"],
	'base-uri': ["'none'"],
	'form-action': ["'self'"],
	'script-src': ["'self'", "'wasm-unsafe-eval'"],
	'style-src': ["'self'"],
};

const HASH = /^'sha256-[A-Za-z0-9+/]{43}='$/;

/** A policy as directive -> sources, hashes left out; throws on a directive written twice or a malformed hash. */
export function readPolicy(policy: string): Record<string, string[]> {
	const directives: Record<string, string[]> = {};
	for (const part of policy
		.split(';')
		.map((p) => p.trim())
		.filter(Boolean)) {
		const [name, ...sources] = part.split(/\s+/);
		if (name in directives) throw new Error(`the directive ${name} is written twice in ${policy}`);
		const bad = sources.find((source) => source.startsWith("'sha") && !HASH.test(source));
		if (bad) throw new Error(`malformed hash ${bad} in ${name}`);
		directives[name] = sources.filter((source) => !HASH.test(source));
	}
	return directives;
}
