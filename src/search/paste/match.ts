/**
 * Compares a cleaned paste with every wording of every error. A wording matches exactly when the paste
 * contains all of it (case, punctuation, line wrapping and `<placeholders>` aside); anything less is
 * scored by how much of the wording is there, and the language-independent signals (error ids, codes,
 * exception types) add their own evidence. Exact claims are conservative: a shorter message found
 * inside a longer matched message of another error is not claimed, and a paste that is another tool's
 * failure (a parameter binding error, a Pester test) claims nothing exact. Every weight, threshold and
 * cap is in `search/tuning.ts`; each result carries a `confidence`, which is all other code reads.
 */
import type { IndexedError } from '../errors-index';
import {
	EXACT_LENGTH_SCALE,
	EXACT_SCORE,
	DISTINCTIVE_PHRASE_CONTENT_WORDS,
	DISTINCTIVE_PHRASE_WORDS,
	MAX_ANCHOR_TRIES,
	MAX_PLACEHOLDER_CHARS,
	MIN_CONTENT_WORD,
	MIN_INFIX_WORD,
	OTHER_WORDING_SCORE,
	PARTIAL_WEIGHTS,
	QUOTED_FRAGMENT_PRECISION,
	QUOTED_FRAGMENT_WORDS,
	LIKELY_THRESHOLD,
	RELATED_THRESHOLD,
	SHINGLE_WORDS,
	SIGNAL_CAP,
	SIGNAL_WEIGHTS,
	STOPWORD_WEIGHT,
	confidenceOf,
	type Confidence,
} from '../tuning';
import { normalizeCode } from '../signals';
import { foldText, foldWithPositions, isLetterOrDigit, words, type FoldedText } from '../text';
import { CMDLET_PREFIX, type CleanPaste } from './clean';
import { stripWrappers } from './wrappers';

export type { Confidence } from '../tuning';

const PLACEHOLDER = /<[^<>\n]{1,40}>/g;
export const STOPWORDS = new Set(
	'a an and are as at be but by for from has have if in into is it its may must of on or so than that the then there this to was were which will with you your not can'.split(
		' '
	)
);

interface PreparedWording {
	text: string;
	/** `message` wordings can be exact; `other` wordings are strong evidence only. */
	kind: 'message' | 'other';
	/** Folded literal parts between placeholders, all of which an exact match needs. */
	parts: string[];
	startsWithPlaceholder: boolean;
	endsWithPlaceholder: boolean;
	/** Distinct words outside the wrapper sentences, for partial scoring. */
	words: string[];
	/** Folded runs of consecutive words outside the wrappers, for how much of the wording stands in order. */
	shingles: string[];
	/** Folded runs long enough to be a distinctive phrase of this wording. */
	phrases: string[];
	/** Folded runs long enough that a paste made of one is a quote of this wording. */
	fragments: string[];
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
	/** Every code some error claims in its signals: a paste naming one of them has named its error. */
	claimedCodes: Set<number>;
}

/** A wording's runs of `SHINGLE_WORDS` words; a wording shorter than that is one run of all its words. */
function shinglesOf(
	segments: readonly (readonly string[])[],
	distinctive: readonly string[]
): string[] {
	if (distinctive.length >= SHINGLE_WORDS) return segmentRuns(segments, SHINGLE_WORDS);
	return distinctive.length > 0 ? [distinctive.join('')] : [];
}

/** Folded runs of exactly `size` words inside each segment, those `keep` accepts. */
function segmentRuns(
	segments: readonly (readonly string[])[],
	size: number,
	keep: (run: readonly string[]) => boolean = () => true
): string[] {
	const out: string[] = [];
	for (const segment of segments) {
		for (let i = 0; i + size <= segment.length; i++) {
			const run = segment.slice(i, i + size);
			if (keep(run)) out.push(run.join(''));
		}
	}
	return out;
}

/** A run of words with enough content words to be a phrase of one error ("is not in the" is none). */
function isDistinctive(run: readonly string[]): boolean {
	return (
		run.filter((word) => word.length >= MIN_CONTENT_WORD && !STOPWORDS.has(word)).length >=
		DISTINCTIVE_PHRASE_CONTENT_WORDS
	);
}

/**
 * A stored wording as the content gives it: paste cleaning never runs on the content's messages. One
 * class of text is optional for an exact match: the cmdlet a message begins with (`Import-Module: File
 * …`), since that is whichever command printed it, and consoles print one before any message.
 */
function prepareWording(text: string, kind: PreparedWording['kind']): PreparedWording {
	const core = text.trim();
	const literal = core.replace(CMDLET_PREFIX, '').split(PLACEHOLDER);
	// Runs of words never span a placeholder: a paste has the reader's own name there, never nothing.
	const segments = stripWrappers(core)
		.split(PLACEHOLDER)
		.map((segment) => words(segment));
	const distinctive = segments.flat();
	return {
		text,
		kind,
		parts: literal.map(foldText).filter((part) => part.length > 0),
		startsWithPlaceholder: foldText(literal[0] ?? '') === '',
		endsWithPlaceholder: foldText(literal.at(-1) ?? '') === '',
		words: [...new Set(distinctive)],
		shingles: shinglesOf(segments, distinctive),
		phrases: segmentRuns(segments, DISTINCTIVE_PHRASE_WORDS, isDistinctive),
		fragments: segmentRuns(segments, QUOTED_FRAGMENT_WORDS),
	};
}

function prepareError(error: IndexedError): PreparedError {
	return {
		error,
		wordings: [
			...error.messages.map((text) => prepareWording(text, 'message')),
			...error.otherWordings.map((text) => prepareWording(text, 'other')),
		],
		signalIds: new Set(error.signals.errorIds.map((id) => id.toLowerCase())),
		signalCodes: new Set(
			error.signals.codes
				.map((code) => normalizeCode(code))
				.filter((c): c is number => c !== undefined)
		),
		signalExceptions: new Set(error.signals.exceptions.map((name) => name.toLowerCase())),
	};
}

export function prepareModel(errors: readonly IndexedError[]): PreparedModel {
	const prepared = errors.map(prepareError);
	// Inverse document frequency over all wordings: a word in one message says more than one in all.
	const documents = prepared.flatMap((error) => error.wordings);
	const frequency = new Map<string, number>();
	for (const wording of documents)
		for (const word of wording.words) frequency.set(word, (frequency.get(word) ?? 0) + 1);
	const weights = new Map<string, number>();
	for (const [word, count] of frequency) {
		const idf = Math.log(1 + documents.length / count);
		weights.set(word, STOPWORDS.has(word) || word.length < 2 ? idf * STOPWORD_WEIGHT : idf);
	}
	const claimedCodes = new Set(prepared.flatMap((error) => [...error.signalCodes]));
	return { errors: prepared, weights, vocabulary: new Set(frequency.keys()), claimedCodes };
}

export interface ExactHit {
	/** Range in the cleaned text that the wording covers. */
	start: number;
	end: number;
	/** Ranges in the cleaned text that filled the wording's placeholders: the user's own text. */
	fills: [number, number][];
}

function boundaryOk(
	text: string,
	stream: FoldedText,
	start: number,
	end: number,
	wording: PreparedWording
): boolean {
	const first = stream.positions[start]!;
	const last = stream.positions[end - 1]!;
	const beforeOk = wording.startsWithPlaceholder || !isLetterOrDigit(text[first - 1]);
	const afterOk = wording.endsWithPlaceholder || !isLetterOrDigit(text[last + 1]);
	return beforeOk && afterOk;
}

/** Where each part stands around the anchor occurrence `at`, or `undefined` when a gap is too wide. */
function placeParts(
	folded: string,
	parts: readonly string[],
	anchor: number,
	at: number
): number[] | undefined {
	const starts: number[] = [];
	starts[anchor] = at;
	for (let i = anchor - 1; i >= 0; i--) {
		const limit = starts[i + 1]! - parts[i]!.length;
		const found = folded.lastIndexOf(parts[i]!, limit);
		if (found < 0 || limit - found > MAX_PLACEHOLDER_CHARS) return undefined;
		starts[i] = found;
	}
	for (let i = anchor + 1; i < parts.length; i++) {
		const from = starts[i - 1]! + parts[i - 1]!.length;
		const found = folded.indexOf(parts[i]!, from);
		if (found < 0 || found - from > MAX_PLACEHOLDER_CHARS) return undefined;
		starts[i] = found;
	}
	return starts;
}

/** Where the whole wording stands in the paste, or `undefined`. Bounded: anchors and gaps are capped. */
function findWording(
	text: string,
	stream: FoldedText,
	wording: PreparedWording
): ExactHit | undefined {
	const { parts } = wording;
	if (parts.length === 0) return undefined;
	let anchor = 0;
	for (let i = 1; i < parts.length; i++) if (parts[i]!.length > parts[anchor]!.length) anchor = i;
	const folded = stream.folded;
	let at = folded.indexOf(parts[anchor]!);
	for (
		let tries = 0;
		at >= 0 && tries < MAX_ANCHOR_TRIES;
		tries++, at = folded.indexOf(parts[anchor]!, at + 1)
	) {
		const starts = placeParts(folded, parts, anchor, at);
		if (!starts) continue;
		const start = starts[0]!;
		const end = starts.at(-1)! + parts.at(-1)!.length;
		if (!boundaryOk(text, stream, start, end, wording)) continue;
		const fills: [number, number][] = [];
		for (let i = 1; i < parts.length; i++) {
			const gapStart = starts[i - 1]! + parts[i - 1]!.length;
			const gapEnd = starts[i]!;
			if (gapEnd > gapStart)
				fills.push([stream.positions[gapStart]!, stream.positions[gapEnd - 1]! + 1]);
		}
		return { start: stream.positions[start]!, end: stream.positions[end - 1]! + 1, fills };
	}
	return undefined;
}

export interface ErrorEvidence {
	error: IndexedError;
	/** `exact` only when the paste holds one of the error's messages in full. */
	match: 'exact' | 'related';
	/** What the reader is told: `exact` with `match`, else `likely` or `possible` (see `search/tuning.ts`). */
	confidence: Confidence;
	/** For ordering only; compare `confidence`, never this, with a number. */
	score: number;
	/** The wording that matched best. */
	wording: string;
	/** Where in the cleaned text the wording matched in full, if it did. */
	hit: ExactHit | undefined;
	/** Words of the wording found in the paste, for explaining a partial match. */
	matchedWords: string[];
	/** Signals that point at this error, such as `FullyQualifiedErrorId AccessDenied`. */
	signals: string[];
	/** True when a `FullyQualifiedErrorId` part or an error code names this error (an exception type alone does not). */
	namedBySignal: boolean;
	/** True when the paste shares a distinctive run of words with a wording, not just wrapper words. */
	sharesPhrase: boolean;
}

/** The paste as the matcher reads it. */
interface PasteView {
	text: string;
	stream: FoldedText;
	/** Folded text outside the wrapper sentences, for partial scoring and phrases. */
	distinctive: string;
	/** Words outside the wrappers, with words rejoined across console line breaks. */
	words: Set<string>;
	/** Content words of the paste, for how much of the paste a wording explains. */
	content: string[];
	ids: Set<string>;
	codes: Set<number>;
	/** Whether the paste names a code some error claims in its signals. */
	namesClaimedCode: boolean;
	exceptions: Set<string>;
	foreign: boolean;
}

function pasteWords(text: string): Set<string> {
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
	return set;
}

function readPaste(paste: CleanPaste, model: PreparedModel): PasteView {
	const rest = stripWrappers(paste.text);
	const set = pasteWords(rest);
	const content = [...set].filter(
		(word) => word.length >= MIN_CONTENT_WORD && !STOPWORDS.has(word) && !/^\d+$/.test(word)
	);
	return {
		text: paste.text,
		stream: foldWithPositions(paste.text),
		distinctive: foldText(rest),
		words: set,
		// Only words the site knows say anything about which error this is; the rest may be names or noise.
		content: content.some((word) => model.vocabulary.has(word)) ? content : [],
		ids: new Set(paste.signals.errorIds.map((id) => id.toLowerCase())),
		codes: new Set(paste.signals.codes),
		namesClaimedCode: paste.signals.codes.some((code) => model.claimedCodes.has(code)),
		exceptions: new Set(paste.signals.exceptions.map((name) => name.toLowerCase())),
		foreign: paste.foreign !== undefined,
	};
}

interface Hit {
	prepared: PreparedError;
	wording: PreparedWording;
	hit: ExactHit;
}

/** Every wording found in full, minus those inside a longer found wording of another error. */
function standingHits(
	model: PreparedModel,
	view: PasteView
): { standing: Hit[]; subsumed: Set<PreparedError> } {
	const hits: Hit[] = [];
	for (const prepared of model.errors) {
		for (const wording of prepared.wordings) {
			const hit = findWording(view.text, view.stream, wording);
			if (hit) hits.push({ prepared, wording, hit });
		}
	}
	const inside = (h: Hit, g: Hit) =>
		g.prepared !== h.prepared &&
		g.hit.start <= h.hit.start &&
		h.hit.end <= g.hit.end &&
		g.hit.end - g.hit.start > h.hit.end - h.hit.start;
	const standing = hits.filter((h) => !hits.some((g) => inside(h, g)));
	const subsumed = new Set(hits.filter((h) => !standing.includes(h)).map((h) => h.prepared));
	return { standing, subsumed };
}

/** The signals of the paste that name this error, and their combined strength. */
function signalEvidence(
	prepared: PreparedError,
	view: PasteView
): { signals: string[]; strength: number; named: boolean } {
	const { signals: own } = prepared.error;
	const signals: string[] = [];
	let strength = 0;
	for (const id of prepared.signalIds) {
		if (!view.ids.has(id)) continue;
		signals.push(`FullyQualifiedErrorId ${own.errorIds.find((s) => s.toLowerCase() === id)}`);
		strength += SIGNAL_WEIGHTS.errorId;
	}
	for (const code of prepared.signalCodes) {
		if (!view.codes.has(code)) continue;
		signals.push(`error code 0x${code.toString(16).toUpperCase().padStart(8, '0')} (${code})`);
		strength += SIGNAL_WEIGHTS.code;
	}
	// Exception types are shared by many errors: they add strength but never name the error alone.
	const named = signals.length > 0;
	for (const name of prepared.signalExceptions) {
		if (!view.exceptions.has(name)) continue;
		signals.push(own.exceptions.find((s) => s.toLowerCase() === name)!);
		strength += SIGNAL_WEIGHTS.exception;
	}
	return { signals, strength: Math.min(strength, SIGNAL_CAP), named };
}

interface Partial {
	score: number;
	wording: string;
	matchedWords: string[];
	sharesPhrase: boolean;
}

/** How much of one wording the paste holds: weighted words, runs of words in order, paste explained. */
function partialScore(wording: PreparedWording, view: PasteView, model: PreparedModel): Partial {
	let total = 0;
	let found = 0;
	const matchedWords: string[] = [];
	for (const word of wording.words) {
		const weight = model.weights.get(word) ?? 0;
		total += weight;
		if (
			view.words.has(word) ||
			(word.length >= MIN_INFIX_WORD && view.distinctive.includes(word))
		) {
			found += weight;
			matchedWords.push(word);
		}
	}
	const recall = total > 0 ? found / total : 0;
	const inOrder = wording.shingles.filter((shingle) => view.distinctive.includes(shingle)).length;
	const sequence = wording.shingles.length > 0 ? inOrder / wording.shingles.length : 0;
	const wordingSet = new Set(wording.words);
	const explained = view.content.filter((word) => wordingSet.has(word)).length;
	const precision = view.content.length > 0 ? explained / view.content.length : 0;
	const weighted =
		PARTIAL_WEIGHTS.recall * recall +
		PARTIAL_WEIGHTS.sequence * sequence +
		PARTIAL_WEIGHTS.precision * precision;
	const quoted =
		precision >= QUOTED_FRAGMENT_PRECISION &&
		wording.fragments.some((fragment) => view.distinctive.includes(fragment));
	return {
		score: quoted ? Math.max(weighted, LIKELY_THRESHOLD) : weighted,
		wording: wording.text,
		matchedWords,
		sharesPhrase: wording.phrases.some((phrase) => view.distinctive.includes(phrase)),
	};
}

/** The best partial evidence among an error's wordings. */
function bestPartial(prepared: PreparedError, view: PasteView, model: PreparedModel): Partial {
	let best: Partial = { score: 0, wording: '', matchedWords: [], sharesPhrase: false };
	for (const wording of prepared.wordings) {
		const partial = partialScore(wording, view, model);
		if (partial.score > best.score)
			best = { ...partial, sharesPhrase: best.sharesPhrase || partial.sharesPhrase };
		else if (partial.sharesPhrase) best.sharesPhrase = true;
	}
	return best;
}

/** The evidence for one error, or `undefined` when there is too little to list it. */
function evidenceFor(
	prepared: PreparedError,
	hits: readonly Hit[],
	subsumed: boolean,
	view: PasteView,
	model: PreparedModel
): ErrorEvidence | undefined {
	const { signals, strength, named } = signalEvidence(prepared, view);
	const exact = view.foreign
		? undefined
		: hits
				.filter((h) => h.wording.kind === 'message')
				.sort((a, b) => b.hit.end - b.hit.start - (a.hit.end - a.hit.start))[0];
	if (exact) {
		return {
			error: prepared.error,
			match: 'exact',
			confidence: 'exact',
			score: EXACT_SCORE + (exact.hit.end - exact.hit.start) * EXACT_LENGTH_SCALE,
			wording: exact.wording.text,
			hit: exact.hit,
			matchedWords: exact.wording.words,
			signals,
			namedBySignal: named,
			sharesPhrase: true,
		};
	}
	// In another tool's failure a full wording is only quoted text: it counts as a partial match.
	const whole = view.foreign ? undefined : hits.find((h) => h.wording.kind === 'other');
	const partial: Partial = whole
		? {
				score: OTHER_WORDING_SCORE,
				wording: whole.wording.text,
				matchedWords: whole.wording.words,
				sharesPhrase: true,
			}
		: subsumed
			? { score: 0, wording: '', matchedWords: [], sharesPhrase: false }
			: bestPartial(prepared, view, model);
	const score = 1 - (1 - partial.score) * (1 - strength);
	if (score < RELATED_THRESHOLD && !partial.sharesPhrase) return undefined;
	// The paste names a code another error claims and none of this one's: the words it shares (WinRM
	// words every Kerberos failure shares, say) cannot make this error likely.
	const contradicted = prepared.signalCodes.size > 0 && !named && view.namesClaimedCode;
	return {
		error: prepared.error,
		match: 'related',
		// Another tool's failure says nothing sure about a remoting error, however much it quotes.
		confidence: view.foreign || contradicted ? 'possible' : confidenceOf(score),
		score,
		wording: partial.wording || prepared.error.messages[0]!,
		hit: whole?.hit,
		matchedWords: partial.matchedWords,
		signals,
		namedBySignal: named,
		sharesPhrase: partial.sharesPhrase,
	};
}

/** Evidence for every error the paste may be, best first; errors without evidence are left out. */
export function matchErrors(paste: CleanPaste, model: PreparedModel): ErrorEvidence[] {
	const view = readPaste(paste, model);
	const { standing, subsumed } = standingHits(model, view);
	const results: ErrorEvidence[] = [];
	for (const prepared of model.errors) {
		const own = standing.filter((h) => h.prepared === prepared);
		const evidence = evidenceFor(prepared, own, subsumed.has(prepared), view, model);
		if (evidence) results.push(evidence);
	}
	return results.sort((a, b) => b.score - a.score);
}
