/**
 * A published URL never disappears. `content/published-urls.txt` lists every URL the site has published
 * (one path per line, relative to the base path); after every build each of them must still be a page,
 * or a redirect to a page. A list that lacks a page the content now has is caught by the unit tests.
 */

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
