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
	/** Identifiers that stay the same on localised Windows and across clients. */
	signals: {
		errorIds: string[];
		codes: string[];
		exceptions: string[];
		/** Symbolic names such as `MI_RESULT_ACCESS_DENIED`. */
		names: string[];
		/** HTTP status codes a client reports for this failure. */
		http: number[];
	};
	stage: string;
	/** The programs that print this error's wordings (`powershell`, `ansible`, `go-winrm`, …). */
	clients: string[];
	/** Its message is printed outside remoting too: claimed only in a remoting error's frame. */
	generalMessage: boolean;
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

/** The fields of an error entry the index reads, as the content schema gives them. */
export interface IndexedEntry {
	id: string;
	data: {
		title: string;
		summary: string;
		messages: readonly { text: string }[];
		otherWordings: readonly { text: string }[];
		signals: IndexedError['signals'];
		stage: string;
		clients: readonly string[];
		generalMessage?: boolean;
		retired?: unknown;
		fixes: readonly { fix: { id: string }; when: string }[];
	};
}

export interface IndexSource {
	errors: readonly IndexedEntry[];
	/** The title and elevation of a fix, by slug; throws for a fix that does not exist. */
	fix: (slug: string) => { title: string; elevated: boolean };
	/** Maps a collection and slug to the page's path including the base path. */
	url: (collection: 'errors' | 'fixes', slug: string) => string;
	base: string;
}

/** The one mapping from content entries to the index, used by `/errors.json` and by the tests. */
export function buildErrorsIndex(source: IndexSource): ErrorsIndex {
	return {
		version: ERRORS_INDEX_VERSION,
		base: source.base,
		errors: source.errors.map(({ id, data }) => ({
			slug: id,
			url: source.url('errors', id),
			title: data.title,
			summary: data.summary,
			messages: data.messages.map((message) => message.text),
			otherWordings: data.otherWordings.map((wording) => wording.text),
			signals: {
				errorIds: [...data.signals.errorIds],
				codes: [...data.signals.codes],
				exceptions: [...data.signals.exceptions],
				names: [...data.signals.names],
				http: [...data.signals.http],
			},
			stage: data.stage,
			clients: [...data.clients],
			generalMessage: data.generalMessage === true,
			retired: data.retired !== undefined,
			fixes: data.fixes.map(({ fix, when }) => ({
				slug: fix.id,
				url: source.url('fixes', fix.id),
				...source.fix(fix.id),
				when,
			})),
		})),
	};
}
