import { describe, expect, test } from 'vitest';
import { parseHtml } from './html';
import {
	cspHash,
	headerPolicyOf,
	inlineCodeOf,
	mergePolicies,
	metaPolicyOf,
	narrowPolicy,
	pagePoliciesStep,
} from './policy';
import { BuiltSite, memoryStore } from './site';

const THEME = "try{document.documentElement.dataset.theme='dark'}catch{}";
const LAYERS = '@layer reset, base;';
const hash = (text: string) => `'${cspHash(text)}'`;
/** A policy as Astro writes it: the configured hashes plus a hash of every bundled file of the build. */
const astroPolicy = [
	"default-src 'self'",
	"object-src 'none'",
	`script-src 'self' 'wasm-unsafe-eval' ${hash(THEME)} ${hash('bundle-a.js')} ${hash('bundle-b.js')}`,
	`style-src 'self' ${hash(LAYERS)} ${hash('bundle.css')}`,
].join(';');
const page = (body: string, policy = astroPolicy) =>
	[
		`<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="${policy}">`,
		`<style>${LAYERS}</style><script>${THEME}</script><script type="module" src="/_astro/a.js"></script>`,
		`</head><body>${body}</body></html>`,
	].join('');

describe('a page policy', () => {
	test('is read from the page, references decoded', () => {
		const html = `<head><meta http-equiv="Content-Security-Policy" content="script-src &#39;self&#39; &#39;sha256-x+y/z=&#39;"></head>`;
		expect(metaPolicyOf(parseHtml(html))).toBe("script-src 'self' 'sha256-x+y/z='");
		expect(metaPolicyOf(parseHtml('<head></head>'))).toBeUndefined();
	});

	test('keeps only the hashes of the inline code the page has', () => {
		const narrowed = narrowPolicy(astroPolicy, inlineCodeOf(parseHtml(page('<p>x</p>'))));
		expect(narrowed).toEqual({
			policy: `default-src 'self'; object-src 'none'; script-src 'self' 'wasm-unsafe-eval' ${hash(THEME)}; style-src 'self' ${hash(LAYERS)}`,
			blocked: [],
		});
	});

	test('never allows more: inline code, style and handler attributes the policy lacks are named', () => {
		const html = page('<script>alert(1)</script><p style="color:red" onclick="x()">x</p>');
		const { policy, blocked } = narrowPolicy(astroPolicy, inlineCodeOf(parseHtml(html)));
		expect(policy).not.toContain(hash('alert(1)'));
		expect(blocked).toEqual([
			'<p style>',
			'<p onclick>',
			expect.stringContaining(`inline script ${hash('alert(1)')}`),
		]);
	});
});

describe('the page policy step', () => {
	test('rewrites each page to its narrowed policy, and the header is the union plus frame-ancestors', () => {
		const toc = 'document.currentScript.previousElementSibling.open=true';
		const withToc = page(`<details></details><script>${toc}</script>`).replace(
			hash(THEME),
			`${hash(THEME)} ${hash(toc)}`
		);
		const site = new BuiltSite(
			'/',
			memoryStore({ 'index.html': page('<p>home</p>'), 'errors/x/index.html': withToc })
		);
		pagePoliciesStep.run(site, () => {});
		const home = site.text('index.html');
		expect(home).toContain(`script-src 'self' 'wasm-unsafe-eval' ${hash(THEME)};`);
		expect(home).not.toContain(hash('bundle-a.js'));
		// Only the content attribute changed.
		expect(home.replace(/content="[^"]*"/, '')).toBe(
			page('<p>home</p>').replace(/content="[^"]*"/, '')
		);
		expect(headerPolicyOf(site)).toBe(
			[
				"default-src 'self'",
				"object-src 'none'",
				`script-src 'self' 'wasm-unsafe-eval' ${hash(THEME)} ${hash(toc)}`,
				`style-src 'self' ${hash(LAYERS)}`,
				"frame-ancestors 'none'",
			].join('; ')
		);
	});

	test('stops the build naming a page whose inline code its policy would block, or a page with scripts and no policy', () => {
		const site = new BuiltSite(
			'/',
			memoryStore({
				'a/index.html': page('<script>alert(1)</script>'),
				'b/index.html': '<!doctype html><script>x()</script>',
				// A redirect stub has neither a policy nor code.
				'old/index.html': '<!doctype html><meta http-equiv="refresh" content="0;url=/a/">',
			})
		);
		expect(() => pagePoliciesStep.run(site, () => {})).toThrow(
			/a\/index\.html: its policy blocks inline script[\s\S]*b\/index\.html: no Content-Security-Policy/
		);
	});
});

test('merging page policies takes the union of each directive, plus frame-ancestors', () => {
	expect(
		mergePolicies([
			"default-src 'self'; script-src 'self' 'sha256-AAA'; style-src 'self' 'sha256-S1'",
			"default-src 'self'; script-src 'self' 'sha256-BBB' 'wasm-unsafe-eval'",
		])
	).toBe(
		"default-src 'self'; script-src 'self' 'sha256-AAA' 'sha256-BBB' 'wasm-unsafe-eval'; style-src 'self' 'sha256-S1'; frame-ancestors 'none'"
	);
});
