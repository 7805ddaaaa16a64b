import { describe, expect, test } from 'vitest';
import {
	HEADERS_LINE_LIMIT,
	hostConfigs,
	hostConfigsStep,
	hostLimitProblems,
	STATIC_WEB_APP_CONFIG_LIMIT,
} from './configs';
import { HOST_FILES } from './host-files';
import { BuiltSite, memoryStore } from './site';

const page = `<!doctype html><head><meta http-equiv="content-security-policy" content="default-src 'self'"></head>`;

describe('the host configurations step', () => {
	test('writes every host file for the base path, with the pages’ policy', () => {
		const site = new BuiltSite('/kb/', memoryStore({ 'index.html': page, 'errors.json': '{}' }));
		hostConfigsStep.run(site, () => {});
		for (const file of HOST_FILES) expect(site.has(file), file).toBe(true);
		expect(site.text('_headers')).toContain(
			"/kb/*\n  Content-Security-Policy: default-src 'self'; frame-ancestors 'none'"
		);
	});

	test('stops the build on a file extension no host has a MIME type for, naming it', () => {
		const site = new BuiltSite('/', memoryStore({ 'index.html': page, 'probe.pf_new': 'x' }));
		expect(() => hostConfigsStep.run(site, () => {})).toThrow(
			/\.pf_new files, which no host configuration has a MIME type for: add them to MIME_TYPES in src\/build\/mime\.ts/
		);
	});

	test('stops the build on a policy that would break a host’s limit', () => {
		const hashes = Array.from({ length: 40 }, (_, i) => `'sha256-${String(i).padStart(43, 'A')}='`);
		const long = `default-src 'self' ${hashes.join(' ')}`;
		const site = new BuiltSite(
			'/',
			memoryStore({ 'index.html': page.replace("default-src 'self'", long) })
		);
		expect(() => hostConfigsStep.run(site, () => {})).toThrow(
			/_headers line 3 has \d+ characters; Cloudflare Pages allows 2000/
		);
		expect(site.has('_headers')).toBe(false);
	});
});

test('the limit check names each file over its host’s limit', () => {
	const files = hostConfigs({ base: '/', csp: "default-src 'self'" });
	expect(hostLimitProblems(files)).toEqual([]);
	const over = {
		...files,
		_headers: `/*\n  X-Long: ${'x'.repeat(HEADERS_LINE_LIMIT)}\n${'/a\n  X: y\n'.repeat(100)}`,
		'staticwebapp.config.json': ' '.repeat(STATIC_WEB_APP_CONFIG_LIMIT + 1),
	};
	expect(hostLimitProblems(over)).toEqual([
		'_headers line 2 has 2010 characters; Cloudflare Pages allows 2000',
		'_headers has 101 rules; Cloudflare Pages allows 100',
		'staticwebapp.config.json has 20481 bytes; Azure Static Web Apps allows 20480',
	]);
});
