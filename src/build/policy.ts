/**
 * What every host must send with the site, in one place: the security headers, which files may be cached
 * for a year, and the Content-Security-Policy. The host configurations in `configs.ts` are all written
 * from these (and the MIME types of `mime.ts`), so the hosts cannot drift apart.
 *
 * The policy: each page carries its own in a `<meta>` tag (Astro writes it from `security.csp` in
 * astro.config.mjs); the page-policy step narrows it to the page's own inline code, and the headers send
 * the union of the pages' policies plus what only a header can carry.
 */
import { createHash } from 'node:crypto';
import {
	attributeOf,
	elementsOf,
	escapeAttribute,
	metaHttpEquiv,
	textContentOf,
	type HtmlDocument,
} from './html';
import type { BuiltSite } from './site';
import type { BuildStep } from './step';

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

/** The CSP source that allows exactly this inline text (SHA-256, as astro.config.mjs asks of Astro). */
export function cspHash(text: string): `sha256-${string}` {
	return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/** A policy as its directives, in order: name → sources. */
type Directives = Map<string, string[]>;

function parsePolicy(policy: string): Directives {
	const directives: Directives = new Map();
	for (const part of policy.split(';')) {
		const [name, ...sources] = part.trim().split(/\s+/);
		if (name && !directives.has(name)) directives.set(name, sources);
	}
	return directives;
}

const formatPolicy = (directives: Directives) =>
	[...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');

/**
 * One policy for the header from the per-page `<meta>` policies: each directive's sources are the union
 * of what the pages allow (the hashes of every page's inline scripts and styles), plus the header-only
 * directives. Every source in it comes from the build itself, so the union widens nothing beyond the site.
 */
export function mergePolicies(policies: Iterable<string>): string {
	const merged = new Map<string, Set<string>>();
	for (const policy of policies) {
		for (const [name, sources] of parsePolicy(policy)) {
			const union = merged.get(name) ?? new Set<string>();
			for (const source of sources) union.add(source);
			merged.set(name, union);
		}
	}
	for (const [name, sources] of parsePolicy(HEADER_ONLY_DIRECTIVES.join('; ')))
		merged.set(name, new Set(sources));
	return formatPolicy(new Map([...merged].map(([name, sources]) => [name, [...sources]])));
}

/** The content of the CSP `<meta>` tag of a page, if it has one. */
export function metaPolicyOf(document: HtmlDocument): string | undefined {
	const meta = metaHttpEquiv(document, 'content-security-policy');
	return meta && attributeOf(meta, 'content');
}

/** The code a page runs or applies inline, which its policy must allow by hash. */
export interface InlineCode {
	scripts: string[];
	styles: string[];
	/** Elements with a `style` or `on…` attribute, which no hash of ours allows. */
	attributes: string[];
}

export function inlineCodeOf(document: HtmlDocument): InlineCode {
	const all = elementsOf(document);
	return {
		scripts: all
			.filter(
				(element) => element.tagName === 'script' && attributeOf(element, 'src') === undefined
			)
			.map(textContentOf),
		styles: all.filter((element) => element.tagName === 'style').map(textContentOf),
		attributes: all.flatMap((element) =>
			element.attrs
				.filter((attribute) => attribute.name === 'style' || /^on/.test(attribute.name))
				.map((attribute) => `<${element.tagName} ${attribute.name}>`)
		),
	};
}

const HASH = /^'(sha(?:256|384|512))-[A-Za-z0-9+/=]+'$/;

/**
 * A page's policy narrowed to the inline code that page has: `script-src` and `style-src` keep their other
 * sources and only the hashes of the page's own inline scripts and styles. Astro lists a hash of every
 * script and stylesheet of the whole build on every page, bundled files included, which `'self'` already
 * allows; dropping those keeps the policy to what the page needs (and the header, their union, short).
 * It never adds a source: inline code whose hash the policy lacks is returned as `blocked`.
 */
export function narrowPolicy(
	policy: string,
	inline: InlineCode
): { policy: string; blocked: string[] } {
	const directives = parsePolicy(policy);
	const blocked = [...inline.attributes];
	for (const [directive, texts, kind] of [
		['script-src', inline.scripts, 'script'],
		['style-src', inline.styles, 'style'],
	] as const) {
		const sources = directives.get(directive) ?? [];
		const needed = new Set<string>();
		for (const text of texts) {
			const hash = `'${cspHash(text)}'`;
			if (sources.includes(hash)) needed.add(hash);
			else blocked.push(`inline ${kind} ${hash} (${text.slice(0, 60)}…)`);
		}
		if (directives.has(directive))
			directives.set(
				directive,
				sources.filter((source) => !HASH.test(source) || needed.has(source))
			);
	}
	return { policy: formatPolicy(directives), blocked };
}

/**
 * Narrows the `<meta>` policy of every page to the page's own inline code (see `narrowPolicy`), rewriting
 * only the tag's `content` attribute. It stops the build, naming the page, when a page with scripts or
 * styles has no policy, or runs inline code its policy would block.
 */
export const pagePoliciesStep = {
	name: 'page policies',
	run(site: BuiltSite, report: (message: string) => void) {
		const problems: string[] = [];
		let narrowed = 0;
		for (const page of site.pages) {
			const meta = metaHttpEquiv(page.document, 'content-security-policy');
			const content = meta?.sourceCodeLocation?.attrs?.content;
			const policy = meta && attributeOf(meta, 'content');
			const inline = inlineCodeOf(page.document);
			if (!meta || !content || policy === undefined) {
				// A redirect stub has no policy of its own, and nothing for one to allow.
				if (elementsOf(page.document, 'script', 'style').length > 0 || inline.attributes.length > 0)
					problems.push(`${page.path}: no Content-Security-Policy <meta> tag`);
				continue;
			}
			const result = narrowPolicy(policy, inline);
			for (const code of result.blocked) problems.push(`${page.path}: its policy blocks ${code}`);
			if (result.policy === policy) continue;
			const html = `${page.html.slice(0, content.startOffset)}content="${escapeAttribute(result.policy)}"${page.html.slice(content.endOffset)}`;
			meta.attrs.find((attribute) => attribute.name === 'content')!.value = result.policy;
			site.write(page.path, html, page.document);
			narrowed++;
		}
		if (problems.length > 0)
			throw new Error(`Pages the Content-Security-Policy would break:\n${problems.join('\n')}`);
		report(`narrowed the policy of ${narrowed} pages to their own inline code`);
	},
} satisfies BuildStep;

/** The policy for the header: the union of the (narrowed) page policies, plus the header-only directives. */
export function headerPolicyOf(site: BuiltSite): string {
	return mergePolicies(
		site.pages
			.map((page) => metaPolicyOf(page.document))
			.filter((policy): policy is string => policy !== undefined)
	);
}
