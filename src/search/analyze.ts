/**
 * One search's analysis of a paste: clean it, weigh every error's evidence, say whether it is an
 * error or plain words and whether the catalog covers it, and pick the few words worth asking the
 * full-text index about. Plain and synchronous, so it is unit-tested without a browser; every step is
 * bounded by the limits in `paste/limits.ts`.
 */
import { QUESTION_OPENERS, cleanPaste, type CleanPaste } from './paste/clean';
import { STOPWORDS, matchErrors, type ErrorEvidence, type PreparedModel } from './paste/match';
import { stripWrappers } from './paste/wrappers';
import { words } from './text';
import { MAX_TERM_CHARS, MAX_TERMS, MIN_WORD_TERM_CHARS, TERMS_SCAN_CHARS } from './tuning';

export interface Analysis {
	/** True when the paste holds no letters or digits at all. */
	blank: boolean;
	/**
	 * `error` when the paste has an error's shape, a code or id, or a catalog message in it; `words` for
	 * anything else (`quota`, `how do I add a server to trustedhosts`), which is a normal site search.
	 */
	kind: 'error' | 'words';
	/**
	 * True when the paste is an error the catalog does not have ("not in our catalog yet"): no stage finds
	 * a page that explains it (see `isRealEvidence`), so nothing is listed.
	 */
	uncovered: boolean;
	clean: CleanPaste;
	/** Errors best first, each with its `confidence`. */
	evidence: ErrorEvidence[];
	/**
	 * The reader's own words for a site search of the full-text index. Always empty for an error paste: an
	 * error's related pages come from evidence (a code, an error id, a distinctive phrase), never from words.
	 */
	terms: string[];
}

// Words of a question that say nothing of what it is about: dropped from plain words ("how do I add …").
const QUESTION = new Set([...QUESTION_OPENERS, ...'please i me my we our'.split(' ')]);
/** Words of the reader's own values (host names, users, paths, domains): never asked of the index. */
function ownWords(clean: CleanPaste): Set<string> {
	const { hosts, users, paths, domains, ips } = clean.identifiers;
	return new Set(
		[...hosts, ...users, ...paths, ...domains, ...ips].flatMap((value) => words(value))
	);
}

/**
 * The reader's own words for a site search, in the order typed: outside question words, stop words and
 * the reader's own values (host names, users, paths), at most `MAX_TERMS`.
 */
function wordTerms(clean: CleanPaste): string[] {
	const own = ownWords(clean);
	const terms = new Set<string>();
	for (const word of words(stripWrappers(clean.text.slice(0, TERMS_SCAN_CHARS)))) {
		if (
			word.length >= MIN_WORD_TERM_CHARS &&
			word.length <= MAX_TERM_CHARS &&
			!/\d/.test(word) &&
			!QUESTION.has(word) &&
			!STOPWORDS.has(word) &&
			!own.has(word)
		) {
			terms.add(word);
		}
	}
	return [...terms].slice(0, MAX_TERMS);
}

/**
 * Real evidence that a page explains the paste: an exact or likely match, an identifier only that error
 * claims (an HTTP status aside), a distinctive phrase of its wording, or the paste's distinctive words on its page above the
 * words stage's threshold. Shared wrapper words and exception types shared by many errors are none.
 */
function isRealEvidence(evidence: ErrorEvidence): boolean {
	return (
		evidence.confidence !== 'possible' ||
		evidence.namedBySignal ||
		evidence.soleSignal ||
		evidence.sharesPhrase ||
		evidence.sharesWords
	);
}

function classify(clean: CleanPaste, evidence: readonly ErrorEvidence[]): Analysis['kind'] {
	const { errorIds, codes, exceptions, names, http } = clean.signals;
	const signalled =
		errorIds.length + codes.length + exceptions.length + names.length + http.length > 0;
	// A wording or signal found, or a distinctive run of a wording's words in order: a message, perhaps
	// cut short or typed from memory, not a question about a topic.
	const matched = evidence.some(
		(e) =>
			(e.confidence !== 'possible' && (e.hit !== undefined || e.signals.length > 0)) ||
			e.sharesPhrase
	);
	return clean.errorShaped || signalled || matched || clean.foreign !== undefined
		? 'error'
		: 'words';
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
	// "Not in our catalog" only when no stage finds a page that explains the paste.
	const uncovered = kind === 'error' && !all.some(isRealEvidence);
	if (kind === 'words')
		return { blank: false, kind, uncovered, clean, evidence: all, terms: wordTerms(clean) };
	// Without an exact or likely page, only pages with real evidence are listed: shared words are no relation.
	const evidence = all.some((e) => e.confidence !== 'possible') ? all : all.filter(isRealEvidence);
	return { blank: false, kind, uncovered, clean, evidence, terms: [] };
}
