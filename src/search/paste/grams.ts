/**
 * A filter that rules out, in constant time, a folded string that a folded text cannot contain: the set of
 * the text's four-character windows, hashed into bits. A string whose sampled windows are not all in the
 * set is not in the text; one whose windows are all there may be, and is then looked for properly. It never
 * rules out a string that is there, so it changes how fast the matcher runs, never what it finds.
 */
const GRAM = 4;
/** 2^18 bits (32 KB): a capped paste's windows fill few enough of them that false hits stay rare. */
const BITS = 1 << 18;
/** Windows sampled from each string: a false hit needs every one of them to collide. */
const PROBES = 6;

function hashAt(text: string, at: number): number {
	let hash = 0;
	for (let i = at; i < at + GRAM; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
	return (hash >>> 0) & (BITS - 1);
}

/** The hashes of up to `PROBES` windows spread over a folded string; empty when it is shorter than a window. */
export function probesOf(folded: string): number[] {
	if (folded.length < GRAM) return [];
	const last = folded.length - GRAM;
	const count = Math.min(PROBES, last + 1);
	const probes = new Set<number>();
	for (let i = 0; i < count; i++)
		probes.add(hashAt(folded, count === 1 ? 0 : Math.round((i * last) / (count - 1))));
	return [...probes];
}

export class GramSet {
	private readonly bits = new Uint32Array(BITS / 32);

	constructor(folded: string) {
		for (let i = 0; i + GRAM <= folded.length; i++) {
			const hash = hashAt(folded, i);
			this.bits[hash >>> 5]! |= 1 << (hash & 31);
		}
	}

	/** False when the string these probes were taken from cannot be in the text. */
	mayHold(probes: readonly number[]): boolean {
		for (const hash of probes) if (!(this.bits[hash >>> 5]! & (1 << (hash & 31)))) return false;
		return true;
	}
}
