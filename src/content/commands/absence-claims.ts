/**
 * Claims of absence: sentences that say no source names, documents or gives something ("None of the
 * sources this site cites names the setting…", "No cited source documents `Get-Error`…"). Sources get
 * vendored after a page is written, so such a claim can go stale; this module finds the claims and says
 * which ones a search of the vendored sources can settle.
 *
 * A claim is a sentence where "no …source(s)" or "none of the …sources" comes before a verb of saying
 * (names, mentions, lists, documents, gives, shows, says, explains, describes, covers). It is a *naming*
 * claim when what it says is missing is a name: the verb is names / mentions / lists and its object is a
 * setting, command, cmdlet, parameter, name, value or policy, or the verb is documents / gives / shows
 * and its object is a setting, parameter, name, value or policy ("gives the command that changes it" is
 * about a procedure), never an action on one ("documents changing the settings"), or its object is inline code
 * (after documents / gives / shows, the code alone: "documents `Get-Error` in a Windows PowerShell
 * endpoint" is about that use). "Names a cause" and "lists them" are not naming claims. The other claims (no source gives a fix, says why,
 * explains this error) are about procedures and reasons: a reviewer checks them, no search can.
 *
 * A naming claim must write what it says is missing as inline code (`MaxShellsPerUser`), so it can be
 * checked: each such name is searched, whole and case-sensitively, in every file under sources/. A
 * naming claim that writes no name ("names the setting that holds this quota") cannot be checked, and
 * fails for that reason.
 */
import type { ContentOutline } from '../content-outline';

export interface AbsenceClaim {
	/** The sentence, as rendered. */
	sentence: string;
	line: number | undefined;
	/** It says a name is missing (see above). */
	naming: boolean;
	/** The inline code it writes, in order: what a naming claim says no source names. */
	names: string[];
}

const CLAIM =
	/\b(?:no|none of the)\b(?:\s+[\w']+){0,2}?\s+sources?\b(?:\s+[\w']+){0,4}?\s+(names?|mentions?|lists?|documents?|gives?|shows?|says?|explains?|describes?|covers?)\b(.*)$/i;

const NAME_NOUNS = /\b(settings?|commands?|cmdlets?|parameters?|names?|values?|polic(?:y|ies)|keys?)\b/i;
/** After documents / gives / shows, "the command that…" is a procedure; a setting is a name. */
const SETTING_NOUNS = /\b(settings?|parameters?|names?|values?|polic(?:y|ies)|keys?)\b/i;

/** A paragraph's sentences (split after `.`, `?` or `!` before a capital, a backtick or a quote). */
export function sentences(text: string): string[] {
	return text
		.replace(/\s+/g, ' ')
		.split(/(?<=[.?!])\s+(?=[A-Z`"*(])/)
		.map((sentence) => sentence.trim())
		.filter(Boolean);
}

/** The claim a sentence makes, given the inline code spans of its paragraph; `undefined` if none. */
export function absenceClaim(
	sentence: string,
	codeSpans: readonly string[],
	line?: number
): AbsenceClaim | undefined {
	const match = CLAIM.exec(sentence);
	if (!match) return undefined;
	const verb = match[1]!.toLowerCase();
	const rest = match[2]!;
	const object = rest.split(/\b(?:in|on|for|from|to|that|which|or|and|beyond|so|because)\b|[,;:]/)[0] ?? '';
	const names = codeSpans.filter((code) => rest.includes(code));
	const codeAlone = names.some((code) => new RegExp(`^\\s*${escape(code)}\\s*[.?!]?\\s*$`).test(rest));
	// "changing the settings" is an action (a procedure); "the setting" is a name.
	const first = /^\s*(?:(?:a|an|the)\s+)?([\w']+)/i.exec(object)?.[1] ?? '';
	const gerund = /ing$/i.test(first) && !NAME_NOUNS.test(first);
	const naming = /^(names?|mentions?|lists?)$/.test(verb)
		? (NAME_NOUNS.test(object) && !gerund) || names.some((code) => object.includes(code))
		: /^(documents?|gives?|shows?)$/.test(verb) &&
			((SETTING_NOUNS.test(object) && !gerund) || codeAlone);
	return { sentence, line, naming, names: naming ? names : [] };
}

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whether a source text names `name` whole (not inside a longer identifier), case-sensitively. */
export function names(sourceText: string, name: string): boolean {
	return new RegExp(`(?<![\\w-])${escape(name)}(?![\\w-])`).test(sourceText);
}

export interface ClaimProblem {
	claim: AbsenceClaim;
	problem: string;
}

/** What is wrong with a claim, given every vendored source file (path → text). */
export function checkClaim(
	claim: AbsenceClaim,
	sources: ReadonlyMap<string, string>
): ClaimProblem | undefined {
	if (!claim.naming) return undefined;
	if (claim.names.length === 0)
		return {
			claim,
			problem:
				'says no source names something but writes no name in code, so no search can check it: write the setting or command it means as inline code',
		};
	for (const name of claim.names) {
		const found = [...sources].filter(([, text]) => names(text, name)).map(([path]) => path);
		if (found.length > 0)
			return { claim, problem: `says no source names \`${name}\`, but ${found.slice(0, 5).join(', ')} ${found.length === 1 ? 'does' : 'do'}` };
	}
	return undefined;
}

/** Every claim of absence of a page: its paragraphs as rendered, and its front matter's sentences. */
export function pageClaims(
	outline: Pick<ContentOutline, 'paragraphs' | 'inlineCode'>,
	frontMatterTexts: readonly string[] = []
): AbsenceClaim[] {
	const claims: AbsenceClaim[] = [];
	const starts = outline.paragraphs.map((p) => p.line).sort((a, b) => a - b);
	for (const paragraph of outline.paragraphs) {
		const end = starts.find((start) => start > paragraph.line) ?? Number.POSITIVE_INFINITY;
		const spans = outline.inlineCode
			.filter((span) => span.line >= paragraph.line && span.line < end)
			.map((span) => span.code);
		for (const sentence of sentences(paragraph.text)) {
			const claim = absenceClaim(sentence, spans, paragraph.line);
			if (claim) claims.push(claim);
		}
	}
	for (const text of frontMatterTexts)
		for (const sentence of sentences(text)) {
			const claim = absenceClaim(sentence, []);
			if (claim) claims.push(claim);
		}
	return claims;
}
