/**
 * Text folding shared by the content checks and the paste matcher: two texts that fold to the same
 * string are the same message, whatever their case, punctuation, spacing or line wrapping (even a wrap
 * in the middle of a word, since folding drops the line break with the spaces).
 */

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

export interface FoldedText {
	/** Lowercase letters and digits only. */
	folded: string;
	/** For each folded character, the index of the source character it came from. */
	positions: number[];
}

/** Folds a text and remembers where each folded character came from, in one pass. */
export function foldWithPositions(text: string): FoldedText {
	let folded = '';
	const positions: number[] = [];
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) {
			folded += text[i];
			positions.push(i);
		} else if (code >= 65 && code <= 90) {
			folded += String.fromCharCode(code + 32);
			positions.push(i);
		} else if (code >= 128) {
			const point = text.codePointAt(i)!;
			const width = point > 0xffff ? 2 : 1;
			for (const ch of String.fromCodePoint(point).normalize('NFKC').toLowerCase()) {
				if (LETTER_OR_DIGIT.test(ch)) {
					folded += ch;
					positions.push(i);
				}
			}
			i += width - 1;
		}
	}
	return { folded, positions };
}

/** Lowercase letters and digits only, in compatibility form. */
export function foldText(text: string): string {
	return /[^\x00-\x7f]/.test(text) ? foldWithPositions(text).folded : foldAscii(text);
}

/** The fold of plain ASCII, into bytes and decoded once: several times faster on a long paste. */
function foldAscii(text: string): string {
	const bytes = new Uint8Array(text.length);
	let length = 0;
	for (let i = 0; i < text.length; i++) {
		let code = text.charCodeAt(i);
		if (code >= 65 && code <= 90) code += 32;
		if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) bytes[length++] = code;
	}
	return new TextDecoder('latin1').decode(bytes.subarray(0, length));
}

/** Splits a text into lowercase words of letters and digits. */
export function words(text: string): string[] {
	return (
		text
			.normalize('NFKC')
			.toLowerCase()
			.match(/[\p{L}\p{N}]+/gu) ?? []
	);
}

/**
 * Replaces unpaired UTF-16 surrogates, which a paste can carry but URLs and most APIs refuse
 * (`encodeURIComponent` throws on them).
 */
export function replaceLoneSurrogates(text: string, replacement = '\ufffd'): string {
	return text.replace(
		/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
		replacement
	);
}

export function isLetterOrDigit(ch: string | undefined): boolean {
	return ch !== undefined && LETTER_OR_DIGIT.test(ch);
}
