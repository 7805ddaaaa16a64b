/**
 * The host configurations, proven against a real build under a sub-path: every file extension the build
 * emits has a MIME type in every configuration that maps types (IIS refuses any other), each
 * configuration carries the headers and caching rules, and a new file type stops the build.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { listFiles } from '../src/build/build-files';
import { declaredExtensions, HOST_FILES } from '../src/build/configs';
import { extensionOf, IMMUTABLE, IMMUTABLE_FOLDERS } from '../src/build/policy';
import { buildFixture, removeFixtures, type FixtureBuild } from './fixture-build';

const BASE = '/kb/remoting/';
let build: FixtureBuild;
let site: string;
const read = (file: string) => readFileSync(join(site, file), 'utf8');

beforeAll(() => {
	build = buildFixture({ base: BASE });
	site = build.dist;
}, 180_000);
afterAll(removeFixtures);

describe('host configurations of a real build', () => {
	test('the build succeeds and writes every host file', () => {
		expect(build.status, build.output).toBe(0);
		const files = new Set(listFiles(site));
		for (const file of HOST_FILES) expect(files.has(file), file).toBe(true);
	});

	test('every extension the build emits has a MIME type in every configuration that maps types', () => {
		const served = listFiles(site).filter(
			(file) => !(HOST_FILES as readonly string[]).includes(file)
		);
		const emitted = new Set(
			served.map(extensionOf).filter((ext): ext is string => ext !== undefined)
		);
		// The build has Pagefind's own types among them; without these IIS serves no search.
		for (const ext of ['pagefind', 'pf_meta', 'pf_index', 'pf_fragment'])
			expect(emitted.has(ext), ext).toBe(true);
		for (const file of [
			'web.config',
			'.htaccess',
			'staticwebapp.config.json',
			'nginx.conf',
		] as const) {
			const declared = declaredExtensions(file, read(file));
			const missing = [...emitted].filter((ext) => !declared.has(ext));
			expect(missing, `${file} lacks a MIME type for`).toEqual([]);
		}
	});

	test('each configuration sends the security headers and the page policy with frame-ancestors', () => {
		for (const file of HOST_FILES) {
			const text = read(file);
			for (const header of [
				'Content-Security-Policy',
				'X-Content-Type-Options',
				'Referrer-Policy',
				'Permissions-Policy',
			]) {
				expect(text, `${file} ${header}`).toContain(header);
			}
			expect(text, file).toContain("frame-ancestors 'none'");
			expect(text, file).toContain('nosniff');
		}
	});

	test('each configuration caches the hashed folders for a year, under the base path', () => {
		for (const file of HOST_FILES) {
			const text = read(file);
			expect(text, file).toMatch(/max-age=31536000|365\.00:00:00/);
			for (const folder of IMMUTABLE_FOLDERS)
				expect(text, `${file} ${folder}`).toContain(folder.replace(/\/$/, ''));
		}
		expect(read('_headers')).toContain(`${BASE}_astro/*\n  Cache-Control: ${IMMUTABLE}`);
		expect(read('nginx.conf')).toContain(`location ${BASE}_astro/ {`);
	});

	test('each configuration points missing pages at the 404 page under the base path', () => {
		for (const file of ['web.config', '.htaccess', 'staticwebapp.config.json', 'nginx.conf']) {
			expect(read(file), file).toContain(`${BASE}404.html`);
		}
	});

	test('the Azure configuration is valid JSON with its types and routes', () => {
		const config = JSON.parse(read('staticwebapp.config.json')) as {
			mimeTypes: Record<string, string>;
			routes: { route: string }[];
		};
		expect(config.mimeTypes['.pf_fragment']).toBe('application/octet-stream');
		expect(config.routes.map((route: { route: string }) => route.route)).toContain(
			`${BASE}pagefind/fragment/*`
		);
	});
});

describe('a file type no host knows', () => {
	test('stops the build, naming the extension', () => {
		const { status, output } = buildFixture({
			public: (dir) => writeFileSync(join(dir, 'probe.pf_new'), 'x'),
		});
		expect(status).not.toBe(0);
		expect(output).toContain('.pf_new');
		expect(output).toContain('src/build/policy.ts');
	}, 180_000);
});
