/**
 * The real content, parsed through the real schemas of src/content.config.ts (with `astro:content`
 * aliased to test/astro-content.ts), so unit tests see each entry's data exactly as the pages do.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import type { CollectionEntry } from 'astro:content';
import type { z } from 'astro/zod';
import { collections } from '../src/content.config';
import { buildErrorsIndex, type ErrorsIndex } from '../src/search/errors-index';
import { entryPath } from '../src/build/urls';

const root = new URL('../content/', import.meta.url).pathname;

type Collection = keyof typeof collections;

export interface LoadedEntry<C extends Collection> {
	id: string;
	/** Relative to the project, as the build names files: `content/errors/access-denied.mdx`. */
	filePath: string;
	data: CollectionEntry<C>['data'];
	/** The MDX body, with the frontmatter blanked to empty lines so line numbers match the file. */
	body: string;
}

/** The collection's schema as src/content.config.ts defines it (an object schema, not a function of context). */
function schemaOf(collection: Collection): z.ZodType {
	const { schema } = collections[collection];
	if (!schema || typeof schema === 'function')
		throw new Error(`the ${collection} collection has no schema object`);
	return schema as z.ZodType;
}

/** Parses one file's frontmatter through its collection's schema; a problem names the file and the field. */
export function parseEntry<C extends Collection>(
	collection: C,
	filePath: string,
	source: string
): LoadedEntry<C> {
	const match = /^---\n([\s\S]*?)\n---\n?/.exec(source);
	if (!match) throw new Error(`${filePath}: has no frontmatter`);
	const result = schemaOf(collection).safeParse(yaml.load(match[1]!));
	if (!result.success) {
		const problems = result.error.issues.map(
			(issue) => `${filePath}: ${issue.path.join('.')}: ${issue.message}`
		);
		throw new Error(problems.join('\n'));
	}
	return {
		id: filePath.replace(/^.*\//, '').replace(/\.mdx$/, ''),
		filePath,
		data: result.data as CollectionEntry<C>['data'],
		body: '\n'.repeat(match[0].split('\n').length - 1) + source.slice(match[0].length),
	};
}

export function loadEntries<C extends Collection>(collection: C): LoadedEntry<C>[] {
	const dir = join(root, collection);
	return readdirSync(dir)
		.filter((file) => file.endsWith('.mdx'))
		.sort()
		.map((file) =>
			parseEntry(collection, `content/${collection}/${file}`, readFileSync(join(dir, file), 'utf8'))
		);
}

/** The errors index as the site builds it, under the given base path. */
export function contentIndex(base = '/'): ErrorsIndex {
	const fixes = new Map(loadEntries('fixes').map((fix) => [fix.id, fix.data]));
	return buildErrorsIndex({
		base,
		url: (collection, slug) => `${base.replace(/\/$/, '')}${entryPath(collection, slug)}`,
		errors: loadEntries('errors'),
		fix: (slug) => {
			const target = fixes.get(slug);
			if (!target) throw new Error(`content/errors: fixes: no fix named "${slug}"`);
			return target;
		},
	});
}
