/**
 * The static server behind `npm start`, the tests and the benchmarks: it serves the build under its base
 * path, answers 404 with the site's page, and survives malformed or hostile request paths.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';

const PORT = 4398;
let root: string;
let server: ChildProcess;

/** A raw GET, so that paths reach the server exactly as written (no client-side normalising). */
function get(path: string): Promise<{ status: number; body: string }> {
	return new Promise((resolve, reject) => {
		const req = request({ host: '127.0.0.1', port: PORT, path, method: 'GET' }, (res) => {
			let body = '';
			res.on('data', (chunk) => (body += chunk));
			res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
		});
		req.on('error', reject);
		req.end();
	});
}

beforeAll(async () => {
	root = mkdtempSync(join(tmpdir(), 'psrt-serve-'));
	mkdirSync(join(root, 'site', 'errors', 'x'), { recursive: true });
	writeFileSync(join(root, 'site', 'index.html'), 'home');
	writeFileSync(join(root, 'site', 'errors', 'x', 'index.html'), 'error x');
	writeFileSync(join(root, 'site', '404.html'), 'not found page');
	writeFileSync(join(root, 'secret.txt'), 'outside the site');
	server = spawn(
		'node',
		['scripts/serve.mjs', join(root, 'site'), '--port', String(PORT), '--base', '/kb/'],
		{ stdio: ['ignore', 'pipe', 'ignore'] }
	);
	await new Promise((resolve) => server.stdout!.once('data', resolve));
});

afterAll(() => {
	server.kill();
	rmSync(root, { recursive: true, force: true });
});

test('serves pages under the base path, redirects to the slash, answers 404 with the site page', async () => {
	expect(await get('/kb/')).toEqual({ status: 200, body: 'home' });
	expect(await get('/kb/errors/x/')).toEqual({ status: 200, body: 'error x' });
	expect((await get('/kb/errors/x')).status).toBe(301);
	expect(await get('/kb/errors/y/')).toEqual({ status: 404, body: 'not found page' });
	expect(await get('/errors/x/')).toEqual({ status: 404, body: 'not found page' });
});

test('malformed and hostile paths get an answer, never a file outside the site, and the server lives on', async () => {
	for (const path of [
		'//',
		'///kb/',
		'//evil.example/',
		'/kb/%',
		'/kb/%E0%A4%A',
		'/kb/../secret.txt',
		'/kb/..%2f..%2fsecret.txt',
		'/kb/%2e%2e/secret.txt',
	]) {
		const { status, body } = await get(path);
		expect(status, path).toBeGreaterThanOrEqual(200);
		expect(body, path).not.toContain('outside the site');
	}
	expect(await get('/kb/')).toEqual({ status: 200, body: 'home' });
});
