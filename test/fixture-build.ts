/**
 * Builds the site's real code over a small fixture catalog (test/fixtures/content), changed as a test
 * needs, so tests prove what a change to the content does to a real build without building the whole
 * catalog or copying the project. Each build runs in its own process (test/build-fixture.mjs, Astro's
 * build() API) with its own output and cache folders.
 */
import { spawnSync } from 'node:child_process';
import {
	cpSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const project = new URL('..', import.meta.url).pathname;
const folders: string[] = [];

export interface FixtureBuild {
	status: number | null;
	/** Everything the build printed, without colours. */
	output: string;
	/** The built site. */
	dist: string;
}

export interface FixtureOptions {
	/** Changes the fixture catalog (a copy of test/fixtures/content) before the build. */
	content?: (dir: string) => void;
	/** Changes a copy of the vendored sources before the build (only what it edits is copied). */
	sources?: (dir: string) => void;
	/** Changes a copy of `public/` before the build. */
	public?: (dir: string) => void;
	/** The base path to build for; `/` by default. */
	base?: string;
	/** The origin to build for (`SITE_URL`); unset by default, whatever the environment says. */
	site?: string;
}

/** A copy of `sources/` whose top-level entries are links to the real ones, but `copied`, which are copies. */
function sourcesCopy(dir: string, copied: readonly string[]): void {
	mkdirSync(dir);
	for (const entry of readdirSync(join(project, 'sources'))) {
		const from = join(project, 'sources', entry);
		if (copied.includes(entry)) cpSync(from, join(dir, entry), { recursive: true });
		else symlinkSync(from, join(dir, entry));
	}
}

/**
 * The environment of the test run, less what would change the build: `SITE_URL`, and what Vitest sets for
 * its own modules (`BASE_URL=/`, `MODE=test`, `DEV`, `PROD`, `SSR`, `NODE_ENV=test`), which Vite would
 * otherwise take for the build's own (a `/kb/remoting/` build then linked its pages under `/`).
 */
function buildEnvironment(environment: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
	const {
		SITE_URL: _site,
		BASE_URL: _base,
		MODE: _mode,
		DEV: _dev,
		PROD: _prod,
		SSR: _ssr,
		NODE_ENV: _nodeEnv,
		...rest
	} = environment;
	return rest;
}

export function buildFixture(options: FixtureOptions = {}): FixtureBuild {
	const root = mkdtempSync(join(tmpdir(), 'psrt-fixture-'));
	folders.push(root);
	const content = join(root, 'content');
	cpSync(join(project, 'test/fixtures/content'), content, { recursive: true });
	options.content?.(content);
	const env: Record<string, string> = { PSRT_CONTENT_DIR: content, BASE_PATH: options.base ?? '/' };
	if (options.site) env.SITE_URL = options.site;
	if (options.sources) {
		const sources = join(root, 'sources');
		sourcesCopy(sources, ['windows-sdk', 'wsman-error-codes.tsv']);
		options.sources(sources);
		env.PSRT_SOURCES_DIR = sources;
	}
	if (options.public) {
		const publicDir = join(root, 'public');
		cpSync(join(project, 'public'), publicDir, { recursive: true });
		options.public(publicDir);
		env.PSRT_PUBLIC_DIR = publicDir;
	}
	const dist = join(root, 'dist');
	const result = spawnSync(
		join(project, 'node_modules/.bin/node'),
		[join(project, 'test/build-fixture.mjs'), dist, join(root, 'cache')],
		{
			cwd: project,
			env: { ...buildEnvironment(process.env), ASTRO_TELEMETRY_DISABLED: '1', ...env },
			encoding: 'utf8',
		}
	);
	return {
		status: result.status,
		output: `${result.stdout}${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, ''),
		dist,
	};
}

/** Changes one file of a fixture; fails loudly if the change did nothing, so a test never passes by accident. */
export function edit(dir: string, file: string, change: (source: string) => string): void {
	const path = join(dir, file);
	const before = readFileSync(path, 'utf8');
	const after = change(before);
	if (after === before) throw new Error(`the edit did not change ${file}`);
	writeFileSync(path, after);
}

export function removeFixtures(): void {
	for (const root of folders.splice(0)) rmSync(root, { recursive: true, force: true });
}
