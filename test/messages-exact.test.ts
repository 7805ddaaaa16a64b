/**
 * Every plain-string `messages` entry is a whole string of a source its page cites, case and final stop
 * included (what a "whole string" is in each kind of source: src/content/commands/source-strings.ts). A
 * wording given with a URL is a public paste, checked by its URL elsewhere. Every message passes: a
 * message is whole as the client or Windows prints it, never cut short.
 */
import { describe, expect, test } from 'vitest';
import {
	messageProblem,
	sourceStrings,
	type SourceStrings,
} from '../src/content/commands/source-strings';
import { sourceOf, type SourceId } from '../src/content/sources';
import { loadEntries } from './load-content';
import { readSource } from './rendered-entries';

const cache = new Map<SourceId, SourceStrings>();
function stringsOf(id: SourceId): SourceStrings {
	let strings = cache.get(id);
	if (!strings) {
		const file = sourceOf(id).file;
		strings = sourceStrings(file, readSource(file));
		cache.set(id, strings);
	}
	return strings;
}

const entries = loadEntries('errors');

function findingsOf(entry: (typeof entries)[number]): string[] {
	const cited = new Map(entry.data.sources.map(({ source }) => [source, stringsOf(source)]));
	return entry.data.messages
		.filter((message) => message.url === undefined)
		.map((message) => [message.text, messageProblem(message.text, cited)] as const)
		.filter(([, problem]) => problem !== undefined)
		.map(([text, problem]) => `${entry.filePath}: "${text}"\n  ${problem}`);
}

describe('every message is a whole string of a source its page cites', () => {
	test.each(entries.map((entry) => [entry.filePath, entry] as const))('%s', (_file, entry) => {
		expect(findingsOf(entry)).toEqual([]);
	});
});
