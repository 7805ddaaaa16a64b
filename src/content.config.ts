import { defineCollection, reference } from 'astro:content';
import { join } from 'node:path';
import { glob } from 'astro/loaders';
import { CONTENT_DIR } from './content/catalog-files';
import { z } from 'astro/zod';
import { KEBAB_CASE } from './content/slug';
import { SIGNAL_CODE } from './search/signals';
import { SOURCE_IDS } from './content/sources';
import { CLIENT_IDS, STAGE_IDS, TOPIC_IDS } from './content/taxonomy';

/**
 * One source an entry's facts come from: a primary source vendored under `sources/` (by its id in
 * `src/content/sources.ts`) and the sections of it that the entry relies on.
 */
const citation = z.object({
	/** The source's id, such as `about-remote-troubleshooting-5.1`. */
	source: z.enum(SOURCE_IDS),
	/**
	 * The parts relied on, exactly as the source spells them: section headings of a page, or resource and
	 * MessageId names of a string table or header.
	 */
	sections: z.array(z.string().trim().min(1)).min(1),
});

/** Every entry cites at least one source; the page lists them all. */
const sources = z.array(citation).min(1);

/**
 * A wording of a message. A plain string is a wording one of the entry's cited sources gives; a wording
 * no cited source quotes but a real public paste shows is the text exactly as posted with the URL of the
 * post. Either way the entry reads it as `{ text, url? }`.
 */
const wording = z
	.union([
		z.string().trim().min(3),
		z.object({
			/** The wording exactly as the paste shows it. */
			text: z.string().trim().min(3),
			/** The public page (an issue or forum thread) where it was posted. */
			url: z.url(),
		}),
	])
	.transform((value): { text: string; url?: string } =>
		typeof value === 'string' ? { text: value } : value
	);

/** Marks a page that no longer applies. Its URL stays published; the page says why and where to go. */
const retired = z.object({
	/** Why the page no longer applies, shown at the top of the page. */
	reason: z.string().min(1),
	/** The slug of the error or fix that replaces it, if any. */
	replacedBy: z.string().regex(KEBAB_CASE).optional(),
});

/**
 * An entry's id is its file name as written, so that the slug check sees exactly what the author typed
 * (Astro's default would lowercase it, or take a `slug` field from the frontmatter).
 */
const fileNameId = ({ entry }: { entry: string }) => entry.replace(/\.mdx$/, '');

/** A sentence used in link previews, search results and the errors index. */
const summary = z.string().trim().min(20).max(220);

const errors = defineCollection({
	loader: glob({ pattern: '*.mdx', base: join(CONTENT_DIR, 'errors'), generateId: fileNameId }),
	schema: z.object({
		/** Short name of the error, used as the page title. */
		title: z.string().trim().min(3).max(90),
		/** One or two sentences on what went wrong. */
		summary,
		/**
		 * Each wording of the message, exactly as Windows prints it after the console's prefixes, as a
		 * cited source gives it (or, where none does, as a public paste shows it, with its URL).
		 * Placeholders such as `<filename>` stand for the part that varies. Wordings that differ only
		 * slightly are variants of one error, never two errors.
		 */
		messages: z.array(wording).min(1),
		/**
		 * Wordings Windows or a WinRM client prints for the same failure that are not the message itself
		 * (a newer release, another tool, a localised Windows). Search treats them as strong evidence, never
		 * as an exact match.
		 */
		otherWordings: z.array(wording).default([]),
		/**
		 * Language-independent identifiers of this error: they stay the same on localised Windows, so
		 * search recognises a paste by them when the message is in another language.
		 */
		signals: z
			.object({
				/** Parts of the `FullyQualifiedErrorId`, such as `AccessDenied`. */
				errorIds: z.array(z.string().regex(/^[A-Za-z][\w.]*$/)).default([]),
				/** WSManFault codes, HRESULTs or Win32 error numbers, as decimal or `0x` hex. */
				codes: z.array(z.string().regex(SIGNAL_CODE)).default([]),
				/**
				 * Exception and error class names: .NET types such as `PSRemotingTransportException`, and the
				 * classes other clients raise (`InvalidCredentialsError`, `WinRM::WinRMAuthorizationError`).
				 */
				exceptions: z
					.array(
						z.string().regex(/^[A-Za-z_]\w*(?:(?:\.|::)[A-Za-z_]\w*)*(?:Exception|Error|Fault)$/)
					)
					.default([]),
				/**
				 * Symbolic names of the failure, in capitals with underscores, such as `MI_RESULT_ACCESS_DENIED`,
				 * `ERROR_WSMAN_INVALID_SELECTORS` or `SEC_E_WRONG_PRINCIPAL`.
				 */
				names: z.array(z.string().regex(/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/)).default([]),
				/** HTTP status codes a client reports for this failure, such as `401`. */
				http: z.array(z.number().int().min(100).max(599)).default([]),
			})
			.default({ errorIds: [], codes: [], exceptions: [], names: [], http: [] }),
		/** Fixes for this error, most likely first, each with when it is the likely one. */
		fixes: z
			.array(
				z.object({
					/** The fix's slug (its file name in `content/fixes/`). */
					fix: reference('fixes'),
					/** When this fix is the one to try: the situation that points at it. */
					when: z.string().trim().min(10),
					/**
					 * What the fix addresses, such as `Your account`, shown as a sub-heading over the fixes that share
					 * it. Either every fix of an error has a group or none has, and fixes of one group stand together.
					 */
					group: z.string().trim().min(3).max(60).optional(),
				})
			)
			.min(1),
		/** Where on the path of a remoting request this error happens. */
		stage: z.enum(STAGE_IDS),
		/**
		 * The programs that print this error's wordings, PowerShell first where it does; the index of errors by
		 * client lists the page under each.
		 */
		clients: z.array(z.enum(CLIENT_IDS)).min(1).default(['powershell']),
		/**
		 * Set when Windows or PowerShell prints this error's message for failures outside remoting too
		 * (`Access is denied.`, a command not found): the paste search claims the page only where a remoting
		 * error's frame stands before the message, and lists it as possible elsewhere.
		 */
		generalMessage: z.boolean().default(false),
		/** The sources this page's facts come from. */
		sources,
		/** Set when the error no longer applies; the page stays published. */
		retired: retired.optional(),
	}),
});

const fixes = defineCollection({
	loader: glob({ pattern: '*.mdx', base: join(CONTENT_DIR, 'fixes'), generateId: fileNameId }),
	schema: z.object({
		/** The procedure, phrased as what the reader will do. */
		title: z.string().trim().min(3).max(90),
		/** One or two sentences on what the procedure achieves. */
		summary,
		/** A procedure has steps; a note explains a limit and points elsewhere. */
		kind: z.enum(['procedure', 'note']).default('procedure'),
		/** The group it is listed under on the fixes page. */
		topic: z.enum(TOPIC_IDS),
		/** Whether its commands must run in a session started with Run as administrator. */
		elevated: z.boolean(),
		/** The sources this page's facts come from. */
		sources,
		/** Set when the fix no longer applies; the page stays published. */
		retired: retired.optional(),
	}),
});

export const collections = { errors, fixes };
