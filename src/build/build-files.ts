/**
 * Reading a build's output folder, and the URL each file answers at, for the build steps and the
 * benchmarks. A leaf module (Node built-ins only), so the benchmarks can load it from Node as it is.
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every file below a folder, as paths relative to it with forward slashes, sorted. */
export function listFiles(root: string): string[] {
	return readdirSync(root, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
		.sort();
}

/** The URL a file is requested by, under the base path: `errors/x/index.html` is the page `errors/x/`. */
export function urlOfFile(base: string, path: string): string {
	if (path === 'index.html') return base;
	return `${base}${path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path}`;
}

/** The file that answers a path relative to the base (`/errors/x/` or `errors.json`): the reverse of urlOfFile. */
export function fileOfPath(path: string): string {
	const relativePath = path.replace(/^\/+/, '');
	return relativePath === '' || relativePath.endsWith('/')
		? `${relativePath}index.html`
		: relativePath;
}
