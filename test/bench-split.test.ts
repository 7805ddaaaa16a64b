/**
 * The bench's check half stays unseen: no wording the catalog quotes from a public paste may come from a
 * thread of the check half (bench/split.mjs explains the split).
 */
import { describe, expect, test } from 'vitest';
import { halfOf, threadOf } from '../bench/split.mjs';
import { loadEntries } from './load-content';

const quoted = loadEntries('errors').flatMap(({ id, data }) =>
	[...data.messages, ...data.otherWordings]
		.filter((wording) => wording.url !== undefined)
		.map((wording) => ({ id, url: wording.url! }))
);

describe('the bench split', () => {
	test('the catalog quotes public pastes (the check below has something to check)', () => {
		expect(quoted.length).toBeGreaterThan(0);
	});

	test.each(quoted)('content/errors/$id.mdx quotes $url, a thread of the tune half', ({ url }) => {
		expect(halfOf(url), `${threadOf(url)} is in the check half`).toBe('tune');
	});

	test('the comment and query parts of a URL do not move a thread to the other half', () => {
		const thread = 'https://github.com/ansible/ansible/issues/52991';
		for (const url of [
			`${thread}#issuecomment-1`,
			`${thread}/`,
			`${thread}?q=1`,
			thread.toUpperCase(),
		])
			expect(threadOf(url)).toBe(threadOf(thread));
	});
});
