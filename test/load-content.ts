/**
 * Reads the real content's frontmatter without Astro, so unit tests can run the paste search and the
 * content checks against exactly what the site publishes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { buildErrorsIndex, type ErrorsIndex } from '../src/lib/errors-index';
import { entryPath } from '../src/lib/urls';

const root = new URL('../content/', import.meta.url).pathname;

export interface RawEntry {
	id: string;
	filePath: string;
	data: Record<string, any>;
	body: string;
}

export function readEntries(collection: 'errors' | 'fixes'): RawEntry[] {
	const dir = join(root, collection);
	return readdirSync(dir)
		.filter((file) => file.endsWith('.mdx'))
		.sort()
		.map((file) => {
			const source = readFileSync(join(dir, file), 'utf8');
			const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(source);
			if (!match) throw new Error(`${collection}/${file} has no frontmatter`);
			return {
				id: file.replace(/\.mdx$/, ''),
				filePath: `content/${collection}/${file}`,
				data: yaml.load(match[1]!) as Record<string, any>,
				body: match[2]!,
			};
		});
}

/** The errors index as the site builds it, under the given base path. */
export function contentIndex(base = '/'): ErrorsIndex {
	const fixes = new Map(readEntries('fixes').map((fix) => [fix.id, fix]));
	return buildErrorsIndex({
		base,
		url: (collection, slug) => `${base.replace(/\/$/, '')}${entryPath(collection, slug)}`,
		errors: readEntries('errors').map(({ id, data }) => ({
			slug: id,
			title: data.title,
			summary: data.summary,
			messages: data.messages.map((m: string | { text: string }) => (typeof m === 'string' ? m : m.text)),
			otherWordings: (data.otherWordings ?? []).map((w: string | { text: string }) => (typeof w === 'string' ? w : w.text)),
			signals: { errorIds: [], codes: [], exceptions: [], ...data.signals },
			stage: data.stage,
			retired: Boolean(data.retired),
			fixes: data.fixes.map(({ fix, when }: { fix: string; when: string }) => ({
				slug: fix,
				title: fixes.get(fix)?.data.title ?? fix,
				elevated: Boolean(fixes.get(fix)?.data.elevated),
				when,
			})),
		})),
	});
}
