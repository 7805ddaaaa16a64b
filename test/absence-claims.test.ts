/**
 * Claims of absence re-checked against the vendored sources: every sentence of a page that says no
 * source names, documents or gives something is listed with the page's cited sources, and a claim that
 * a name is missing fails when any file under sources/ names it (the rules: src/content/commands/
 * absence-claims.ts). Findings the sources alone cannot settle are listed in OPEN_FINDINGS with why
 * (test/open-findings.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { checkClaim, pageClaims } from '../src/content/commands/absence-claims';
import { loadEntries } from './load-content';
import { stale, unexpected, type OpenFinding } from './open-findings';
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

const OPEN_FINDINGS: readonly OpenFinding[] = [
	{
		file: 'content/errors/max-operations-per-plugin-exceeded.mdx',
		match: 'names the setting that holds this quota',
		why: "Writes no name to check; the vendored installation-and-configuration page names MaxConcurrentOperationsPerUser among the service settings, so the claim may be as wrong as max-shells-per-user-exceeded's was: for the page author.",
	},
	{
		file: 'content/errors/max-operations-per-plugin-exceeded.mdx',
		match: 'names the setting behind this quota',
		why: 'The same claim in the front matter.',
	},
	{
		file: 'content/errors/winrm-load-quota-exceeded.mdx',
		match: 'names the settings behind the load quotas',
		why: 'Writes no name to check; the vendored quotas page names several quota settings (MaxShellsPerUser, MaxProcessesPerShell, \u2026): whether any is behind this error is for the page author.',
	},
];

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
			expect(unexpected(await findingsOf(entry), OPEN_FINDINGS)).toEqual([]);
		}
	);

	test(
		'every open finding still occurs (a fixed one leaves the list)',
		async () => {
			const all = (await Promise.all(entries.map(findingsOf))).flat();
			expect(stale(all, OPEN_FINDINGS)).toEqual([]);
		},
		budget(entries.length, 50)
	);
});
