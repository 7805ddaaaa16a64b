/**
 * Every weight, threshold and cap of the paste matcher, each with the reason for its value. Nothing
 * else compares a raw score with a number: the matcher turns scores into a `Confidence` here, and
 * the rest of the site reads only that. A change here is judged by `npm run bench:search`.
 * (Bounds on the size of the input, which keep any paste fast, are in `paste/limits.ts`.)
 */

/** How sure the search is that an error is the one in the paste. */
export type Confidence = 'exact' | 'likely' | 'possible';

/** An exact hit outranks any partial score (partial scores stay below 1). */
export const EXACT_SCORE = 2;
/** Among exact hits, a longer message wins: its length in characters, scaled to stay below 1. */
export const EXACT_LENGTH_SCALE = 1 / 10_000;
/**
 * A known other wording found in full: the error is almost certainly this one, but only a message
 * of the error may be claimed exact, so it stays just under the top of the partial scale.
 */
export const OTHER_WORDING_SCORE = 0.95;

/** Partial score = recall of the wording's weighted words + its word runs in order + paste explained. */
export const PARTIAL_WEIGHTS = {
	/** The share of the wording's (idf-weighted) words found anywhere in the paste. */
	recall: 0.45,
	/** The share of the wording's three-word runs found in order: typed-from-memory text keeps order. */
	sequence: 0.35,
	/** The share of the paste's known content words the wording explains, so one shared word is weak. */
	precision: 0.2,
} as const;

/**
 * A wording is scored in part only when the paste holds this many of its content words, or this share of
 * its weight: with less, its partial score stays under `RELATED_THRESHOLD` and it holds no phrase, so the
 * work of scoring it (its runs of words against the paste) is spared.
 */
export const PARTIAL_MIN_SHARED_WORDS = 2;
export const PARTIAL_MIN_RECALL = 0.3;

/**
 * Identifiers stay the same in every language and client, so each is strong evidence on its own; the
 * weight is for one that a single error claims (one that several claim counts `weight / √claimants` for
 * each). An error code, an error id or a symbolic name only one error claims names that error.
 */
export const IDENTIFIER_WEIGHTS = {
	/** An HRESULT, WinRM or Win32 code names the failure precisely. */
	code: 0.75,
	/** A `FullyQualifiedErrorId` part names it directly. */
	errorId: 0.75,
	/** A symbolic name (`MI_RESULT_FAILED`) is the code's own name. */
	name: 0.75,
	/** A name of a family one error covers (`MI_RESULT_SERVER_LIMITS_EXCEEDED` of `MI_RESULT_*`). */
	family: 0.6,
	/** An exception or error class is often a client's class for a whole family of failures. */
	exception: 0.55,
	/** A provider DLL a message names. */
	file: 0.55,
	/** An operating system error number (`[Errno 111]`) says which network failure a client met. */
	errno: 0.75,
	/** An HTTP status says which kind of failure, not which one. */
	http: 0.45,
} as const;
/** Signals alone never reach certainty: several weak ones must not add up to more than an other wording. */
export const SIGNAL_CAP = 0.95;

/**
 * The distinctive-words stage. Each error's page is its wordings, its title and its summary, the words of
 * each field counting this much (a word of the message says more than one of the summary).
 */
export const DOC_FIELD_WEIGHTS = { wording: 1, title: 0.8, summary: 0.5 } as const;
/** A page is listed by this stage when it shares at least this many of the paste's words… */
export const DOC_MIN_WORDS = 2;
/**
 * A word's rarity is its inverse document frequency over the errors, log(1 + errors / errors using it),
 * raised to this power: a word one page uses says far more than several words every page uses.
 */
export const DOC_RARITY_POWER = 2;
/** …one of them a distinctive word of its wordings or title: one that at most this share of the errors use… */
export const DOC_RARE_SHARE = 0.05;
/** …holding this share of the paste's rarity… */
export const DOC_MIN_COVERAGE = 0.15;
/** …and this much rarity in all (a word only one page of a hundred uses weighs about 21). */
export const DOC_MIN_MASS = 12;
/** Rarity at which the stage's score stops growing with more shared words. */
export const DOC_FULL_MASS = 40;
/** The stage's top score: it ranks and lists pages, below any `likely` (see `LIKELY_THRESHOLD`). */
export const DOC_WEIGHT = 0.7;

/**
 * A page of another client than the paste's (a Go page for an Ansible paste) keeps this share of its score:
 * the same failure often has a page per client, and the paste's own client's page is the one to read.
 */
export const OTHER_CLIENT_FACTOR = 0.8;

/** Below this an error is not listed at all: one or two common words in common are not evidence. */
export const RELATED_THRESHOLD = 0.4;
/**
 * How far around a general message (`Access is denied.`, printed outside remoting too) the search looks
 * for a remoting error's frame: PowerShell prints "… failed with the following error message :" just
 * before it and the category line just after it, so a long host name's worth is enough.
 */
export const GENERAL_MESSAGE_FRAME_CHARS = 400;
/** From this score up an error is `likely`: the paste holds most of its wording, or a signal of it. */
export const LIKELY_THRESHOLD = 0.75;

/** Stop words and one-letter words still count a little, so that a message of only such words can match. */
export const STOPWORD_WEIGHT = 0.15;
/** Words shorter than this, and numbers, say nothing about which error a paste is. */
export const MIN_CONTENT_WORD = 3;
/** Three consecutive words make a run: two are too common across messages, four miss typed variants. */
export const SHINGLE_WORDS = 3;

/** Pages a site search for words lists: each costs its own fetch of the page's search fragment. */
export const MAX_WORD_RESULTS = 6;

/** WinRM codes a search names: a paste with more is a log, and the first few say what failed. */
export const MAX_NAMED_CODES = 3;

/** Words of a site search asked of the full-text index: three, since each may fetch another chunk of the index. */
export const MAX_TERMS = 3;
/** A reader's own words are terms from this length: "ssl", "spn" and "add" say what they look for. */
export const MIN_WORD_TERM_CHARS = 3;
/** Longer "words" are pasted noise (a run of one letter, a hash), never what a page is about. */
export const MAX_TERM_CHARS = 40;
/**
 * The full-text index matches stems: a site word that shares all but a term's last this many letters
 * may be that term's stem ("policies", "policy"), so the term is not ruled out before asking the index.
 */
export const STEM_SLACK = 3;
/** Only the start of the cleaned paste is read for terms: the error comes first. */
export const TERMS_SCAN_CHARS = 4_000;

/**
 * A distinctive phrase: this many words of a wording, in order and outside the wrapper sentences, of
 * which at least `DISTINCTIVE_PHRASE_CONTENT_WORDS` are not stop words. Shorter runs ("on the remote
 * host") are shared by too many messages to say two errors are related; a phrase lists an error even
 * below `RELATED_THRESHOLD`, and is real evidence for an error the catalog does not have.
 */
export const DISTINCTIVE_PHRASE_WORDS = 5;
export const DISTINCTIVE_PHRASE_CONTENT_WORDS = 3;

/**
 * A paste that is a verbatim fragment of one wording, this many words long and nothing much else (a
 * truncated or half-remembered message), is `likely` that error whatever share of the wording it holds.
 */
export const QUOTED_FRAGMENT_WORDS = 6;
/** "Nothing much else": the share of the paste's known content words the fragment's wording must explain. */
export const QUOTED_FRAGMENT_PRECISION = 0.8;

/** At most this many results are shown: the best error, its fixes, a few others, a few pages. */
export const MAX_RESULTS = 15;
/** Other errors listed after the best one: more than three is a list to read, not an answer. */
export const MAX_OTHER_ERRORS = 3;

/** At most this many occurrences of a message's longest literal part are tried as an anchor. */
export const MAX_ANCHOR_TRIES = 64;
/** The longest text a `<placeholder>` may stand for, in folded characters (a long UNC path fits). */
export const MAX_PLACEHOLDER_CHARS = 300;
/** A collected value kind keeps at most this many values: fixes use the first, the rest is noise. */
export const MAX_VALUES_PER_KIND = 8;

/** Maps a score to what the reader is told. Exact hits are decided by the matcher, never by a score. */
export function confidenceOf(score: number): Exclude<Confidence, 'exact'> {
	return score >= LIKELY_THRESHOLD ? 'likely' : 'possible';
}
