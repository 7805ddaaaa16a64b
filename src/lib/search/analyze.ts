/**
 * One search's analysis of a paste: clean it, weigh every error's evidence, and pick the few words
 * worth asking the full-text index about. Plain and synchronous, so it is unit-tested without a
 * browser; every step is bounded by the limits in `paste/limits.ts`.
 */
import { cleanPaste, type CleanPaste } from '../paste/clean';
import { matchErrors, type ErrorEvidence, type PreparedModel } from '../paste/match';
import { words } from '../text';

export interface Analysis {
	/** True when the paste holds no letters or digits at all. */
	blank: boolean;
	clean: CleanPaste;
	evidence: ErrorEvidence[];
	/** Words for the full-text index, rarest first; empty when the paste has too little to go on. */
	terms: string[];
	/** STAND-IN (see below): an error paste, or words to search the site for. */
	kind: 'error' | 'words';
	/** STAND-IN (see below): the paste is an error, but none the catalog holds. */
	notInCatalog: boolean;
}

// STAND-IN until the matcher's own `kind`, `confidence` and not-in-catalog field land: the lead drops
// this block, the two fields above and their lines in analyzePaste at merge.
export type Confidence = 'exact' | 'likely' | 'possible';
declare module '../paste/match' {
	interface ErrorEvidence {
		confidence?: Confidence;
	}
}
const ERROR_SHAPED = /error|exception|failed|cannot|denied|not recognized|refused|at line:\d/i;
function standInKind(clean: CleanPaste, evidence: readonly ErrorEvidence[]): 'error' | 'words' {
	const signals = clean.signals.errorIds.length + clean.signals.codes.length + clean.signals.exceptions.length;
	const exact = evidence.some((e) => e.match === 'exact');
	return exact || signals > 0 || ERROR_SHAPED.test(clean.text) || words(clean.text.slice(0, 2_000)).length > 12 ? 'error' : 'words';
}
// END STAND-IN

// Words of the lines consoles wrap a remoting error in, which say nothing about which error it is.
const FRAMING = new Set(
	'connecting remote server failed following error message information see about troubleshooting help topic processing sending starting more data command commands ps1 psm1 exception line char categoryinfo fullyqualifiederrorid'.split(
		' ',
	),
);
const COMMON = new Set(
	'the and for that this with from have has was were are not cannot could would should there their then than when what which your you into been being does did done also only just like such some any all'.split(
		' ',
	),
);

/** Up to four words from the message text, rarest in the site's wordings first. */
function relatedTerms(clean: CleanPaste, model: PreparedModel): string[] {
	const own = new Set(
		[...clean.identifiers.hosts, ...clean.identifiers.users, ...clean.identifiers.paths, ...clean.identifiers.domains]
			.flatMap((value) => words(value)),
	);
	const candidates = new Set<string>();
	for (const word of words(clean.text.slice(0, 4_000))) {
		if (word.length >= 4 && !/\d/.test(word) && !FRAMING.has(word) && !COMMON.has(word) && !own.has(word)) candidates.add(word);
	}
	const known = [...candidates].filter((word) => model.vocabulary.has(word));
	if (known.length < 2) return [];
	const weight = (word: string) => model.weights.get(word) ?? 0;
	return known.sort((a, b) => weight(b) - weight(a)).slice(0, 4);
}

export function analyzePaste(raw: string, model: PreparedModel): Analysis {
	const clean = cleanPaste(raw);
	if (!/[\p{L}\p{N}]/u.test(clean.text) && clean.signals.errorIds.length + clean.signals.codes.length === 0) {
		return { blank: !/[\p{L}\p{N}]/u.test(raw.slice(0, 100_000)), clean, evidence: [], terms: [], kind: 'words', notInCatalog: false };
	}
	const evidence = matchErrors(clean, model);
	for (const e of evidence) e.confidence = e.match === 'exact' ? 'exact' : e.score >= 0.75 ? 'likely' : 'possible'; // STAND-IN
	const kind = standInKind(clean, evidence); // STAND-IN
	const notInCatalog = kind === 'error' && evidence.length === 0; // STAND-IN
	return { blank: false, clean, evidence, terms: relatedTerms(clean, model), kind, notInCatalog };
}
