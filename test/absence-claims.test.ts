/**
 * Claims of absence re-checked against the vendored sources: every sentence of a page that says no
 * source names, documents or gives something is listed with the page's cited sources, and a claim that
 * a name is missing fails when any file under sources/ names it (the rules: src/content/commands/
 * absence-claims.ts). A page passes with no finding at all: a claim is corrected, or written so that a
 * search can check it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { checkClaim, pageClaims } from '../src/content/commands/absence-claims';
import { loadEntries } from './load-content';
import { budget, renderedEntries } from './rendered-entries';

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
const sources = vendoredSources();

async function findingsOf(entry: (typeof entries)[number]): Promise<string[]> {
	const file = entry.filePath;
	const { outline } = (await renderedEntries()).find((e) => e.filePath === file)!;
	const cited = entry.data.sources.map((citation) => citation.source).join(', ');
	return pageClaims(outline, frontMatterTexts(entry.data))
		.map((claim) => checkClaim(claim, sources))
		.filter((problem) => problem !== undefined)
		.map(
			({ claim, problem }) =>
				`${file}:${claim.line ?? 'front matter'}: "${claim.sentence}"\n  ${problem}\n  (the page cites: ${cited})`
		);
}

describe('every claim that no source names something is checked against every vendored source', () => {
	beforeAll(() => renderedEntries(), budget(entries.length));
	test.each(entries.map((entry) => [entry.filePath, entry] as const))(
		'%s',
		async (_file, entry) => {
			expect(await findingsOf(entry)).toEqual([]);
		}
	);
});
