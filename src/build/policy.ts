/**
 * What every host must send with the site, in one place: the MIME type of each file extension the build
 * emits, the security headers, and which files may be cached for a year. The host configurations in
 * `configs.ts` are all written from these, so the hosts cannot drift apart.
 */
import { decodeEntities } from './html-text';

/**
 * The MIME type of every file extension the build may emit. IIS refuses to serve an extension it has no
 * type for, so a new one here (a new Pagefind file type, say) must be added before the build passes.
 */
export const MIME_TYPES: Readonly<Record<string, string>> = {
	html: 'text/html; charset=utf-8',
	css: 'text/css; charset=utf-8',
	js: 'text/javascript; charset=utf-8',
	json: 'application/json; charset=utf-8',
	webmanifest: 'application/manifest+json; charset=utf-8',
	xml: 'application/xml; charset=utf-8',
	txt: 'text/plain; charset=utf-8',
	svg: 'image/svg+xml',
	png: 'image/png',
	ico: 'image/x-icon',
	woff2: 'font/woff2',
	wasm: 'application/wasm',
	// Pagefind's index: compressed binary chunks it fetches and decodes itself.
	pagefind: 'application/octet-stream',
	pf_meta: 'application/octet-stream',
	pf_index: 'application/octet-stream',
	pf_fragment: 'application/octet-stream',
};

/** The extensions of the given file names (lower case, without the dot) that have no MIME type above. */
export function untypedExtensions(fileNames: Iterable<string>): string[] {
	const missing = new Set<string>();
	for (const name of fileNames) {
		const ext = extensionOf(name);
		if (ext !== undefined && !(ext in MIME_TYPES)) missing.add(ext);
	}
	return [...missing].sort();
}

/** The extension of a file name, lower case and without the dot; undefined for a name without one. */
export function extensionOf(fileName: string): string | undefined {
	const base = fileName.slice(fileName.lastIndexOf('/') + 1);
	const dot = base.lastIndexOf('.');
	return dot > 0 ? base.slice(dot + 1).toLowerCase() : undefined;
}

/** A year, the longest max-age caches honour. */
const YEAR_SECONDS = 31_536_000;
export const IMMUTABLE = `public, max-age=${YEAR_SECONDS}, immutable`;
/** HTML, errors.json and unhashed entry files: cached, but checked with the server before each use. */
export const REVALIDATE = 'no-cache';

/**
 * Folders (relative to the base path) whose file names carry a hash of their content, so a changed file
 * always has a new name: Astro's bundles and Pagefind's fragments and index chunks. Everything else is
 * revalidated, since its name stays the same when its content changes.
 */
export const IMMUTABLE_FOLDERS = ['_astro/', 'pagefind/fragment/', 'pagefind/index/'] as const;

/** The headers every response carries; the CSP is the build's own (see `mergePolicies`). */
export function securityHeaders(csp: string): [name: string, value: string][] {
	return [
		['Content-Security-Policy', csp],
		['X-Content-Type-Options', 'nosniff'],
		['Referrer-Policy', 'no-referrer'],
		[
			'Permissions-Policy',
			'camera=(), microphone=(), geolocation=(), usb=(), payment=(), interest-cohort=()',
		],
		['Cross-Origin-Opener-Policy', 'same-origin'],
	];
}

/** Directives only a header can carry: a `<meta>` CSP ignores them. */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"] as const;

/**
 * One policy for the header from the per-page `<meta>` policies: each directive's sources are the union
 * of what the pages allow (the hashes of every page's inline scripts and styles), plus the header-only
 * directives. Every source in it comes from the build itself, so the union widens nothing beyond the site.
 */
export function mergePolicies(policies: Iterable<string>): string {
	const directives = new Map<string, Set<string>>();
	for (const policy of policies) {
		for (const part of policy.split(';')) {
			const [name, ...sources] = part.trim().split(/\s+/);
			if (!name) continue;
			const merged = directives.get(name) ?? new Set<string>();
			for (const source of sources) merged.add(source);
			directives.set(name, merged);
		}
	}
	for (const directive of HEADER_ONLY_DIRECTIVES) {
		const [name, ...sources] = directive.split(' ');
		directives.set(name!, new Set(sources));
	}
	return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** The content of the CSP `<meta>` tag of an HTML page, if it has one. */
export function metaPolicyOf(html: string): string | undefined {
	const tag = /<meta\b[^>]*http-equiv=["']?content-security-policy["']?[^>]*>/i.exec(html)?.[0];
	const content = tag && /\bcontent=(?:"([^"]*)"|'([^']*)')/i.exec(tag);
	return content ? decodeEntities((content[1] ?? content[2])!) : undefined;
}
