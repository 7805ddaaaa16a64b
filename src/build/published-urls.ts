/**
 * A published URL never disappears. `content/published-urls.txt` lists every URL the site has published
 * (one path per line, relative to the base path); after every build each of them must still be a page,
 * or a redirect to a page. A list that lacks a page the content now has is caught by the unit tests.
 */
import { fileOfPath } from './build-files';
import { attributeOf, metaHttpEquiv, type HtmlDocument } from './html';
import type { BuiltSite } from './site';
import type { BuildStep } from './step';

/** The paths in the list, without comments and blank lines. */
export function parsePublishedUrls(text: string): string[] {
	return text
		.split('\n')
		.map((line) => line.replace(/#.*$/, '').trim())
		.filter(Boolean);
}

export type Built = { kind: 'page' } | { kind: 'redirect'; to: string } | undefined;

/** Each published path that the build does not answer with a page or a redirect to a page, with why. */
export function checkPublishedUrls(
	paths: readonly string[],
	lookup: (path: string) => Built
): string[] {
	const problems: string[] = [];
	for (const path of paths) {
		const built = lookup(path);
		if (!built) {
			problems.push(`${path} is published but the build has no page or redirect for it`);
		} else if (built.kind === 'redirect') {
			const target = lookup(built.to);
			if (target?.kind !== 'page')
				problems.push(`${path} redirects to ${built.to}, which is not a page of the build`);
		}
	}
	return problems;
}

/** Where a redirect stub sends the reader: the URL of its `<meta http-equiv="refresh" content="0;url=…">`. */
export function redirectTargetOf(document: HtmlDocument): string | undefined {
	const meta = metaHttpEquiv(document, 'refresh');
	const content = meta && attributeOf(meta, 'content');
	return content && /^\s*\d+\s*[;,]\s*url\s*=\s*['"]?([^'"]+)/i.exec(content)?.[1]?.trim();
}

/**
 * Checks that each URL of the published list (its text, `content/published-urls.txt`) is still a page or
 * a redirect to a page of the site, and stops the build naming every one that is not. Renaming a page
 * therefore means adding a redirect; removing one is never allowed.
 */
export function publishedUrlsStep(listText: () => string) {
	return {
		name: 'published URLs',
		run(site: BuiltSite, report: (message: string) => void) {
			const lookup = (path: string): Built => {
				const file = fileOfPath(path);
				if (!site.has(file)) return undefined;
				const page = site.pageAt(path);
				const target = page && redirectTargetOf(page.document);
				if (target === undefined) return { kind: 'page' };
				return {
					kind: 'redirect',
					to: target.startsWith(site.base) ? `/${target.slice(site.base.length)}` : target,
				};
			};
			const listed = parsePublishedUrls(listText());
			const problems = checkPublishedUrls(listed, lookup);
			if (problems.length > 0)
				throw new Error(
					`Published URLs must stay (content/published-urls.txt):\n${problems.join('\n')}`
				);
			report(`all ${listed.length} published URLs answer`);
		},
	} satisfies BuildStep;
}
