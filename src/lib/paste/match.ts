/**
 * Compares a cleaned paste with every wording of every error. A wording matches exactly when the paste
 * contains all of it (case, punctuation, line wrapping and `<placeholders>` aside); anything less is
 * scored by how much of the wording is there, and the language-independent signals (error ids, codes,
 * exception types) add their own evidence. Exact claims are conservative: a shorter message found
 * inside a longer matched message of another error is not claimed.
 */
import type { IndexedError } from '../errors-index';
import { normalizeCode } from '../signals';
import { foldText, foldWithPositions, isLetterOrDigit, words, type FoldedText } from '../text';
import type { CleanPaste } from './clean';
import { stripLinePrefixes } from './clean';
import { MAX_ANCHOR_TRIES, MAX_PLACEHOLDER_CHARS } from './limits';

const PLACEHOLDER = /<[^<>\n]{1,40}>/g;
const STOPWORDS = new Set(
	'a an and are as at be but by for from has have if in into is it its may must of on or so than that the then there this to was were which will with you your not can'.split(
		' ',
	),
);

/** The least evidence for an error to be listed as related. */
const RELATED_THRESHOLD = 0.4;

interface PreparedWording {
	text: string;
	/** `message` wordings can be exact; `other` wordings are strong evidence only. */
	kind: 'message' | 'other';
	/** Folded literal parts between placeholders. */
	parts: string[];
	startsWithPlaceholder: boolean;
	endsWithPlaceholder: boolean;
	words: string[];
	/** Folded runs of three consecutive words, for how much of the wording stands in order. */
	shingles: string[];
}

export interface PreparedError {
	error: IndexedError;
	wordings: PreparedWording[];
	signalIds: Set<string>;
	signalCodes: Set<number>;
	signalExceptions: Set<string>;
}

export interface PreparedModel {
	errors: PreparedError[];
	weights: Map<string, number>;
	/** Every word of every wording, for telling domain words from noise. */
	vocabulary: Set<string>;
}

function prepareWording(text: string, kind: PreparedWording['kind']): PreparedWording {
	const core = stripLinePrefixes(text.trim());
	const literal = core.split(PLACEHOLDER);
	const parts = literal.map(foldText).filter((part) => part.length > 0);
	const wordList = words(core.replace(PLACEHOLDER, ' '));
	const shingles: string[] = [];
	const size = Math.min(3, wordList.length);
	for (let i = 0; i + size <= wordList.length; i++) shingles.push(wordList.slice(i, i + size).join(''));
	return {
		text,
		kind,
		parts,
		startsWithPlaceholder: foldText(literal[0] ?? '') === '',
		endsWithPlaceholder: foldText(literal.at(-1) ?? '') === '',
		words: [...new Set(wordList)],
		shingles,
	};
}

export function prepareModel(errors: readonly IndexedError[]): PreparedModel {
	const prepared = errors.map((error) => ({
		error,
		wordings: [
			...error.messages.map((text) => prepareWording(text, 'message')),
			...error.otherWordings.map((text) => prepareWording(text, 'other')),
		],
		signalIds: new Set(error.signals.errorIds.map((id) => id.toLowerCase())),
		signalCodes: new Set(error.signals.codes.map((code) => normalizeCode(code)).filter((c): c is number => c !== undefined)),
		signalExceptions: new Set(error.signals.exceptions.map((name) => name.toLowerCase())),
	}));
	// Inverse document frequency over all wordings: a word in one message says more than one in all.
	const documents = prepared.flatMap((error) => error.wordings);
	const frequency = new Map<string, number>();
	for (const wording of documents) for (const word of wording.words) frequency.set(word, (frequency.get(word) ?? 0) + 1);
	const weights = new Map<string, number>();
	for (const [word, count] of frequency) {
		const idf = Math.log(1 + documents.length / count);
		weights.set(word, STOPWORDS.has(word) || word.length < 2 ? idf * 0.15 : idf);
	}
	return { errors: prepared, weights, vocabulary: new Set(frequency.keys()) };
}

export interface ExactHit {
	/** Range in the cleaned text that the wording covers. */
	start: number;
	end: number;
	/** Ranges in the cleaned text that filled the wording's placeholders: the user's own text. */
	fills: [number, number][];
}

function boundaryOk(text: string, stream: FoldedText, start: number, end: number, wording: PreparedWording): boolean {
	const first = stream.positions[start]!;
	const last = stream.positions[end - 1]!;
	const beforeOk = wording.startsWithPlaceholder || !isLetterOrDigit(text[first - 1]);
	const afterOk = wording.endsWithPlaceholder || !isLetterOrDigit(text[last + 1]);
	return beforeOk && afterOk;
}

/** Where the whole wording stands in the paste, or `undefined`. Bounded: anchors and gaps are capped. */
function findWording(text: string, stream: FoldedText, wording: PreparedWording): ExactHit | undefined {
	const { parts } = wording;
	if (parts.length === 0) return undefined;
	let anchor = 0;
	for (let i = 1; i < parts.length; i++) if (parts[i]!.length > parts[anchor]!.length) anchor = i;
	const folded = stream.folded;
	let at = folded.indexOf(parts[anchor]!);
	for (let tries = 0; at >= 0 && tries < MAX_ANCHOR_TRIES; tries++, at = folded.indexOf(parts[anchor]!, at + 1)) {
		const starts: number[] = [];
		starts[anchor] = at;
		let ok = true;
		for (let i = anchor - 1; i >= 0 && ok; i--) {
			const limit = starts[i + 1]! - parts[i]!.length;
			const found = folded.lastIndexOf(parts[i]!, limit);
			ok = found >= 0 && limit - found <= MAX_PLACEHOLDER_CHARS;
			starts[i] = found;
		}
		for (let i = anchor + 1; i < parts.length && ok; i++) {
			const from = starts[i - 1]! + parts[i - 1]!.length;
			const found = folded.indexOf(parts[i]!, from);
			ok = found >= 0 && found - from <= MAX_PLACEHOLDER_CHARS;
			starts[i] = found;
		}
		if (!ok) continue;
		const start = starts[0]!;
		const end = starts.at(-1)! + parts.at(-1)!.length;
		if (!boundaryOk(text, stream, start, end, wording)) continue;
		const fills: [number, number][] = [];
		for (let i = 1; i < parts.length; i++) {
			const gapStart = starts[i - 1]! + parts[i - 1]!.length;
			const gapEnd = starts[i]!;
			if (gapEnd > gapStart) fills.push([stream.positions[gapStart]!, stream.positions[gapEnd - 1]! + 1]);
		}
		return { start: stream.positions[start]!, end: stream.positions[end - 1]! + 1, fills };
	}
	return undefined;
}

export interface ErrorEvidence {
	error: IndexedError;
	/** `exact` only when the paste holds one of the error's messages in full. */
	match: 'exact' | 'related';
	score: number;
	/** The wording that matched best. */
	wording: string;
	/** Where in the cleaned text the wording matched in full, if it did. */
	hit: ExactHit | undefined;
	/** Words of the wording found in the paste, for explaining a partial match. */
	matchedWords: string[];
	/** Signals that point at this error, such as `FullyQualifiedErrorId AccessDenied`. */
	signals: string[];
}

interface PasteWords {
	set: Set<string>;
	/** Content words of the paste, for how much of the paste a wording explains. */
	content: string[];
}

function pasteWords(text: string, model: PreparedModel): PasteWords {
	const set = new Set<string>();
	const lines = text.split('\n');
	lines.forEach((line, i) => {
		const list = words(line);
		for (const word of list) set.add(word);
		// A console wraps at its width, even inside a word: rejoin the words on either side of each break.
		const next = lines[i + 1];
		if (next !== undefined && list.length > 0) {
			const first = words(next)[0];
			if (first) set.add(list.at(-1)! + first);
		}
	});
	const content = [...set].filter((word) => word.length >= 3 && !STOPWORDS.has(word) && !/^\d+$/.test(word));
	// Only words the site knows say anything about which error this is; the rest may be names or noise.
	const known = content.filter((word) => model.vocabulary.has(word));
	return { set, content: known.length > 0 ? content : [] };
}

function partialScore(wording: PreparedWording, paste: PasteWords, folded: string, model: PreparedModel) {
	let total = 0;
	let found = 0;
	const matchedWords: string[] = [];
	for (const word of wording.words) {
		const weight = model.weights.get(word) ?? 0;
		total += weight;
		if (paste.set.has(word) || (word.length >= 6 && folded.includes(word))) {
			found += weight;
			matchedWords.push(word);
		}
	}
	const recall = total > 0 ? found / total : 0;
	let inOrder = 0;
	for (const shingle of wording.shingles) if (folded.includes(shingle)) inOrder++;
	const sequence = wording.shingles.length > 0 ? inOrder / wording.shingles.length : 0;
	const wordingSet = new Set(wording.words);
	const explained = paste.content.filter((word) => wordingSet.has(word)).length;
	const precision = paste.content.length > 0 ? explained / paste.content.length : 0;
	return { score: 0.45 * recall + 0.35 * sequence + 0.2 * precision, matchedWords };
}

/** Evidence for every error the paste may be, best first; errors without evidence are left out. */
export function matchErrors(paste: CleanPaste, model: PreparedModel): ErrorEvidence[] {
	const stream = foldWithPositions(paste.text);
	const pasteWordSet = pasteWords(paste.text, model);
	const ids = new Set(paste.signals.errorIds.map((id) => id.toLowerCase()));
	const codes = new Set(paste.signals.codes);
	const exceptions = new Set(paste.signals.exceptions.map((name) => name.toLowerCase()));

	const hits: { prepared: PreparedError; wording: PreparedWording; hit: ExactHit }[] = [];
	for (const prepared of model.errors) {
		for (const wording of prepared.wordings) {
			const hit = findWording(paste.text, stream, wording);
			if (hit) hits.push({ prepared, wording, hit });
		}
	}
	// A message found inside a longer matched message of another error is part of that one.
	const standing = hits.filter(
		(h) =>
			!hits.some(
				(g) =>
					g.prepared !== h.prepared &&
					g.hit.start <= h.hit.start &&
					h.hit.end <= g.hit.end &&
					g.hit.end - g.hit.start > h.hit.end - h.hit.start,
			),
	);
	const subsumed = new Set(hits.filter((h) => !standing.includes(h)).map((h) => h.prepared));

	const results: ErrorEvidence[] = [];
	for (const prepared of model.errors) {
		const signals: string[] = [];
		let signal = 0;
		for (const id of prepared.signalIds) {
			if (ids.has(id)) {
				signals.push(`FullyQualifiedErrorId ${prepared.error.signals.errorIds.find((s) => s.toLowerCase() === id)}`);
				signal += 0.75;
			}
		}
		for (const code of prepared.signalCodes) {
			if (codes.has(code)) {
				signals.push(`error code 0x${code.toString(16).toUpperCase().padStart(8, '0')} (${code})`);
				signal += 0.75;
			}
		}
		for (const name of prepared.signalExceptions) {
			if (exceptions.has(name)) {
				signals.push(prepared.error.signals.exceptions.find((s) => s.toLowerCase() === name)!);
				signal += 0.5;
			}
		}
		signal = Math.min(signal, 0.95);

		const own = standing.filter((h) => h.prepared === prepared);
		const exact = own
			.filter((h) => h.wording.kind === 'message')
			.sort((a, b) => b.hit.end - b.hit.start - (a.hit.end - a.hit.start))[0];
		if (exact) {
			results.push({
				error: prepared.error,
				match: 'exact',
				score: 2 + (exact.hit.end - exact.hit.start) / 10_000,
				wording: exact.wording.text,
				hit: exact.hit,
				matchedWords: exact.wording.words,
				signals,
			});
			continue;
		}
		const other = own.find((h) => h.wording.kind === 'other');
		let best = { score: other ? 0.95 : 0, wording: other?.wording.text ?? '', matchedWords: other?.wording.words ?? [] };
		if (!other && !subsumed.has(prepared)) {
			for (const wording of prepared.wordings) {
				const partial = partialScore(wording, pasteWordSet, stream.folded, model);
				if (partial.score > best.score) best = { score: partial.score, wording: wording.text, matchedWords: partial.matchedWords };
			}
		}
		const score = 1 - (1 - best.score) * (1 - signal);
		if (score >= RELATED_THRESHOLD) {
			results.push({
				error: prepared.error,
				match: 'related',
				score,
				wording: best.wording || prepared.error.messages[0]!,
				hit: other?.hit,
				matchedWords: best.matchedWords,
				signals,
			});
		}
	}
	return results.sort((a, b) => b.score - a.score);
}
