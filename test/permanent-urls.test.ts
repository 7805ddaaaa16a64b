/**
 * A published URL keeps answering: a removed page stops the build, a renamed one works through its
 * redirect (under a sub-path too), and a redirect that leads nowhere or doubles another stops the build,
 * each with the URL named.
 */
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildChangedCopy, edit, removeCopies } from './project-copy';
import type { ErrorsIndex } from '../src/search/errors-index';

afterAll(removeCopies);

const redirects = (root: string, list: { from: string; to: string }[]) =>
	writeFileSync(join(root, 'content/redirects.json'), JSON.stringify(list));

describe('permanent URLs', { timeout: 120_000 }, () => {
	test('removing a published page stops the build, naming its URL', () => {
		const { status, output } = buildChangedCopy((root) =>
			rmSync(join(root, 'content/fixes/interrupt-an-unresponsive-command.mdx'))
		);
		expect(status).not.toBe(0);
		expect(output).toContain(
			'/fixes/interrupt-an-unresponsive-command/ is published but the build has no page or redirect for it'
		);
	});

	test('a renamed page answers at its old URL with a redirect to the new one, under a sub-path too', () => {
		const { status, output, root } = buildChangedCopy(
			(root) => {
				renameSync(
					join(root, 'content/fixes/interrupt-an-unresponsive-command.mdx'),
					join(root, 'content/fixes/stop-a-hung-remote-command.mdx')
				);
				edit(root, 'content/published-urls.txt', (s) => `${s}/fixes/stop-a-hung-remote-command/\n`);
				redirects(root, [
					{
						from: '/fixes/interrupt-an-unresponsive-command/',
						to: '/fixes/stop-a-hung-remote-command/',
					},
				]);
			},
			{ BASE_PATH: '/kb/remoting/' }
		);
		expect(output).toContain('published URLs answer');
		expect(status).toBe(0);
		const old = readFileSync(
			join(root, 'dist/fixes/interrupt-an-unresponsive-command/index.html'),
			'utf8'
		);
		expect(old).toContain('content="0;url=/kb/remoting/fixes/stop-a-hung-remote-command/"');
	});

	test('a retired error keeps its page, its URL and its place in errors.json, marked as retired', () => {
		const { status, root } = buildChangedCopy((root) =>
			edit(root, 'content/errors/quota-exceeded.mdx', (s) =>
				s.replace(
					'stage: operation',
					'stage: operation\nretired:\n  reason: Newer releases no longer print this message.\n  replacedBy: operation-timeout'
				)
			)
		);
		expect(status).toBe(0);
		const page = readFileSync(join(root, 'dist/errors/quota-exceeded/index.html'), 'utf8');
		expect(page).toContain('This page no longer applies.');
		expect(page).toContain('Newer releases no longer print this message.');
		expect(page).toContain('href="/errors/operation-timeout/"');
		const index = JSON.parse(readFileSync(join(root, 'dist/errors.json'), 'utf8')) as ErrorsIndex;
		expect(index.errors.find((error) => error.slug === 'quota-exceeded')?.retired).toBe(true);
	});

	test('a redirect to a page that does not exist stops the build, naming the URL', () => {
		const { status, output } = buildChangedCopy((root) =>
			redirects(root, [{ from: '/errors/old-name/', to: '/errors/no-such-error/' }])
		);
		expect(status).not.toBe(0);
		expect(output).toContain(
			'content/redirects.json: [0].to: "/errors/no-such-error/" is not a page of this site'
		);
	});

	test('two redirects for one URL stop the build, naming the URL', () => {
		const { status, output } = buildChangedCopy((root) =>
			redirects(root, [
				{ from: '/errors/old-name/', to: '/errors/access-denied/' },
				{ from: '/errors/old-name/', to: '/errors/io-aborted/' },
			])
		);
		expect(status).not.toBe(0);
		expect(output).toContain(
			'content/redirects.json: [1].from: "/errors/old-name/" has two redirects'
		);
	});
});
