import { expect, test } from 'vitest';
import type { IndexedError } from './errors-index';
import type { ErrorEvidence } from './paste/match';
import { orderResults } from './results';

const fix = (slug: string) => ({
	slug,
	url: `/fixes/${slug}/`,
	title: slug,
	elevated: false,
	when: 'when',
});
const error = (slug: string, fixes: string[]): IndexedError => ({
	slug,
	url: `/errors/${slug}/`,
	title: slug,
	summary: '',
	messages: [],
	otherWordings: [],
	signals: { errorIds: [], codes: [], exceptions: [], names: [], http: [] },
	clients: ['powershell'],
	generalMessage: false,
	stage: 'network',
	retired: false,
	fixes: fixes.map(fix),
});
const evidence = (
	e: IndexedError,
	match: 'exact' | 'related',
	separate = false
): ErrorEvidence => ({
	error: e,
	match,
	confidence: match === 'exact' ? 'exact' : 'possible',
	score: match === 'exact' ? 2 : 0.5,
	stage: match === 'exact' ? 'exact' : 'wording',
	wording: '',
	hit: undefined,
	matchedWords: [],
	sharedWords: [],
	signals: [],
	namedBySignal: false,
	soleSignal: false,
	sharesPhrase: false,
	sharesWords: false,
	at: -1,
	end: -1,
	wraps: undefined,
	separate,
});
const page = (path: string) => ({ url: path, title: path, excerpt: '' });

test('the best error, its fixes in order, other errors, then related pages, each page once', () => {
	const best = error('access-denied', ['a', 'b']);
	const other = error('io-aborted', ['b', 'c']);
	const results = orderResults(
		[evidence(best, 'exact'), evidence(other, 'related')],
		[page('/fixes/a/'), page('/p1/'), page('/p2/'), page('/p3/'), page('/p4/'), page('/p5/')],
		4
	);
	expect(results.map((r) => `${r.url}:${r.match}`)).toEqual([
		'/errors/access-denied/:exact',
		'/fixes/a/:related',
		'/fixes/b/:related',
		'/errors/io-aborted/:related',
		'/p1/:related',
		'/p2/:related',
		'/p3/:related',
		'/p4/:related',
	]);
});

test('no evidence and no pages is no results', () => {
	expect(orderResults([], [], 4)).toEqual([]);
});

test("a second error printed in the paste comes right after the first, before the first one's fixes", () => {
	const first = error('cannot-connect-destination', ['a', 'b']);
	const second = error('term-not-recognized', ['c']);
	const alternative = error('connection-refused', ['d']);
	const results = orderResults(
		[evidence(first, 'exact'), evidence(second, 'exact', true), evidence(alternative, 'related')],
		[],
		0
	);
	expect(results.map((r) => `${r.kind}:${r.url}`)).toEqual([
		'error:/errors/cannot-connect-destination/',
		'error:/errors/term-not-recognized/',
		'fix:/fixes/a/',
		'fix:/fixes/b/',
		'error:/errors/connection-refused/',
	]);
});
