/**
 * A published URL keeps answering: a removed page stops the build, a renamed one works through its
 * redirect (under a sub-path too), and a redirect that leads nowhere or doubles another stops the build,
 * each with the URL named.
 */
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildFixture, edit, removeFixtures } from './fixture-build';
import type { ErrorsIndex } from '../src/search/errors-index';

afterAll(removeFixtures);

const redirects = (dir: string, list: { from: string; to: string }[]) =>
	writeFileSync(join(dir, 'redirects.json'), JSON.stringify(list));

describe('permanent URLs', { timeout: 120_000 }, () => {
	test('removing a published page stops the build, naming its URL', () => {
		const { status, output } = buildFixture({
			content: (dir) => rmSync(join(dir, 'fixes/interrupt-an-unresponsive-command.mdx')),
		});
		expect(status).not.toBe(0);
		expect(output).toContain(
			'/fixes/interrupt-an-unresponsive-command/ is published but the build has no page or redirect for it'
		);
	});

	test('a renamed page answers at its old URL with a redirect to the new one, under a sub-path too', () => {
		const { status, output, dist } = buildFixture({
			content: (dir) => {
				renameSync(
					join(dir, 'fixes/interrupt-an-unresponsive-command.mdx'),
					join(dir, 'fixes/stop-a-hung-remote-command.mdx')
				);
				edit(dir, 'published-urls.txt', (s) => `${s}/fixes/stop-a-hung-remote-command/\n`);
				redirects(dir, [
					{
						from: '/fixes/interrupt-an-unresponsive-command/',
						to: '/fixes/stop-a-hung-remote-command/',
					},
				]);
			},
			base: '/kb/remoting/',
		});
		expect(output).toContain('published URLs answer');
		expect(status).toBe(0);
		const old = readFileSync(
			join(dist, 'fixes/interrupt-an-unresponsive-command/index.html'),
			'utf8'
		);
		expect(old).toContain('content="0;url=/kb/remoting/fixes/stop-a-hung-remote-command/"');
	});

	test('a retired error keeps its page, its URL and its place in errors.json, marked as retired', () => {
		const { status, dist } = buildFixture({
			content: (dir) =>
				edit(dir, 'errors/quota-exceeded.mdx', (s) =>
					s.replace(
						'stage: operation',
						'stage: operation\nretired:\n  reason: Newer releases no longer print this message.\n  replacedBy: operation-timeout'
					)
				),
		});
		expect(status).toBe(0);
		const page = readFileSync(join(dist, 'errors/quota-exceeded/index.html'), 'utf8');
		expect(page).toContain('This page no longer applies.');
		expect(page).toContain('Newer releases no longer print this message.');
		expect(page).toContain('href="/errors/operation-timeout/"');
		const index = JSON.parse(readFileSync(join(dist, 'errors.json'), 'utf8')) as ErrorsIndex;
		expect(index.errors.find((error) => error.slug === 'quota-exceeded')?.retired).toBe(true);
	});

	test('a redirect to a page that does not exist stops the build, naming the URL', () => {
		const { status, output } = buildFixture({
			content: (dir) =>
				redirects(dir, [{ from: '/errors/old-name/', to: '/errors/no-such-error/' }]),
		});
		expect(status).not.toBe(0);
		expect(output).toContain(
			'content/redirects.json: [0].to: "/errors/no-such-error/" is not a page of this site'
		);
	});

	test('two redirects for one URL stop the build, naming the URL', () => {
		const { status, output } = buildFixture({
			content: (dir) =>
				redirects(dir, [
					{ from: '/errors/old-name/', to: '/errors/quota-exceeded/' },
					{ from: '/errors/old-name/', to: '/errors/io-aborted/' },
				]),
		});
		expect(status).not.toBe(0);
		expect(output).toContain(
			'content/redirects.json: [1].from: "/errors/old-name/" has two redirects'
		);
	});
});
