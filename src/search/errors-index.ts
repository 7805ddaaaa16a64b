/**
 * The shape of `/errors.json`: the machine-readable index of every error, for ticket tools and bots,
 * and the data the paste search matches against. One builder makes it from the content at build time,
 * so the index, the pages and the search can never disagree.
 */

/** Bumped when a field changes meaning or disappears; adding a field keeps the version. */
export const ERRORS_INDEX_VERSION = 1;

export interface IndexedFix {
	slug: string;
	/** Path including the base path, e.g. `/kb/remoting/fixes/enable-remoting/`. */
	url: string;
	title: string;
	/** Whether its commands need a session started with Run as administrator. */
	elevated: boolean;
	/** When this fix is the likely one for the error that lists it. */
	when: string;
}

export interface IndexedError {
	slug: string;
	url: string;
	title: string;
	summary: string;
	/** Wordings exactly as Windows prints them; `<placeholders>` stand for what varies. */
	messages: string[];
	/** Other known wordings of the same failure; evidence, never an exact match. */
	otherWordings: string[];
	signals: { errorIds: string[]; codes: string[]; exceptions: string[] };
	stage: string;
	retired: boolean;
	/** Fixes, most likely first. */
	fixes: IndexedFix[];
}

export interface ErrorsIndex {
	version: typeof ERRORS_INDEX_VERSION;
	/** The site's base path, so a client can resolve `url` fields. */
	base: string;
	errors: IndexedError[];
}

export interface IndexSource {
	errors: {
		slug: string;
		title: string;
		summary: string;
		messages: readonly string[];
		otherWordings: readonly string[];
		signals: {
			errorIds: readonly string[];
			codes: readonly string[];
			exceptions: readonly string[];
		};
		stage: string;
		retired: boolean;
		fixes: { slug: string; title: string; elevated: boolean; when: string }[];
	}[];
	/** Maps a collection and slug to the page's path including the base path. */
	url: (collection: 'errors' | 'fixes', slug: string) => string;
	base: string;
}

export function buildErrorsIndex(source: IndexSource): ErrorsIndex {
	return {
		version: ERRORS_INDEX_VERSION,
		base: source.base,
		errors: source.errors.map((error) => ({
			slug: error.slug,
			url: source.url('errors', error.slug),
			title: error.title,
			summary: error.summary,
			messages: [...error.messages],
			otherWordings: [...error.otherWordings],
			signals: {
				errorIds: [...error.signals.errorIds],
				codes: [...error.signals.codes],
				exceptions: [...error.signals.exceptions],
			},
			stage: error.stage,
			retired: error.retired,
			fixes: error.fixes.map((fix) => ({ ...fix, url: source.url('fixes', fix.slug) })),
		})),
	};
}
