/**
 * Builds a throwaway copy of the project (sharing its node_modules) after changing it, so tests can
 * prove what a change to the content does to a real build.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const project = new URL('..', import.meta.url).pathname;
const copies: string[] = [];

export interface BuildResult {
	status: number | null;
	/** Everything the build printed, without colours. */
	output: string;
	root: string;
}

export function buildChangedCopy(
	change: (root: string) => void,
	env: Record<string, string> = {}
): BuildResult {
	const root = mkdtempSync(join(tmpdir(), 'psrt-copy-'));
	copies.push(root);
	for (const path of [
		'content',
		'sources',
		'src',
		'public',
		'astro.config.mjs',
		'package.json',
		'tsconfig.json',
	]) {
		cpSync(join(project, path), join(root, path), { recursive: true });
	}
	symlinkSync(join(project, 'node_modules'), join(root, 'node_modules'), 'dir');
	change(root);
	const result = spawnSync(join(project, 'node_modules/.bin/astro'), ['build'], {
		cwd: root,
		env: {
			...process.env,
			ASTRO_TELEMETRY_DISABLED: '1',
			OUT_DIR: './dist',
			BASE_PATH: '/',
			...env,
		},
		encoding: 'utf8',
	});
	return {
		status: result.status,
		output: `${result.stdout}${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, ''),
		root,
	};
}

/** Changes one file of a copy; fails loudly if the change did nothing, so a test never passes by accident. */
export function edit(root: string, file: string, change: (source: string) => string): void {
	const path = join(root, file);
	const before = readFileSync(path, 'utf8');
	const after = change(before);
	if (after === before) throw new Error(`the edit did not change ${file}`);
	writeFileSync(path, after);
}

export function removeCopies(): void {
	for (const root of copies.splice(0)) rmSync(root, { recursive: true, force: true });
}
