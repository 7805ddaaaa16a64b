/**
 * Undoes the wrappers a paste arrives in before its lines are read: JSON string escapes (Ansible and CI
 * logs), HTML entities (text copied out of web pages) and the invisible or control characters that
 * editors and chat tools add. Each step is one linear pass.
 */
import { replaceLoneSurrogates } from '../text';

// Escaped line breaks or quotes; a doubled backslash alone is not enough, since UNC paths start with one.
const JSON_ESCAPED = /\\r\\n|\\n(?=[\s+"\\]|$)|\\"/;

/** True when the text carries JSON string escapes rather than literal Windows paths. */
export function looksJsonEscaped(text: string): boolean {
	return JSON_ESCAPED.test(text);
}

/** Decodes `\n`, `\r`, `\t`, `\"`, `\\`, `\/` and `\uXXXX` in one pass. */
export function decodeJsonEscapes(text: string): string {
	return text.replace(/\\(u[0-9a-fA-F]{4}|[\\"/bfnrt])/g, (_, escape: string) => {
		switch (escape[0]) {
			case 'n':
				return '\n';
			case 'r':
				return '\r';
			case 't':
				return '\t';
			case 'b':
			case 'f':
				return ' ';
			case 'u':
				return String.fromCharCode(Number.parseInt(escape.slice(1), 16));
			default:
				return escape;
		}
	});
}

const NAMED_ENTITIES: Record<string, string> = {
	lt: '<',
	gt: '>',
	amp: '&',
	quot: '"',
	apos: "'",
	nbsp: ' ',
};

/** Decodes the HTML entities that survive a copy from a web page's source. */
export function decodeHtmlEntities(text: string): string {
	return text.replace(/&(#x[0-9a-fA-F]{1,6}|#\d{1,7}|[a-zA-Z]{2,6});/g, (whole, entity: string) => {
		if (entity[0] === '#') {
			const code =
				entity[1] === 'x' || entity[1] === 'X'
					? Number.parseInt(entity.slice(2), 16)
					: Number(entity.slice(1));
			return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ' ';
		}
		return NAMED_ENTITIES[entity.toLowerCase()] ?? whole;
	});
}

/**
 * Line endings to `\n`; zero-width characters, bidirectional controls, the byte-order mark and lone
 * surrogates removed; other control characters and exotic spaces to a plain space.
 */
export function normalizeCharacters(text: string): string {
	return replaceLoneSurrogates(text, '')
		.replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
		.replace(/[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g, '')
		.replace(/[\u0000-\u0008\u000b-\u001f\u007f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g, ' ');
}
