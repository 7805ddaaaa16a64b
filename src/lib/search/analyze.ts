/**
 * One search's analysis of a paste: clean it, weigh every error's evidence, say whether it is an
 * error or plain words and whether the catalog covers it, and pick the few words worth asking the
 * full-text index about. Plain and synchronous, so it is unit-tested without a browser; every step is
 * bounded by the limits in `paste/limits.ts`.
 */
import { cleanPaste, type CleanPaste } from '../paste/clean';
import { STOPWORDS, matchErrors, type ErrorEvidence, type PreparedModel } from '../paste/match';
import { stripWrappers } from '../paste/wrappers';
import { words } from '../text';
import { MAX_TERM_CHARS, MAX_TERMS, MIN_ERROR_TERMS, MIN_TERM_CHARS, MIN_WORD_TERM_CHARS, TERMS_SCAN_CHARS } from './tuning';

export interface Analysis {
	/** True when the paste holds no letters or digits at all. */
	blank: boolean;
	/**
	 * `error` when the paste has an error's shape, a code or id, or a catalog message in it; `words` for
	 * anything else (`quota`, `how do I add a server to trustedhosts`), which is a normal site search.
	 */
	kind: 'error' | 'words';
	/**
	 * True when the paste is an error the catalog does not have ("not in our catalog yet"): no error is
	 * `exact` or `likely`. Its evidence then lists only errors with real evidence: the same code or
	 * `FullyQualifiedErrorId`, or a distinctive phrase, never shared wrapper words.
	 */
	uncovered: boolean;
	clean: CleanPaste;
	/** Errors best first, each with its `confidence`. */
	evidence: ErrorEvidence[];
	/** Words for the full-text index, rarest first; empty when the paste has too little to go on. */
	terms: string[];
}

// Words of the lines consoles wrap a remoting error in, which say nothing about which error it is.
const FRAMING = new Set(
	'connecting remote server failed following error message information see about troubleshooting help topic processing sending starting more data command commands ps1 psm1 exception line char categoryinfo fullyqualifiederrorid'.split(
		' ',
	),
);
// Words of a question that say nothing of what it is about: dropped from plain words ("how do I add …").
const QUESTION = new Set('how why where who what when which do does did can could would should will please i me my we our'.split(' '));
// Words of questions and requests, which in an error paste say what the reader wants, not which error it is.
const COMMON = new Set(
	'the and for that this with from have has was were are not cannot could would should there their then than when what which your you into been being does did done also only just like such some any all how why where who get got getting make want need add use using set fix error errors help please'.split(
		' ',
	),
);

/** Words of the reader's own values (host names, users, paths, domains): never asked of the index. */
function ownWords(clean: CleanPaste): Set<string> {
	const { hosts, users, paths, domains, ips } = clean.identifiers;
	return new Set([...hosts, ...users, ...paths, ...domains, ...ips].flatMap((value) => words(value)));
}

/**
 * Candidate index terms: the paste's words outside wrappers, question words and the reader's values;
 * for an error paste, outside the framing words of console lines too.
 */
function candidateTerms(clean: CleanPaste, kind: Analysis['kind']): string[] {
	const own = ownWords(clean);
	const candidates = new Set<string>();
	const skipped = kind === 'error' ? (word: string) => FRAMING.has(word) || COMMON.has(word) : (word: string) => QUESTION.has(word);
	const shortest = kind === 'error' ? MIN_TERM_CHARS : MIN_WORD_TERM_CHARS;
	for (const word of words(stripWrappers(clean.text.slice(0, TERMS_SCAN_CHARS)))) {
		if (word.length >= shortest && word.length <= MAX_TERM_CHARS && !/\d/.test(word) && !skipped(word) && !STOPWORDS.has(word) && !own.has(word)) {
			candidates.add(word);
		}
	}
	return [...candidates];
}

/** For an error paste: up to four words the site's wordings know, rarest first; none with fewer than two. */
function errorTerms(clean: CleanPaste, model: PreparedModel): string[] {
	const known = candidateTerms(clean, 'error').filter((word) => model.vocabulary.has(word));
	if (known.length < MIN_ERROR_TERMS) return [];
	const weight = (word: string) => model.weights.get(word) ?? 0;
	return known.sort((a, b) => weight(b) - weight(a)).slice(0, MAX_TERMS);
}

/** For plain words: the reader's own words in their order, since the whole site is searched. */
function wordTerms(clean: CleanPaste): string[] {
	return candidateTerms(clean, 'words').slice(0, MAX_TERMS);
}

/** Real evidence that an error is related to one the catalog does not have. */
function isRealEvidence(evidence: ErrorEvidence): boolean {
	return evidence.namedBySignal || evidence.sharesPhrase;
}

function classify(clean: CleanPaste, evidence: readonly ErrorEvidence[]): Analysis['kind'] {
	const { errorIds, codes, exceptions } = clean.signals;
	const signalled = errorIds.length + codes.length + exceptions.length > 0;
	const matched = evidence.some((e) => e.confidence !== 'possible' && (e.hit !== undefined || e.signals.length > 0));
	return clean.errorShaped || signalled || matched || clean.foreign !== undefined ? 'error' : 'words';
}

export function analyzePaste(raw: string, model: PreparedModel): Analysis {
	const clean = cleanPaste(raw);
	const { errorIds, codes } = clean.signals;
	if (!/[\p{L}\p{N}]/u.test(clean.text) && errorIds.length + codes.length === 0) {
		const blank = !/[\p{L}\p{N}]/u.test(raw.slice(0, 100_000));
		return { blank, kind: 'words', uncovered: false, clean, evidence: [], terms: [] };
	}
	const all = matchErrors(clean, model);
	const kind = classify(clean, all);
	const uncovered = kind === 'error' && !all.some((e) => e.confidence !== 'possible');
	if (kind === 'words') return { blank: false, kind, uncovered, clean, evidence: all, terms: wordTerms(clean) };
	const evidence = uncovered ? all.filter(isRealEvidence) : all;
	// An uncovered error with no real evidence gets no related pages: shared words are not a relation.
	const terms = uncovered && evidence.length === 0 ? [] : errorTerms(clean, model);
	return { blank: false, kind, uncovered, clean, evidence, terms };
}
