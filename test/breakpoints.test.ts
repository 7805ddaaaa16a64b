/**
 * One small-screen breakpoint for the whole site: the width `--small-screen` declares in
 * src/styles/props.css. Media queries cannot read a custom property, so this test reads every
 * stylesheet and component and every browser script, and fails on a small-screen query at any other
 * width, or on a script that asks the browser its own.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';

const SRC = new URL('../src/', import.meta.url).pathname;

function files(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)]
	);
}

const declared = /--small-screen:\s*([\d.]+rem)\s*;/.exec(
	readFileSync(join(SRC, 'styles/props.css'), 'utf8')
)?.[1];

test('the small-screen width is declared once, as a custom property', () => {
	expect(declared).toMatch(/^[\d.]+rem$/);
});

test('every small-screen media query uses it, and no script keeps a width of its own', () => {
	const wrong: string[] = [];
	for (const file of files(SRC)) {
		const text = readFileSync(file, 'utf8');
		const name = relative(SRC, file);
		if (/\.(astro|css)$/.test(file)) {
			for (const [query, width] of text.matchAll(/@media[^{]*max-width:\s*([^)]+)\)/g))
				if (width!.trim() !== declared) wrong.push(`${name}: ${query.trim()}`);
		}
		if (/\.ts$/.test(file) && !file.endsWith('.test.ts')) {
			for (const [call] of text.matchAll(/matchMedia\([^)]*max-width[^)]*\)/g))
				wrong.push(`${name}: ${call}`);
		}
	}
	expect(wrong).toEqual([]);
});
