/**
 * The leave-one-thread-out figure: each real paste matched against the catalog without the wordings the
 * catalog quotes from that paste's own thread (`{ text, url }` in `messages` and `otherWordings`). The
 * errors index carries no URLs, so the quoted wordings are read from the content through the unit tests'
 * loader (the real schemas); an error left without wordings keeps its page, title, summary and signals,
 * as a page whose quoted wording was never added would.
 */
import { threadOf } from './split.mjs';

/** For each thread, the wordings the catalog quotes from it, as `slug\0text`. */
export function quotedByThread(entries) {
	const byThread = new Map();
	for (const entry of entries) {
		for (const wording of [...entry.data.messages, ...entry.data.otherWordings]) {
			if (!wording.url) continue;
			const thread = threadOf(wording.url);
			if (!byThread.has(thread)) byThread.set(thread, new Set());
			byThread.get(thread).add(`${entry.id}\0${wording.text}`);
		}
	}
	return byThread;
}

/** The index without the given wordings. */
export function withoutWordings(index, dropped) {
	const keep = (slug) => (text) => !dropped.has(`${slug}\0${text}`);
	return {
		...index,
		errors: index.errors.map((error) => ({
			...error,
			messages: error.messages.filter(keep(error.slug)),
			otherWordings: error.otherWordings.filter(keep(error.slug)),
		})),
	};
}

/**
 * Each real paste's analysis under the catalog without its own thread's wordings. A model is prepared once
 * per thread that the catalog quotes; every other paste is matched against the full model.
 */
export function leaveOneThreadOut(lib, index, entries, pastes) {
	const byThread = quotedByThread(entries);
	const full = lib.prepareModel(index.errors);
	const models = new Map();
	return pastes
		.filter((paste) => paste.url)
		.map((paste) => {
			const thread = threadOf(paste.url);
			const dropped = byThread.get(thread);
			let model = full;
			if (dropped) {
				if (!models.has(thread))
					models.set(thread, lib.prepareModel(withoutWordings(index, dropped).errors));
				model = models.get(thread);
			}
			return { paste, analysis: lib.analyzePaste(paste.paste, model), dropped: dropped?.size ?? 0 };
		});
}
