/** URL building that works the same under `/` and under a sub-path such as `/kb/remoting/`. */

export type Collection = 'errors' | 'fixes';

/** The path of an entry page relative to the site root, e.g. `/errors/access-denied/`. */
export function entryPath(collection: Collection, slug: string): string {
	return `/${collection}/${slug}/`;
}

/** Prefixes a root-relative path with the base path, keeping exactly one slash between them. */
export function withBase(base: string, path: string): string {
	const prefix = base.endsWith('/') ? base : `${base}/`;
	return `${prefix}${path.replace(/^\/+/, '')}`;
}

/** An absolute URL for a root-relative path, on the site's origin and under its base path. */
export function absoluteUrl(site: string | URL, base: string, path: string): string {
	return new URL(withBase(base, path), site).href;
}
