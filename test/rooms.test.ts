/**
 * The rooms of src/README.md, held: every relative import of a file under `src/` points to its own room or
 * to one listed below it in that README's table, so the table and the code cannot drift apart. A row may
 * name several rooms (`layouts/`, `components/`), which then share a rank; a longer room path
 * (`search/elements/`) wins over the room it sits in (`search/`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { expect, test } from 'vitest';

const SRC = join(import.meta.dirname, '..', 'src');

/** Each room's path (`search/elements`) with its rank, the row of the README's table it stands in. */
function roomsFromReadme(): Map<string, number> {
	const readme = readFileSync(join(SRC, 'README.md'), 'utf8');
	const rooms = new Map<string, number>();
	const rows = readme.split('\n').filter((line) => /^\| `/.test(line));
	rows.forEach((row, rank) => {
		const firstCell = row.split('|')[1]!;
		// "`search/` (but `elements/`)" names the room `search` only.
		const named = firstCell.split('(')[0]!;
		for (const [, path] of named.matchAll(/`([a-z-]+(?:\/[a-z-]+)*)\/`/g)) rooms.set(path!, rank);
	});
	return rooms;
}

const ROOMS = roomsFromReadme();

/** The room a path under `src/` belongs to: the longest room path it starts with. */
function roomOf(path: string): string | undefined {
	return [...ROOMS.keys()]
		.filter((room) => path === room || path.startsWith(`${room}/`))
		.sort((a, b) => b.length - a.length)[0];
}

const IMPORT = /(?:\bfrom|\bimport)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g;

test('the README names the rooms, in order', () => {
	expect([...ROOMS.keys()]).toEqual(
		expect.arrayContaining(['pages', 'layouts', 'components', 'search', 'search/elements', 'ui'])
	);
	expect(ROOMS.get('pages')).toBeLessThan(ROOMS.get('search')!);
});

test('every import of src/ points to its own room or one below it', () => {
	const upward: string[] = [];
	const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' })
		.map((file) => file.split('\\').join('/'))
		.filter((file) => /\.(ts|mjs|astro)$/.test(file));
	for (const file of files) {
		const from = roomOf(file);
		if (!from) continue;
		for (const [, specifier] of readFileSync(join(SRC, file), 'utf8').matchAll(IMPORT)) {
			const target = posix.normalize(posix.join(posix.dirname(file), specifier!));
			if (target.startsWith('..')) continue;
			const to = roomOf(target);
			if (to && to !== from && ROOMS.get(to)! < ROOMS.get(from)!)
				upward.push(`${file} (${from}) imports ${specifier} (${to})`);
		}
	}
	expect(upward).toEqual([]);
	// The walk saw the code: a room list that matched nothing would pass vacuously.
	expect(files.filter((file) => roomOf(file) !== undefined).length).toBeGreaterThan(50);
});
