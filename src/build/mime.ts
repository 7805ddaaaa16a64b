/**
 * The MIME type of every file extension the build may emit, and which of them are worth compressing: one
 * table for every host configuration (configs.ts) and the local static server (scripts/serve.mjs). IIS
 * refuses to serve an extension it has no type for, so a new one here (a new Pagefind file type, say) must
 * be added before the build passes. A leaf module (no imports), so Node can load it from a script as it is.
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

/** The media type without its parameters: `text/css` of `text/css; charset=utf-8`. */
export function bareType(type: string): string {
	return type.split(';')[0]!.trim();
}

/** Text types worth compressing on the fly; Pagefind's chunks and the images are compressed already. */
export const COMPRESSIBLE_TYPES: readonly string[] = [
	'text/html',
	'text/css',
	'text/javascript',
	'application/json',
	'application/xml',
	'image/svg+xml',
	'text/plain',
	'application/manifest+json',
];

/** The extension of a file name, lower case and without the dot; undefined for a name without one. */
export function extensionOf(fileName: string): string | undefined {
	const base = fileName.slice(fileName.lastIndexOf('/') + 1);
	const dot = base.lastIndexOf('.');
	return dot > 0 ? base.slice(dot + 1).toLowerCase() : undefined;
}

/** The extensions of the given file names (lower case, without the dot) that have no MIME type above. */
export function untypedExtensions(fileNames: Iterable<string>): string[] {
	const missing = new Set<string>();
	for (const name of fileNames) {
		const ext = extensionOf(name);
		if (ext !== undefined && !(ext in MIME_TYPES)) missing.add(ext);
	}
	return [...missing].sort();
}
