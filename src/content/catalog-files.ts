/**
 * Where a build reads the catalog (`content/`) and the vendored primary sources (`sources/`) from: the
 * project's own folders, unless `PSRT_CONTENT_DIR` or `PSRT_SOURCES_DIR` name others. The tests build the
 * site's real code over a small fixture catalog this way (test/fixture-build.ts), instead of copying the
 * project.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Rename } from './redirects';

export const CONTENT_DIR = resolve(process.env.PSRT_CONTENT_DIR ?? 'content');
export const SOURCES_DIR = resolve(process.env.PSRT_SOURCES_DIR ?? 'sources');

/** A file of the catalog, such as `published-urls.txt`, as text. */
export function readContentFile(file: string): string {
	return readFileSync(join(CONTENT_DIR, file), 'utf8');
}

/** A vendored source file, such as `windows-sdk/wsmerror.h`, as text. */
export function readSourceFile(file: string): string {
	return readFileSync(join(SOURCES_DIR, file), 'utf8');
}

/** The renames of `redirects.json`; the build stops, naming the file, on a list that is not of renames. */
export function readRenames(): Rename[] {
	const list: unknown = JSON.parse(readContentFile('redirects.json'));
	const isRename = (item: unknown) =>
		typeof item === 'object' &&
		item !== null &&
		typeof (item as Rename).from === 'string' &&
		typeof (item as Rename).to === 'string';
	if (!Array.isArray(list) || !list.every(isRename))
		throw new Error('content/redirects.json: must be a list of { "from": "/…/", "to": "/…/" }');
	return list as Rename[];
}
