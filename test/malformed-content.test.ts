/**
 * Builds the site over the fixture catalog with one broken entry of each kind and checks that the build stops and says
 * which file and which field are wrong. Slow (one Astro build per case), and the most direct proof that a
 * malformed content file can never ship.
 */
import { renameSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildFixture, edit, removeFixtures, type FixtureBuild } from './fixture-build';

/** Builds the fixture catalog after one change to it. */
const buildBroken = (change: (dir: string) => void): FixtureBuild =>
	buildFixture({ content: change });

afterAll(removeFixtures);

describe(
	'a broken entry stops the build, naming the file and the field',
	{ timeout: 120_000 },
	() => {
		test('a missing field', () => {
			const { status, output } = buildBroken((root) =>
				edit(root, 'errors/quota-exceeded.mdx', (s) => s.replace(/^title: .*\n/m, ''))
			);
			expect(status).not.toBe(0);
			expect(output).toContain('content/errors/quota-exceeded.mdx');
			expect(output).toMatch(
				/title\W+Required|title: Required|\btitle\b.*(Required|expected string)/
			);
		});

		test('a field of the wrong type', () => {
			const { status, output } = buildBroken((root) =>
				edit(root, 'fixes/enable-remoting.mdx', (s) =>
					s.replace('elevated: true', 'elevated: "yes"')
				)
			);
			expect(status).not.toBe(0);
			expect(output).toContain('content/fixes/enable-remoting.mdx');
			expect(output).toMatch(/elevated\W.*(boolean|Expected)/i);
		});

		test('an empty message list', () => {
			const { status, output } = buildBroken((root) =>
				edit(root, 'errors/io-aborted.mdx', (s) =>
					s.replace(/messages:\n( {2}- .*\n)+/, 'messages: []\n')
				)
			);
			expect(status).not.toBe(0);
			expect(output).toContain('content/errors/io-aborted.mdx');
			expect(output).toMatch(/messages\W.*(at least|>=1|too small)/i);
		});

		test('a reference to a fix that does not exist', () => {
			const { status, output } = buildBroken((root) =>
				edit(root, 'errors/quota-exceeded.mdx', (s) =>
					s.replace('fix: set-and-change-quotas', 'fix: raise-the-quota')
				)
			);
			expect(status).not.toBe(0);
			expect(output).toContain(
				'content/errors/quota-exceeded.mdx: fixes[0].fix: no fix named "raise-the-quota" exists in content/fixes/'
			);
		});

		test('a message claimed by two errors', () => {
			const { status, output } = buildBroken((root) =>
				edit(root, 'errors/quota-exceeded.mdx', (s) =>
					s.replace(
						/messages:\n/,
						'messages:\n  - "THE I/O OPERATION HAS BEEN ABORTED BECAUSE OF EITHER A THREAD EXIT OR AN APPLICATION REQUEST."\n'
					)
				)
			);
			expect(status).not.toBe(0);
			expect(output).toMatch(
				/content\/errors\/(quota-exceeded|io-aborted)\.mdx: messages\[0\]: "[^"]+" is already claimed by error/
			);
		});

		test('a slug that is not kebab-case', () => {
			const { status, output } = buildBroken((root) =>
				renameSync(
					join(root, 'fixes/run-as-administrator.mdx'),
					join(root, 'fixes/Run_As_Administrator.mdx')
				)
			);
			expect(status).not.toBe(0);
			expect(output).toContain(
				'content/fixes/Run_As_Administrator.mdx: slug: "Run_As_Administrator" is not kebab-case'
			);
		});

		test('a slot whose example is not in its command', () => {
			const { status, output } = buildBroken((root) =>
				edit(root, 'fixes/resolve-timeout-errors.mdx', (s) =>
					s.replace('slots="computer=Server01"', 'slots="computer=Server99"')
				)
			);
			expect(status).not.toBe(0);
			expect(output).toMatch(
				/content\/fixes\/resolve-timeout-errors\.mdx: code block at line \d+: slot computer="Server99" does not occur in its code block/
			);
		});
	}
);
