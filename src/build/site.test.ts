import { describe, expect, test } from 'vitest';
import { fileOfPath, urlOfFile } from './build-files';
import { BuiltSite, memoryStore, type FileStore } from './site';

/** A store that counts its reads, to prove the site reads each file once. */
function countingStore(files: Record<string, string>): FileStore & { reads: string[] } {
	const store = memoryStore(files);
	const reads: string[] = [];
	return { ...store, reads, read: (path) => (reads.push(path), store.read(path)) };
}

describe('the built site', () => {
	test('reads each file once, and a step sees what an earlier one wrote', () => {
		const store = countingStore({ 'index.html': '<h1>Home</h1>', 'errors.json': '{}' });
		const site = new BuiltSite('/kb/', store);
		expect(site.pages.map((page) => [page.path, page.url])).toEqual([['index.html', '/kb/']]);
		expect(site.pages[0]!.document).toBe(site.pages[0]!.document);
		site.text('errors.json');
		site.text('errors.json');
		expect(store.reads).toEqual(['index.html', 'errors.json']);
		site.write('pagefind/pagefind.js', 'x');
		expect(site.paths).toEqual(['errors.json', 'index.html', 'pagefind/pagefind.js']);
		expect(store.list()).toContain('pagefind/pagefind.js');
	});

	test('finds the page that answers a path relative to the base', () => {
		const site = new BuiltSite(
			'/',
			memoryStore({ 'index.html': 'a', 'errors/x/index.html': 'b', 'errors.json': '{}' })
		);
		expect(site.pageAt('/')?.path).toBe('index.html');
		expect(site.pageAt('/errors/x/')?.html).toBe('b');
		expect(site.pageAt('/errors.json')).toBeUndefined();
		expect(site.pageAt('/errors/y/')).toBeUndefined();
	});
});

test('a file and the URL it answers at map both ways', () => {
	expect(urlOfFile('/kb/remoting/', 'errors/x/index.html')).toBe('/kb/remoting/errors/x/');
	expect(urlOfFile('/', 'index.html')).toBe('/');
	expect(urlOfFile('/', 'errors.json')).toBe('/errors.json');
	expect(fileOfPath('/errors/x/')).toBe('errors/x/index.html');
	expect(fileOfPath('/')).toBe('index.html');
	expect(fileOfPath('/errors.json')).toBe('errors.json');
});
