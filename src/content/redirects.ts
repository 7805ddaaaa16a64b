/**
 * Renamed pages keep their old URL as a redirect. `content/redirects.json` lists each rename as
 * `{ "from": "/errors/old-slug/", "to": "/errors/new-slug/" }`, paths relative to the site's base.
 * This module validates that list and turns it into Astro's `redirects` option for a given base path.
 */
import { KEBAB_CASE } from './slug';

export interface Rename {
	from: string;
	to: string;
}

const ENTRY_PATH = /^\/(errors|fixes)\/([^/]+)\/$/;

/** The collection and slug an entry path names, or `undefined` when it is not an entry path. */
function parseEntryPath(path: string): { collection: 'errors' | 'fixes'; slug: string } | undefined {
	const match = ENTRY_PATH.exec(path);
	if (!match || !KEBAB_CASE.test(match[2]!)) return undefined;
	return { collection: match[1] as 'errors' | 'fixes', slug: match[2]! };
}

/** Problems with the rename list itself: shapes, duplicates, self-redirects and chains. */
export function checkRenames(renames: readonly Rename[]): string[] {
	const problems: string[] = [];
	const sources = new Set<string>();
	for (const [i, rename] of renames.entries()) {
		const where = `content/redirects.json: [${i}]`;
		if (!parseEntryPath(rename.from)) problems.push(`${where}.from: "${rename.from}" is not /errors/<slug>/ or /fixes/<slug>/`);
		if (!parseEntryPath(rename.to)) problems.push(`${where}.to: "${rename.to}" is not /errors/<slug>/ or /fixes/<slug>/`);
		if (rename.from === rename.to) problems.push(`${where}: "${rename.from}" redirects to itself`);
		if (sources.has(rename.from)) problems.push(`${where}.from: "${rename.from}" has two redirects`);
		sources.add(rename.from);
	}
	for (const [i, rename] of renames.entries()) {
		if (sources.has(rename.to)) {
			problems.push(`content/redirects.json: [${i}].to: "${rename.to}" is itself redirected; point at the final page`);
		}
	}
	return problems;
}

/** Astro's `redirects` option for the renames, served under `base`. Throws on an invalid list. */
export function redirectsFor(renames: readonly Rename[], base: string): Record<string, string> {
	const problems = checkRenames(renames);
	if (problems.length > 0) throw new Error(`Invalid redirects:\n${problems.join('\n')}`);
	const prefix = base.replace(/\/+$/, '');
	return Object.fromEntries(renames.map(({ from, to }) => [from, `${prefix}${to}`]));
}

/**
 * Problems between the renames and the content: a redirect must lead to a page that exists, and must not
 * shadow a page that still exists under its old URL.
 */
export function checkRenameTargets(
	renames: readonly Rename[],
	live: { errors: readonly string[]; fixes: readonly string[] },
): string[] {
	const exists = (path: string) => {
		const entry = parseEntryPath(path);
		return entry !== undefined && live[entry.collection].includes(entry.slug);
	};
	const problems: string[] = [];
	for (const [i, rename] of renames.entries()) {
		if (!exists(rename.to)) problems.push(`content/redirects.json: [${i}].to: "${rename.to}" is not a page of this site`);
		if (exists(rename.from)) problems.push(`content/redirects.json: [${i}].from: "${rename.from}" is still a page; a redirect would hide it`);
	}
	return problems;
}
