/**
 * Claims of absence re-checked against the vendored sources: every sentence of a page that says no
 * source names, documents or gives something is listed with the page's cited sources, and a claim that
 * a name is missing fails when any file under sources/ names it (the rules: src/content/commands/
 * absence-claims.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkClaim, pageClaims } from '../src/content/commands/absence-claims';
import { renderedEntries } from './rendered-entries';
import { loadEntries } from './load-content';

const sourcesDir = new URL('../sources/', import.meta.url).pathname;

/** Every vendored source file, path (relative to sources/) → text. */
function vendoredSources(): Map<string, string> {
	const files = new Map<string, string>();
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) walk(path);
			else files.set(relative(sourcesDir, path), readFileSync(path, 'utf8'));
		}
	};
	walk(sourcesDir);
	return files;
}

/** The front matter sentences a page shows: its summary and each fix's `when`. */
function frontMatterTexts(data: {
	summary: string;
	fixes?: readonly { when: string }[];
}): string[] {
	return [data.summary, ...(data.fixes ?? []).map((fix) => fix.when)];
}

const entries = [...loadEntries('errors'), ...loadEntries('fixes')];

describe('every claim that no source names something is checked against every vendored source', () => {
	const sources = vendoredSources();

	test.each(entries.map((entry) => [entry.filePath, entry] as const))('%s', async (file, entry) => {
		const { outline } = (await renderedEntries()).find((e) => e.filePath === file)!;
		const cited = entry.data.sources.map((citation) => citation.source).join(', ');
		const problems = pageClaims(outline, frontMatterTexts(entry.data))
			.map((claim) => checkClaim(claim, sources))
			.filter((problem) => problem !== undefined)
			.map(
				({ claim, problem }) =>
					`${file}:${claim.line ?? 'front matter'}: "${claim.sentence}"\n  ${problem}\n  (the page cites: ${cited})`
			);
		expect(problems).toEqual([]);
	});
});
