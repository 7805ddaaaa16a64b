import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { KEBAB_CASE } from './lib/slug';
import { SIGNAL_CODE } from './lib/signals';
import { STAGE_IDS, TOPIC_IDS, UPSTREAM } from './lib/taxonomy';

/** Where an entry's facts come from: the upstream page and the headings of the sections it covers. */
const source = z.object({
	/** The upstream page; every entry of this site covers part of the same guide. */
	url: z.url().default(UPSTREAM.url),
	/** The section headings covered, exactly as the guide spells them. */
	sections: z.array(z.string().trim().min(1)).min(1),
});

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
	loader: glob({ pattern: '*.mdx', base: './content/errors', generateId: fileNameId }),
	schema: z.object({
		/** Short name of the error, used as the page title. */
		title: z.string().trim().min(3).max(90),
		/** One or two sentences on what went wrong. */
		summary,
		/**
		 * Each wording of the message, exactly as Windows prints it after the console's prefixes, as the
		 * guide quotes it. Placeholders such as `<filename>` stand for the part that varies. Wordings
		 * that differ only slightly are variants of one error, never two errors.
		 */
		messages: z.array(z.string().trim().min(3)).min(1),
		/**
		 * Wordings Windows or a WinRM client prints for the same failure that the guide does not quote
		 * (a newer release, another tool). Search treats them as strong evidence, never as an exact match.
		 */
		otherWordings: z.array(z.string().trim().min(3)).default([]),
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
				/** .NET exception type names, such as `PSSecurityException`. */
				exceptions: z.array(z.string().regex(/^[A-Z]\w*Exception$/)).default([]),
			})
			.default({ errorIds: [], codes: [], exceptions: [] }),
		/** Fixes for this error, most likely first, each with when it is the likely one. */
		fixes: z
			.array(
				z.object({
					/** The fix's slug (its file name in `content/fixes/`). */
					fix: reference('fixes'),
					/** When this fix is the one to try: the situation that points at it. */
					when: z.string().trim().min(10),
				}),
			)
			.min(1),
		/** Where on the path of a remoting request this error happens. */
		stage: z.enum(STAGE_IDS),
		/** The upstream sections that quote this error. */
		source,
		/** Set when the error no longer applies; the page stays published. */
		retired: retired.optional(),
	}),
});

const fixes = defineCollection({
	loader: glob({ pattern: '*.mdx', base: './content/fixes', generateId: fileNameId }),
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
		/** The upstream sections this procedure covers. */
		source,
		/** Set when the fix no longer applies; the page stays published. */
		retired: retired.optional(),
	}),
});

export const collections = { errors, fixes };
