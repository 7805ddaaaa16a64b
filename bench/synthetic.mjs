/**
 * A synthetic catalog `factor` times the real one, for measuring how the search's time and transfer grow
 * with the catalog. Each real error is kept and cloned `factor - 1` times; a clone has its own slug, its
 * wordings with about `SWAP_SHARE` of their longer words swapped for words drawn from the whole catalog
 * (placeholders and sentence shape kept, so the clones read like other messages of the catalog), and its
 * own identifiers (codes shifted, names, error ids and classes suffixed). The draw is seeded, so every
 * run times the same catalog.
 */

const SWAP_SHARE = 0.4;
const SEED = 0x5eed;

/** mulberry32: a small seeded generator, the same numbers on every run. */
function random(seed) {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** A wording with some of its words (four letters or more, outside placeholders) swapped. */
function alter(text, vocabulary, next) {
	return text
		.split(/(<[^<>\n]{1,40}>)/)
		.map((part) =>
			part.startsWith('<')
				? part
				: part.replace(/(?<![\w])[A-Za-z]{4,}(?![\w])/g, (word) =>
						next() < SWAP_SHARE ? vocabulary[Math.floor(next() * vocabulary.length)] : word
					)
		)
		.join('');
}

/** A code moved to another value of the same form (hex stays hex, decimal stays decimal). */
function shiftCode(code, k) {
	const hex = /^0x/i.test(code);
	const value = hex ? Number.parseInt(code.slice(2), 16) : Number(code);
	const moved = ((value < 0 ? value + 2 ** 32 : value) + k * 0x1013) % 2 ** 32;
	return hex ? `0x${moved.toString(16).toUpperCase().padStart(8, '0')}` : String(moved);
}

/** A clone's own identifiers inside its wordings: codes shifted, symbolic names suffixed. */
function cloneIdentifiers(text, k) {
	return text
		.replace(/\b0x[0-9A-Fa-f]{8}\b|(?<![\w.-])-?\d{9,10}\b/g, (code) => shiftCode(code, k))
		.replace(/\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b/g, (name) => `${name}_SYNTHETIC${k}`);
}

/** The errors index `factor` times over: the real errors, then their clones. */
export function syntheticIndex(index, factor) {
	const next = random(SEED);
	const vocabulary = [
		...new Set(
			index.errors.flatMap((error) =>
				[...error.messages, ...error.otherWordings].flatMap(
					(text) => text.match(/[A-Za-z]{4,}/g) ?? []
				)
			)
		),
	].sort();
	const clones = [];
	for (let k = 1; k < factor; k++) {
		for (const error of index.errors) {
			const slug = `${error.slug}-synthetic-${k}`;
			clones.push({
				...error,
				slug,
				url: error.url.replace(error.slug, slug),
				title: alter(error.title, vocabulary, next),
				summary: alter(error.summary, vocabulary, next),
				messages: error.messages.map((text) => alter(cloneIdentifiers(text, k), vocabulary, next)),
				otherWordings: error.otherWordings.map((text) =>
					alter(cloneIdentifiers(text, k), vocabulary, next)
				),
				signals: {
					errorIds: error.signals.errorIds.map((id) => `${id}Synthetic${k}`),
					codes: error.signals.codes.map((code) => shiftCode(code, k)),
					exceptions: error.signals.exceptions.map((name) => `Synthetic${k}${name}`),
					names: error.signals.names.map((name) => `${name}_SYNTHETIC${k}`),
					http: error.signals.http,
				},
			});
		}
	}
	return { ...index, errors: [...index.errors, ...clones] };
}
