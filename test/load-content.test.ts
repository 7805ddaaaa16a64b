import { expect, test } from 'vitest';
import { parseEntry } from './load-content';

const frontmatter = (yaml: string) => `---\n${yaml}\n---\n\nBody.\n`;

test('an entry is parsed by the real schema: defaults filled and references resolved as the build does', () => {
	const entry = parseEntry(
		'errors',
		'content/errors/example.mdx',
		frontmatter(
			[
				'title: Example error',
				'summary: A summary long enough for the schema to accept it.',
				'messages: ["Something went wrong."]',
				'fixes: [{ fix: enable-remoting, when: "When nothing else applies." }]',
				'stage: session-configuration',
				'sources: [{ source: about-remote-troubleshooting-5.1, sections: ["How to enable remoting"] }]',
			].join('\n')
		)
	);
	expect(entry.data.signals).toEqual({
		errorIds: [],
		codes: [],
		exceptions: [],
		names: [],
		http: [],
	});
	expect(entry.data.otherWordings).toEqual([]);
	expect(entry.data.fixes[0]!.fix).toEqual({ id: 'enable-remoting', collection: 'fixes' });
	// The body keeps the file's line numbers: "Body." is line 10 of the file.
	expect(entry.body.split('\n').indexOf('Body.') + 1).toBe(10);
});

test('a malformed entry names the file and the field', () => {
	expect(() =>
		parseEntry('fixes', 'content/fixes/example.mdx', frontmatter('title: Example\nelevated: "yes"'))
	).toThrow(
		/^content\/fixes\/example\.mdx: summary: .*\n(.*\n)*content\/fixes\/example\.mdx: elevated: /
	);
});
