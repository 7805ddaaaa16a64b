/**
 * Every entry of the catalog with the outline its render recorded, rendered once per test file (a test
 * file that needs outlines of the whole catalog awaits `renderedEntries()` and shares the result), and
 * the vendored cmdlet references as one catalog, each page parsed once.
 */
import { readFileSync } from 'node:fs';
import type { ContentOutline } from '../src/content/content-outline';
import { cmdletCatalog, type CmdletCatalog } from '../src/content/commands/catalog';
import { loadEntries, type LoadedEntry } from './load-content';
import { outlineOf } from './render-content';

export type RenderedEntry = (LoadedEntry<'errors'> | LoadedEntry<'fixes'>) & {
	outline: ContentOutline;
};

let rendered: Promise<RenderedEntry[]> | undefined;

export function renderedEntries(): Promise<RenderedEntry[]> {
	rendered ??= Promise.all(
		[...loadEntries('errors'), ...loadEntries('fixes')].map(async (entry) => ({
			...entry,
			outline: await outlineOf(entry.body, entry.filePath),
		}))
	);
	return rendered;
}

/**
 * A time budget for work that grows with the catalog (rendering every entry, checking every page): a
 * share per item, so no fixed timeout is outgrown as the catalog grows or the machine is busy.
 */
export function budget(items: number, perItemMs = 400): number {
	return 10_000 + items * perItemMs;
}

/** Every entry's file, for `test.each` (known before anything is rendered). */
export function entryFiles(): string[] {
	return [...loadEntries('errors'), ...loadEntries('fixes')].map((entry) => entry.filePath);
}

const sourcesDir = new URL('../sources/', import.meta.url);

/** A file under sources/, as text. */
export function readSource(path: string): string {
	return readFileSync(new URL(path, sourcesDir), 'utf8');
}

let catalog: CmdletCatalog | undefined;

/** The vendored cmdlet references (sources/cmdlet-reference/), each page parsed on first use. */
export function vendoredCatalog(): CmdletCatalog {
	catalog ??= cmdletCatalog(readSource);
	return catalog;
}
