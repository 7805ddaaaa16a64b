/** The site's own settings, bound once from Astro's config for the components and pages. */
import { absoluteUrl, entryPath, withBase, type Collection } from '../build/urls';

export const SITE_NAME = 'PowerShell Remoting Troubleshooter';
const BASE = import.meta.env.BASE_URL;

/** A root-relative path under the site's base path. */
export function href(path: string): string {
	return withBase(BASE, path);
}

export function entryHref(collection: Collection, slug: string): string {
	return href(entryPath(collection, slug));
}

/** An absolute URL on the published origin (`SITE_URL`). */
export function absolute(path: string): string {
	const site = import.meta.env.SITE;
	if (!site) throw new Error('SITE_URL must be set so that absolute URLs can be built');
	return absoluteUrl(site, BASE, path);
}
