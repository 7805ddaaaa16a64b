/**
 * Compares a cleaned paste with every error of the catalog, in stages, each with its own evidence:
 *
 * 1. **Exact wording**: a message found in full (case, punctuation, line wrapping and `<placeholders>`
 *    aside) is `exact`; another known wording found in full is strong evidence, never exact. Exact claims
 *    are conservative: a shorter message found inside a longer matched message of another error is not
 *    claimed, and a paste that is another tool's failure (a parameter binding error, a Pester test)
 *    claims nothing exact.
 * 2. **Identifiers**: codes in every form, symbolic names and their families, `FullyQualifiedErrorId`
 *    parts, exception and error classes, provider DLLs and HTTP statuses, indexed from the content itself
 *    (its `signals` and the identifiers its wordings hold). One that a single error claims names it; one
 *    that several claim counts for each in proportion.
 * 3. **Wordings in part**: how much of one wording the paste holds (its rare words, its runs of words in
 *    order, how much of the paste it explains).
 * 4. **Distinctive words**: the paste's words weighted by how rare they are in the catalog (titles and
 *    summaries included), the reader's own values, addresses and wrapper sentences left out. This stage
 *    ranks and lists pages as `possible` with the words they share; it never makes a page `likely`.
 *
 * Every weight, threshold and cap is in `search/tuning.ts`; each result carries a `confidence`, which is
 * all other code reads. An inverted index over words and a filter of the paste's character windows keep
 * the work proportional to what the paste shares with the catalog, not to the catalog's size.
 */
import type { IndexedError } from '../errors-index';
import {
	DISTINCTIVE_PHRASE_CONTENT_WORDS,
	DISTINCTIVE_PHRASE_WORDS,
	DOC_FIELD_WEIGHTS,
	DOC_FULL_MASS,
	DOC_MIN_COVERAGE,
	DOC_MIN_MASS,
	DOC_MIN_WORDS,
	DOC_RARITY_POWER,
	DOC_RARE_SHARE,
	DOC_WEIGHT,
	EXACT_LENGTH_SCALE,
	EXACT_SCORE,
	GENERAL_MESSAGE_FRAME_CHARS,
	IDENTIFIER_WEIGHTS,
	LIKELY_THRESHOLD,
	MAX_ANCHOR_TRIES,
	MAX_PLACEHOLDER_CHARS,
	MIN_CONTENT_WORD,
	OTHER_CLIENT_FACTOR,
	OTHER_WORDING_SCORE,
	PARTIAL_MIN_RECALL,
	PARTIAL_MIN_SHARED_WORDS,
	PARTIAL_WEIGHTS,
	QUOTED_FRAGMENT_PRECISION,
	QUOTED_FRAGMENT_WORDS,
	RELATED_THRESHOLD,
	SHINGLE_WORDS,
	SIGNAL_CAP,
	STOPWORD_WEIGHT,
	confidenceOf,
	type Confidence,
} from '../tuning';
import { normalizeCode } from '../signals';
import { foldText, foldWithPositions, isLetterOrDigit, words, type FoldedText } from '../text';
import { CMDLET_PREFIX, type CleanPaste } from './clean';
import { GramSet, probesOf } from './grams';
import { isCommandName } from './identifiers';
import {
	canonicalCode,
	classKey,
	codesIn,
	errnosIn,
	filesIn,
	httpStatuses,
	nameFamilies,
	namesIn,
	type IdentifierKind,
} from './tokens';
import { distinctiveText, hasWrapper } from './wrappers';

export type { Confidence } from '../tuning';

const PLACEHOLDER = /<[^<>\n]{1,40}>/g;
export const STOPWORDS = new Set(
	'a an and are as at be but by for from has have if in into is it its may must of on or so than that the then there this to was were which will with you your not can'.split(
		' '
	)
);

/**
 * The stem the distinctive-words stage compares: common English endings off, so that "refused" and
 * "refuses", "connection" and "connecting", "services" and "service" meet. Crude and consistent: the
 * paste's words and the catalog's go through the same steps.
 */
export function stem(word: string): string {
	let w = word;
	if (w.length >= 6 && w.endsWith('ing')) w = w.slice(0, -3);
	else if (w.length >= 6 && w.endsWith('ions')) w = w.slice(0, -4);
	else if (w.length >= 5 && w.endsWith('ion')) w = w.slice(0, -3);
	else if (w.length >= 5 && w.endsWith('ed')) w = w.slice(0, -2);
	else if (w.length >= 5 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
	else if (w.length >= 4 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
	if (w.length >= 5 && w.endsWith('e')) w = w.slice(0, -1);
	return w;
}

/**
 * English function words beyond `STOPWORDS`, and the words every error report uses ("error", "failed",
 * "occurred", "code", "message"): they carry a report, never what failed, so the distinctive-words stage
 * leaves them out (the wording stages still count them).
 */
const FUNCTION_WORDS = new Set(
	'about above after again against all also any because been before being below between both could did does doing done during each either few further get gets got had having her here hers him his how however just more most neither nor now off once only other others our ours out over own same she should some such their theirs them these they those through too under until upon very what when where whether while who whom whose why would yet error errors failed failure exception occurred code message messages warning text'.split(
		' '
	)
);

/** A word the word stages count: long enough, not a stop word, not a number. */
function isContentWord(word: string): boolean {
	return word.length >= MIN_CONTENT_WORD && !STOPWORDS.has(word) && !/^\d+$/.test(word);
}

interface PreparedWording {
	/** Index in `PreparedModel.wordings`. */
	id: number;
	/** Index of its error in `PreparedModel.errors`. */
	owner: number;
	text: string;
	/** `message` wordings can be exact; `other` wordings are strong evidence only. */
	kind: 'message' | 'other';
	/** Folded literal parts between placeholders, all of which an exact match needs. */
	parts: string[];
	/** Character windows of the longest part: a paste without them cannot hold the wording. */
	probes: number[];
	startsWithPlaceholder: boolean;
	endsWithPlaceholder: boolean;
	/** Distinct words outside the wrapper sentences, for partial scoring. */
	words: string[];
	/** The sum of their weights. */
	total: number;
	/** Words outside the wrappers, split at placeholders: runs of words never span one. */
	segments: string[][];
	/** Its runs of words, made the first time the wording shares a word with a paste (see `runsOf`). */
	runs?: WordingRuns;
}

/** A token shaped like a PowerShell command, `Verb-Noun`; `isCommandName` decides. */
const COMMAND_TOKEN = /(?<![\w-])[A-Z][a-z]{1,15}-[A-Z][A-Za-z0-9]{1,60}(?![\w-])/g;

/** Identifier kinds that name an error when only that error claims them. */
const NAMING_KINDS = new Set<IdentifierClaim['kind']>([
	'code',
	'errorId',
	'name',
	'family',
	'errno',
]);

/** What kind of identifier a key is, and how it is shown to the reader. */
interface IdentifierClaim {
	kind: IdentifierKind | 'family';
	label: string;
}

export interface PreparedError {
	error: IndexedError;
	wordings: PreparedWording[];
	/** Identifier keys (`code:5`, `name:MI_RESULT_FAILED`, `family:MI_RESULT`) this error claims. */
	identifiers: Map<string, IdentifierClaim>;
	/** Codes this error claims, in canonical form. */
	codes: Set<number>;
}

export interface PreparedModel {
	errors: PreparedError[];
	/** Every wording of every error, by `PreparedWording.id`. */
	wordings: PreparedWording[];
	/** Word weights over wordings (inverse document frequency). */
	weights: Map<string, number>;
	/** Every word of every wording, for telling domain words from noise. */
	vocabulary: Set<string>;
	/** The wordings each word stands in. */
	postings: Map<string, number[]>;
	/** Every code some error claims: a paste naming one of them has named its error. */
	claimedCodes: Set<number>;
	/** The errors that claim each identifier key. */
	claimants: Map<string, number[]>;
	/** Stem weights over errors, for the distinctive-words stage. */
	docWeights: Map<string, number>;
	/** For each stem, the errors whose wordings, title or summary hold it, with the field's weight. */
	docPostings: Map<string, { error: number; weight: number }[]>;
}

interface WordingRuns {
	/** Folded runs of consecutive words, for how much of the wording stands in order. */
	shingles: string[];
	/** Folded runs long enough to be a distinctive phrase of this wording. */
	phrases: string[];
	/** Folded runs long enough that a paste made of one is a quote of this wording. */
	fragments: string[];
}

/** Folded runs of exactly `size` words inside each segment, those `keep` accepts. */
function segmentRuns(
	segments: readonly (readonly string[])[],
	size: number,
	keep: (segment: readonly string[], at: number) => boolean = () => true
): string[] {
	const out: string[] = [];
	for (const segment of segments) {
		for (let i = 0; i + size <= segment.length; i++) {
			if (!keep(segment, i)) continue;
			let run = '';
			for (let j = i; j < i + size; j++) run += segment[j];
			out.push(run);
		}
	}
	return out;
}

/** A run of words with enough content words to be a phrase of one error ("is not in the" is none). */
function isDistinctive(segment: readonly string[], at: number): boolean {
	let content = 0;
	for (let j = at; j < at + DISTINCTIVE_PHRASE_WORDS; j++)
		if (isContentWord(segment[j]!)) content++;
	return content >= DISTINCTIVE_PHRASE_CONTENT_WORDS;
}

/**
 * A wording's runs of words, made once and only for a wording that shares a word with some paste: most
 * wordings of a large catalog never do, and preparing the catalog stays cheap.
 */
function runsOf(wording: PreparedWording): WordingRuns {
	if (wording.runs) return wording.runs;
	const { segments } = wording;
	const count = segments.reduce((n, segment) => n + segment.length, 0);
	// A wording shorter than a run is one run of all its words.
	const shingles =
		count >= SHINGLE_WORDS
			? segmentRuns(segments, SHINGLE_WORDS)
			: count > 0
				? [segments.flat().join('')]
				: [];
	wording.runs = {
		shingles,
		phrases: segmentRuns(segments, DISTINCTIVE_PHRASE_WORDS, isDistinctive),
		fragments: segmentRuns(segments, QUOTED_FRAGMENT_WORDS),
	};
	return wording.runs;
}

/**
 * A stored wording as the content gives it: paste cleaning never runs on the content's messages. One
 * class of text is optional for an exact match: the cmdlet a message begins with (`Import-Module: File
 * …`), since that is whichever command printed it, and consoles print one before any message.
 */
function prepareWording(
	text: string,
	kind: PreparedWording['kind'],
	id: number,
	owner: number
): PreparedWording {
	const core = text.trim();
	const literal = core.replace(CMDLET_PREFIX, '').split(PLACEHOLDER);
	// Runs of words never span a placeholder: a paste has the reader's own name there, never nothing.
	const segments = distinctiveText(core)
		.split(PLACEHOLDER)
		.map((segment) => words(segment));
	const all = segments.flat();
	const parts = literal.map(foldText).filter((part) => part.length > 0);
	const longest = parts.reduce((a, b) => (b.length > a.length ? b : a), '');
	return {
		id,
		owner,
		text,
		kind,
		parts,
		probes: probesOf(longest),
		startsWithPlaceholder: foldText(literal[0] ?? '') === '',
		endsWithPlaceholder: foldText(literal.at(-1) ?? '') === '',
		words: [...new Set(all)],
		total: 0,
		segments,
	};
}

function codeLabel(code: number): string {
	return `error code 0x${code.toString(16).toUpperCase().padStart(8, '0')} (${code})`;
}

/** The identifiers an error claims: its `signals`, and those its own wordings carry. */
function claimsOf(error: IndexedError): Map<string, IdentifierClaim> {
	const claims = new Map<string, IdentifierClaim>();
	const claim = (key: string, kind: IdentifierClaim['kind'], label: string) => {
		if (!claims.has(key)) claims.set(key, { kind, label });
	};
	const texts = [...error.messages, ...error.otherWordings];
	const codes = [
		...error.signals.codes.map((code) => normalizeCode(code)),
		...texts.flatMap((text) => codesIn(text)),
	];
	for (const code of codes)
		if (code !== undefined) claim(`code:${canonicalCode(code)}`, 'code', codeLabel(code));
	for (const id of error.signals.errorIds)
		claim(`errorId:${id.toLowerCase()}`, 'errorId', `FullyQualifiedErrorId ${id}`);
	// An exception class a wording prints is the client's transport, not a claim: only `signals` claim one.
	for (const name of error.signals.exceptions)
		claim(`exception:${classKey(name)}`, 'exception', name);
	for (const name of [...error.signals.names, ...texts.flatMap((text) => namesIn(text))]) {
		claim(`name:${name}`, 'name', name);
		for (const family of nameFamilies(name)) claim(`family:${family}`, 'family', `${family}_*`);
	}
	for (const status of [...error.signals.http, ...texts.flatMap((text) => httpStatuses(text))])
		claim(`http:${status}`, 'http', `HTTP status ${status}`);
	for (const file of texts.flatMap((text) => filesIn(text))) claim(`file:${file}`, 'file', file);
	for (const errno of texts.flatMap((text) => errnosIn(text)))
		claim(`errno:${errno}`, 'errno', `Errno ${errno}`);
	return claims;
}

/** The stems of a text the distinctive-words stage counts. */
function docStems(text: string): Set<string> {
	return new Set(
		words(distinctiveText(text).replace(PLACEHOLDER, ' '))
			.filter((word) => isContentWord(word) && !FUNCTION_WORDS.has(word))
			.map(stem)
	);
}

export function prepareModel(errors: readonly IndexedError[]): PreparedModel {
	const wordings: PreparedWording[] = [];
	const prepared: PreparedError[] = errors.map((error, owner) => {
		const own = [
			...error.messages.map((text) => ['message', text] as const),
			...error.otherWordings.map((text) => ['other', text] as const),
		].map(([kind, text]) => prepareWording(text, kind, wordings.length, owner));
		// Ids are assigned in order, so each wording's id is its index in the flat list.
		for (const wording of own) {
			wording.id = wordings.length;
			wordings.push(wording);
		}
		const identifiers = claimsOf(error);
		const codes = new Set<number>();
		for (const key of identifiers.keys())
			if (key.startsWith('code:')) codes.add(Number(key.slice(5)));
		return { error, wordings: own, identifiers, codes };
	});

	// Inverse document frequency over all wordings: a word in one message says more than one in all.
	const frequency = new Map<string, number>();
	const postings = new Map<string, number[]>();
	for (const wording of wordings)
		for (const word of wording.words) {
			frequency.set(word, (frequency.get(word) ?? 0) + 1);
			const list = postings.get(word);
			if (list) list.push(wording.id);
			else postings.set(word, [wording.id]);
		}
	const weights = new Map<string, number>();
	for (const [word, count] of frequency) {
		const idf = Math.log(1 + wordings.length / count);
		weights.set(word, STOPWORDS.has(word) || word.length < 2 ? idf * STOPWORD_WEIGHT : idf);
	}
	for (const wording of wordings)
		wording.total = wording.words.reduce((sum, word) => sum + weights.get(word)!, 0);

	const claimants = new Map<string, number[]>();
	prepared.forEach((error, index) => {
		for (const key of error.identifiers.keys())
			claimants.set(key, [...(claimants.get(key) ?? []), index]);
	});

	// The distinctive-words stage counts a stem once per error, at its strongest field.
	const docPostings = new Map<string, { error: number; weight: number }[]>();
	prepared.forEach(({ error }, index) => {
		const fields: [Set<string>, number][] = [
			[docStems([...error.messages, ...error.otherWordings].join('\n')), DOC_FIELD_WEIGHTS.wording],
			[docStems(error.title), DOC_FIELD_WEIGHTS.title],
			[docStems(error.summary), DOC_FIELD_WEIGHTS.summary],
		];
		const best = new Map<string, number>();
		for (const [stems, weight] of fields)
			for (const s of stems) best.set(s, Math.max(best.get(s) ?? 0, weight));
		for (const [s, weight] of best) {
			const list = docPostings.get(s);
			if (list) list.push({ error: index, weight });
			else docPostings.set(s, [{ error: index, weight }]);
		}
	});
	const docWeights = new Map<string, number>();
	for (const [s, list] of docPostings)
		docWeights.set(s, Math.log(1 + prepared.length / list.length));

	return {
		errors: prepared,
		wordings,
		weights,
		vocabulary: new Set(frequency.keys()),
		postings,
		claimedCodes: new Set(prepared.flatMap((error) => [...error.codes])),
		claimants,
		docWeights,
		docPostings,
	};
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

/**
 * Where the whole wording first stands in the paste at or after folded position `from`, or `undefined`.
 * Bounded: anchors and gaps are capped.
 */
function findWording(
	text: string,
	stream: FoldedText,
	wording: PreparedWording,
	from = 0
): (ExactHit & { foldEnd: number }) | undefined {
	const { parts } = wording;
	if (parts.length === 0) return undefined;
	let anchor = 0;
	for (let i = 1; i < parts.length; i++) if (parts[i]!.length > parts[anchor]!.length) anchor = i;
	const folded = stream.folded;
	let at = folded.indexOf(parts[anchor]!, from);
	for (
		let tries = 0;
		at >= 0 && tries < MAX_ANCHOR_TRIES;
		tries++, at = folded.indexOf(parts[anchor]!, at + 1)
	) {
		const starts = placeParts(folded, parts, anchor, at);
		if (!starts || starts[0]! < from) continue;
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
		return {
			start: stream.positions[start]!,
			end: stream.positions[end - 1]! + 1,
			fills,
			foldEnd: end,
		};
	}
	return undefined;
}

/** Which stage gave an error its place: what the reader is told about why it is listed. */
export type EvidenceStage = 'exact' | 'wording' | 'identifier' | 'words';

export interface ErrorEvidence {
	error: IndexedError;
	/** `exact` only when the paste holds one of the error's messages in full. */
	match: 'exact' | 'related';
	/** What the reader is told: `exact` with `match`, else `likely` or `possible` (see `search/tuning.ts`). */
	confidence: Confidence;
	/** For ordering only; compare `confidence`, never this, with a number. */
	score: number;
	/** The stage whose evidence counts most for this error. */
	stage: EvidenceStage;
	/** The wording that matched best. */
	wording: string;
	/** Where in the cleaned text the wording matched in full, if it did. */
	hit: ExactHit | undefined;
	/** Words of the wording found in the paste, for explaining a partial match. */
	matchedWords: string[];
	/** The paste's words a page of this error also uses, rarest first (the distinctive-words stage). */
	sharedWords: string[];
	/** Signals that point at this error, such as `FullyQualifiedErrorId AccessDenied`. */
	signals: string[];
	/**
	 * True when an identifier only this error claims names it: a code, an error id, a symbolic name or its
	 * family (never a class, a DLL or an HTTP status alone, which failures outside the catalog share).
	 */
	namedBySignal: boolean;
	/**
	 * True when an identifier of the paste is claimed by this error alone among the pages of the paste's
	 * client (an HTTP status only when the paste's client is known): a class, a DLL or a status that only
	 * this page declares is real evidence, if not enough to name it.
	 */
	soleSignal: boolean;
	/** True when the paste shares a distinctive run of words with a wording, not just wrapper words. */
	sharesPhrase: boolean;
	/** True when the distinctive-words stage finds the paste's words on this error's page above its threshold. */
	sharesWords: boolean;
	/** Where in the cleaned text the evidence starts and ends, or -1 when no one place holds it. */
	at: number;
	end: number;
	/**
	 * Where the text stands that the matched wording leaves to its final placeholder, up to the end of its
	 * line: a client's fault class (`WinRM::WinRMWSManFault: [WSMAN ERROR CODE: <code>]: <fault description>`)
	 * wraps the error printed there.
	 */
	wraps: [number, number] | undefined;
	/**
	 * True for an error that stands apart from the first one in the paste (a second error printed after
	 * it): the results show it beside the first, not among its alternatives.
	 */
	separate: boolean;
}

/** The paste as the matcher reads it. */
interface PasteView {
	text: string;
	stream: FoldedText;
	grams: GramSet;
	/** Folded text outside the wrapper sentences and noise tokens, for partial scoring and phrases. */
	distinctive: string;
	/** Words outside the wrappers, with words rejoined across console line breaks. */
	words: Set<string>;
	/** Content words of the paste, for how much of the paste a wording explains. */
	content: string[];
	/** The stems the distinctive-words stage asks about, each with the paste's word for it. */
	query: Map<string, string>;
	/** Identifier keys of the paste, with how each is shown. */
	keys: Map<string, string>;
	/** Whether the paste names a code some error claims in its signals. */
	namesClaimedCode: boolean;
	foreign: boolean;
	/** The clients whose marks the paste carries. */
	clients: Set<string>;
	/** Whether the paste holds PowerShell's record of a remoting error (`PSRemotingTransportException`). */
	remotingRecord: boolean;
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

/** Identifier keys of the paste's signals, with how each is shown to the reader. */
function pasteKeys(paste: CleanPaste, model: PreparedModel): Map<string, string> {
	const keys = new Map<string, string>();
	const { signals } = paste;
	for (const code of signals.codes) keys.set(`code:${canonicalCode(code)}`, codeLabel(code));
	for (const id of signals.errorIds)
		keys.set(`errorId:${id.toLowerCase()}`, `FullyQualifiedErrorId ${id}`);
	for (const name of signals.exceptions) keys.set(`exception:${classKey(name)}`, name);
	for (const name of signals.names) {
		keys.set(`name:${name}`, name);
		// A name no error claims still belongs to a family one may: its longest claimed family counts.
		if (model.claimants.has(`name:${name}`)) continue;
		const family = nameFamilies(name).find((f) => model.claimants.has(`family:${f}`));
		if (family) keys.set(`family:${family}`, `${name}, of the ${family}_* family`);
	}
	for (const status of signals.http) keys.set(`http:${status}`, `HTTP status ${status}`);
	for (const file of signals.files) keys.set(`file:${file}`, file);
	for (const errno of signals.errnos) keys.set(`errno:${errno}`, `Errno ${errno}`);
	return keys;
}

function readPaste(paste: CleanPaste, model: PreparedModel): PasteView {
	const rest = distinctiveText(paste.text);
	const set = pasteWords(rest);
	const content = [...set].filter(isContentWord);
	const { hosts, users, paths, domains, ips } = paste.identifiers;
	// The reader's values and the commands the paste names (`Enter-PSSession : …`, `The term 'Get-Foo'`)
	// say which computer and which command, never which failure: the words stage leaves them out.
	const commands = [...paste.text.matchAll(COMMAND_TOKEN)]
		.map((match) => match[0])
		.filter(isCommandName);
	const own = new Set(
		[...hosts, ...users, ...paths, ...domains, ...ips, ...commands].flatMap((value) => words(value))
	);
	const query = new Map<string, string>();
	// The parameters of a command line the paste echoes say what the command was about (`-KeyFilePath`).
	for (const word of [...content, ...paste.commandWords]) {
		if (own.has(word) || FUNCTION_WORDS.has(word)) continue;
		const s = stem(word);
		if (model.docWeights.has(s) && !query.has(s)) query.set(s, word);
	}
	const stream = foldWithPositions(paste.text);
	const distinctive = foldText(rest);
	const keys = pasteKeys(paste, model);
	return {
		text: paste.text,
		stream,
		grams: new GramSet(stream.folded),
		distinctive,
		words: set,
		// Only words the site knows say anything about which error this is; the rest may be names or noise.
		content: content.some((word) => model.vocabulary.has(word)) ? content : [],
		query,
		keys,
		namesClaimedCode: paste.signals.codes.some((code) =>
			model.claimedCodes.has(canonicalCode(code))
		),
		foreign: paste.foreign !== undefined,
		clients: new Set(paste.clients),
		remotingRecord: [...paste.signals.exceptions, ...paste.signals.errorIds].some((name) =>
			REMOTING_RECORD.test(name)
		),
	};
}

/**
 * Whether an error is printed by another client than the paste's: a page of only Go, Ruby or Ansible
 * wordings for a paste that carries none of those marks (or the reverse). Pages PowerShell prints are
 * never another client's: they hold the WinRM service's own messages, which any client may show.
 */
function otherClient(error: IndexedError, view: PasteView): boolean {
	return (
		view.clients.size > 0 &&
		!error.clients.includes('powershell') &&
		!error.clients.some((client) => view.clients.has(client))
	);
}

/** Runs are tried only for wordings that share a word with the paste, on the paste's short distinctive text. */
function holds(view: PasteView, run: string): boolean {
	return view.distinctive.includes(run);
}

interface Hit {
	wording: PreparedWording;
	hit: ExactHit & { foldEnd: number };
}

/**
 * Whether `g` says literally what `h` leaves to a placeholder: some text that filled one of `h`'s
 * placeholders lies inside `g`'s match and in none of `g`'s own placeholders (`The term 'New-WSManSessionOption'
 * is not recognized` is more specific than `The term <tool-name> is not recognized`), while `h` fills none
 * of `g`'s placeholders with its own literal text.
 */
function moreSpecific(g: Hit, h: Hit): boolean {
	const literalIn = (a: Hit, [from, to]: [number, number]) =>
		a.hit.start <= from &&
		to <= a.hit.end &&
		!a.hit.fills.some(([start, end]) => start < to && from < end);
	return (
		h.hit.fills.some((fill) => literalIn(g, fill)) &&
		!g.hit.fills.some((fill) => literalIn(h, fill))
	);
}

/**
 * Every wording found in full, minus those inside a longer found wording of another error, and those
 * another error's wording states more specifically (see `moreSpecific`). A wording
 * found only inside another is looked for again after it: the same short message may also stand on its
 * own further on ("Access is denied." after a longer message that begins with it).
 */
function standingHits(
	model: PreparedModel,
	view: PasteView
): { standing: Hit[]; subsumed: Set<number> } {
	const hits: Hit[] = [];
	for (const wording of model.wordings) {
		if (!view.grams.mayHold(wording.probes)) continue;
		const hit = findWording(view.text, view.stream, wording);
		if (hit) hits.push({ wording, hit });
	}
	const inside = (h: Hit, g: Hit) =>
		g.wording.owner !== h.wording.owner &&
		(moreSpecific(g, h) ||
			(g.hit.start <= h.hit.start &&
				h.hit.end <= g.hit.end &&
				g.hit.end - g.hit.start > h.hit.end - h.hit.start &&
				!moreSpecific(h, g)));
	const outer = (h: Hit) => hits.find((g) => inside(h, g));
	const standing: Hit[] = [];
	const subsumed = new Set<number>();
	for (const h of hits) {
		const g = outer(h);
		if (!g) {
			standing.push(h);
			continue;
		}
		const again = findWording(view.text, view.stream, h.wording, g.hit.foldEnd);
		if (again && !outer({ wording: h.wording, hit: again }))
			standing.push({ wording: h.wording, hit: again });
		else subsumed.add(h.wording.owner);
	}
	// An error with a wording standing on its own is not subsumed by another of its wordings.
	for (const h of standing) subsumed.delete(h.wording.owner);
	return { standing, subsumed };
}

/** The identifiers of the paste that point at this error, and their combined strength. */
function identifierEvidence(
	prepared: PreparedError,
	view: PasteView,
	model: PreparedModel
): { signals: string[]; strength: number; named: boolean; sole: boolean } {
	const signals: string[] = [];
	let miss = 1;
	let named = false;
	let sole = false;
	for (const [key, label] of view.keys) {
		const claim = prepared.identifiers.get(key);
		if (!claim) continue;
		// Pages of other clients than the paste's do not share an identifier with this one: a 401 is the
		// Ansible page's when Python printed it, though Go's and Ruby's pages claim 401 too.
		const all = model.claimants.get(key)!;
		const own = all.filter((c) => !otherClient(model.errors[c]!.error, view));
		const claimants = own.length > 0 ? own : all;
		const base = IDENTIFIER_WEIGHTS[claim.kind];
		// One error's identifier names it; one several errors claim is evidence for each, shared.
		const strength = claimants.length === 1 ? base : base / Math.sqrt(claimants.length);
		// A class, a DLL or an HTTP status is often shared by failures the catalog does not have (one
		// page may claim `PSRemotingTransportException`): only codes, ids and names name an error alone.
		if (claimants.length === 1 && NAMING_KINDS.has(claim.kind)) named = true;
		if (claimants.length === 1 && (claim.kind !== 'http' || view.clients.size > 0)) sole = true;
		signals.push(claim.kind === 'exception' ? claim.label : label);
		miss *= 1 - strength;
	}
	return { signals, strength: Math.min(1 - miss, SIGNAL_CAP), named, sole };
}

interface Partial {
	score: number;
	wording: PreparedWording | undefined;
	matchedWords: string[];
	sharesPhrase: boolean;
}

const NO_PARTIAL: Partial = { score: 0, wording: undefined, matchedWords: [], sharesPhrase: false };

/** How much of one wording the paste holds: weighted words, runs of words in order, paste explained. */
function partialScore(wording: PreparedWording, found: number, view: PasteView): Partial {
	const recall = wording.total > 0 ? found / wording.total : 0;
	const { shingles, phrases, fragments } = runsOf(wording);
	const inOrder = shingles.filter((run) => holds(view, run)).length;
	const sequence = shingles.length > 0 ? inOrder / shingles.length : 0;
	const wordingSet = new Set(wording.words);
	const explained = view.content.filter((word) => wordingSet.has(word)).length;
	const precision = view.content.length > 0 ? explained / view.content.length : 0;
	const weighted =
		PARTIAL_WEIGHTS.recall * recall +
		PARTIAL_WEIGHTS.sequence * sequence +
		PARTIAL_WEIGHTS.precision * precision;
	const quoted =
		precision >= QUOTED_FRAGMENT_PRECISION && fragments.some((run) => holds(view, run));
	return {
		score: quoted ? Math.max(weighted, LIKELY_THRESHOLD) : weighted,
		wording,
		matchedWords: wording.words.filter((word) => view.words.has(word)),
		sharesPhrase: phrases.some((run) => holds(view, run)),
	};
}

/** The best partial evidence among an error's wordings that share any word with the paste. */
function bestPartial(prepared: PreparedError, found: Float64Array, view: PasteView): Partial {
	let best = NO_PARTIAL;
	let phrase = false;
	for (const wording of prepared.wordings) {
		if (found[wording.id]! <= 0) continue;
		const partial = partialScore(wording, found[wording.id]!, view);
		phrase ||= partial.sharesPhrase;
		if (partial.score > best.score) best = partial;
	}
	return { ...best, sharesPhrase: phrase };
}

/** Where a partially matched wording's first and last runs stand in the cleaned text, or -1. */
function partialRegion(wording: PreparedWording | undefined, view: PasteView): [number, number] {
	if (!wording) return [-1, -1];
	let start = -1;
	let end = -1;
	for (const run of runsOf(wording).shingles) {
		const at = view.stream.folded.indexOf(run);
		if (at < 0) continue;
		const from = view.stream.positions[at]!;
		const to = view.stream.positions[at + run.length - 1]! + 1;
		if (start < 0 || from < start) start = from;
		if (to > end) end = to;
	}
	return [start, end];
}

interface WordsEvidence {
	score: number;
	listed: boolean;
	shared: string[];
}

/** The distinctive-words stage for every error at once: the paste's rare words each page uses. */
function wordsStage(view: PasteView, model: PreparedModel): WordsEvidence[] {
	const mass = new Float64Array(model.errors.length);
	const shared: [number, string][][] = model.errors.map(() => []);
	const rare = new Uint8Array(model.errors.length);
	const rareLimit = Math.max(1, model.errors.length * DOC_RARE_SHARE);
	let total = 0;
	for (const [s, word] of view.query) {
		const rarity = model.docWeights.get(s)! ** DOC_RARITY_POWER;
		const postings = model.docPostings.get(s)!;
		total += rarity;
		for (const { error, weight } of postings) {
			mass[error]! += rarity * weight;
			shared[error]!.push([rarity, word]);
			// The distinctive word must stand in a wording or the title: a summary's prose word is no sign.
			if (postings.length <= rareLimit && weight >= DOC_FIELD_WEIGHTS.title) rare[error] = 1;
		}
	}
	return model.errors.map((_, i) => {
		const coverage = total > 0 ? mass[i]! / total : 0;
		const count = shared[i]!.length;
		const listed =
			rare[i] === 1 &&
			count >= DOC_MIN_WORDS &&
			coverage >= DOC_MIN_COVERAGE &&
			mass[i]! >= DOC_MIN_MASS;
		return {
			score: listed ? DOC_WEIGHT * Math.sqrt(coverage) * Math.min(1, mass[i]! / DOC_FULL_MASS) : 0,
			listed,
			shared: shared[i]!.sort((a, b) => b[0] - a[0]).map(([, word]) => word),
		};
	});
}

/** The rest of the line after a hit whose wording ends with a placeholder: what that wording wraps. */
function wrapped(hit: Hit, view: PasteView): [number, number] | undefined {
	if (!hit.wording.endsWithPlaceholder) return undefined;
	const lineEnd = view.text.indexOf('\n', hit.hit.end);
	const end = lineEnd < 0 ? view.text.length : lineEnd;
	return end > hit.hit.end ? [hit.hit.end, end] : undefined;
}

// PowerShell's record of a remoting error: its exception or error id, read from the category lines.
const REMOTING_RECORD = /^PSRemoting\w{0,40}Exception$|^PSSession\w{0,30}(?:Failed|Broken)$/;

/**
 * Whether a hit stands in a remoting error's frame: a wrapper sentence just before it (read with the
 * console's line breaks taken out, since a console wraps even inside a word), or PowerShell's record of a
 * remoting error in the paste.
 */
function framedByRemoting(hit: Hit, view: PasteView): boolean {
	const before = view.text.slice(
		Math.max(0, hit.hit.start - GENERAL_MESSAGE_FRAME_CHARS),
		hit.hit.start
	);
	return view.remotingRecord || hasWrapper(before.replace(/\n/g, ''));
}

/** The evidence for one error, or `undefined` when there is too little to list it. */
function evidenceFor(
	index: number,
	hits: readonly Hit[],
	subsumed: boolean,
	found: Float64Array,
	wordsEvidence: WordsEvidence,
	view: PasteView,
	model: PreparedModel
): ErrorEvidence | undefined {
	const prepared = model.errors[index]!;
	const { signals, strength, named, sole } = identifierEvidence(prepared, view, model);
	// A general message (`Access is denied.`) outside a remoting error's frame is some other failure's: the
	// page stays listed, as possible only.
	const unframed =
		prepared.error.generalMessage &&
		!(hits.length > 0
			? hits.some((h) => framedByRemoting(h, view))
			: view.remotingRecord || hasWrapper(view.text));
	const exact =
		view.foreign || unframed
			? undefined
			: hits
					.filter((h) => h.wording.kind === 'message')
					.sort((a, b) => b.hit.end - b.hit.start - (a.hit.end - a.hit.start))[0];
	const base = {
		error: prepared.error,
		sharedWords: wordsEvidence.shared,
		signals,
		namedBySignal: named,
		soleSignal: sole,
		sharesWords: wordsEvidence.listed,
		separate: false,
		wraps: undefined,
	};
	if (exact) {
		return {
			...base,
			match: 'exact',
			confidence: 'exact',
			score: EXACT_SCORE + (exact.hit.end - exact.hit.start) * EXACT_LENGTH_SCALE,
			stage: 'exact',
			wording: exact.wording.text,
			hit: exact.hit,
			matchedWords: exact.wording.words,
			sharesPhrase: true,
			at: exact.hit.start,
			end: exact.hit.end,
			wraps: wrapped(exact, view),
		};
	}
	// In another tool's failure a full wording is only quoted text: it counts as a partial match.
	const whole = view.foreign ? undefined : hits.find((h) => h.wording.kind === 'other');
	const partial: Partial = whole
		? {
				score: OTHER_WORDING_SCORE,
				wording: whole.wording,
				matchedWords: whole.wording.words,
				sharesPhrase: true,
			}
		: subsumed
			? NO_PARTIAL
			: bestPartial(prepared, found, view);
	const wordScore = 1 - (1 - partial.score) * (1 - strength);
	// For the order, every stage adds its evidence: a page that holds the paste's wording in part and its
	// rare words beats one that only uses its words.
	const evidence = 1 - (1 - partial.score) * (1 - wordsEvidence.score) * (1 - strength);
	const score = otherClient(prepared.error, view) ? evidence * OTHER_CLIENT_FACTOR : evidence;
	if (wordScore < RELATED_THRESHOLD && !partial.sharesPhrase && !sole && !wordsEvidence.listed)
		return undefined;
	// The paste names a code another error claims and none of this one's: the words it shares (WinRM
	// words every Kerberos failure shares, say) cannot make this error likely.
	const contradicted = prepared.codes.size > 0 && !named && view.namesClaimedCode;
	const [at, end] = whole ? [whole.hit.start, whole.hit.end] : partialRegion(partial.wording, view);
	const stage: EvidenceStage = whole
		? 'wording'
		: strength > partial.score && strength >= wordsEvidence.score
			? 'identifier'
			: partial.score >= wordsEvidence.score
				? 'wording'
				: 'words';
	return {
		...base,
		match: 'related',
		// Another tool's failure says nothing sure about a remoting error, however much it quotes; the
		// distinctive-words stage alone never makes an error likely.
		confidence: view.foreign || contradicted || unframed ? 'possible' : confidenceOf(wordScore),
		score,
		stage,
		wording: partial.wording?.text ?? prepared.error.messages[0] ?? '',
		hit: whole?.hit,
		matchedWords: partial.matchedWords,
		sharesPhrase: partial.sharesPhrase,
		at,
		end,
		wraps: whole ? wrapped(whole, view) : undefined,
	};
}

/** Whether `b` stands in the cause `a`'s line goes on to (`a ---> b`, as .NET prints an inner exception). */
function isCause(a: ErrorEvidence, b: ErrorEvidence, paste: CleanPaste): boolean {
	return paste.causes.some(
		({ outer, cause }) => a.at >= outer[0] && a.at < outer[1] && b.at >= cause[0] && b.at < cause[1]
	);
}

/** Whether `b` is what `a` wraps: the text of `a`'s final placeholder, or the cause `a`'s line goes on to. */
function isInside(a: ErrorEvidence, b: ErrorEvidence, paste: CleanPaste): boolean {
	if (a === b || a.at < 0 || b.at < 0) return false;
	if (a.wraps && b.at >= a.wraps[0] && b.at < a.wraps[1]) return true;
	return isCause(a, b, paste);
}

/**
 * The order the reader sees: best score first, except that errors printed one after another in the paste
 * (each exact or likely, their evidence in separate places) come in the order the paste has them, so the
 * error that opened the paste leads and a later one (a command that then failed) follows it; and an error
 * a client or an exception wraps (WinRM's message in a client's fault class, an inner exception) comes
 * before its wrapper, since it says what failed.
 */
function inPasteOrder(sorted: ErrorEvidence[], paste: CleanPaste): ErrorEvidence[] {
	const [best] = sorted;
	if (!best || best.at < 0) return sorted;
	const strong = sorted.filter((e) => e.confidence !== 'possible' && e.at >= 0);
	const leads: ErrorEvidence[] = [];
	for (const evidence of strong)
		if (!leads.some((lead) => evidence.at < lead.end && lead.at < evidence.end))
			leads.push(evidence);
	// The cause of an exception (after .NET's `--->`) with a distinctive phrase of its own leads even
	// when only possible: it says what failed, its wrapper only that something did.
	for (const evidence of sorted)
		if (
			evidence.sharesPhrase &&
			!leads.includes(evidence) &&
			leads.some((lead) => isCause(lead, evidence, paste))
		)
			leads.push(evidence);
	if (leads.length < 2) return sorted;
	leads.sort((a, b) => a.at - b.at);
	for (const inner of [...leads]) {
		const wrapper = leads.find((lead) => isInside(lead, inner, paste));
		if (!wrapper) continue;
		leads.splice(leads.indexOf(inner), 1);
		leads.splice(leads.indexOf(wrapper), 0, inner);
	}
	leads.forEach((lead, i) => (lead.separate = i > 0));
	return [...leads, ...sorted.filter((e) => !leads.includes(e))];
}

/** Evidence for every error the paste may be, best first; errors without evidence are left out. */
export function matchErrors(paste: CleanPaste, model: PreparedModel): ErrorEvidence[] {
	const view = readPaste(paste, model);
	const found = new Float64Array(model.wordings.length);
	// How much of each wording's weight, and how many of its content words, the paste holds.
	const shared = new Uint16Array(model.wordings.length);
	for (const word of view.words) {
		const list = model.postings.get(word);
		if (!list) continue;
		const weight = model.weights.get(word)!;
		const content = isContentWord(word);
		for (const id of list) {
			found[id]! += weight;
			if (content) shared[id]!++;
		}
	}
	// Only a wording that shares enough with the paste is scored in part: one that shares a single
	// content word and little of its weight cannot reach the related threshold or hold a phrase.
	for (let id = 0; id < found.length; id++) {
		const wording = model.wordings[id]!;
		if (shared[id]! < PARTIAL_MIN_SHARED_WORDS && found[id]! < wording.total * PARTIAL_MIN_RECALL)
			found[id] = 0;
	}
	const { standing, subsumed } = standingHits(model, view);
	const byError = new Map<number, Hit[]>();
	for (const hit of standing)
		byError.set(hit.wording.owner, [...(byError.get(hit.wording.owner) ?? []), hit]);
	const wordsEvidence = wordsStage(view, model);
	const results: ErrorEvidence[] = [];
	model.errors.forEach((_, index) => {
		const evidence = evidenceFor(
			index,
			byError.get(index) ?? [],
			subsumed.has(index),
			found,
			wordsEvidence[index]!,
			view,
			model
		);
		if (evidence) results.push(evidence);
	});
	// Labels read down the list: every exact result before every likely one, every likely before possible.
	const tier = (e: ErrorEvidence) =>
		e.confidence === 'exact' ? 2 : e.confidence === 'likely' ? 1 : 0;
	return inPasteOrder(
		results.sort((a, b) => tier(b) - tier(a) || b.score - a.score),
		paste
	);
}
