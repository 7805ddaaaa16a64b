import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium-path.mjs';

/**
 * End-to-end tests in Chromium against the built site, served twice: at the root and under the
 * sub-path `/kb/remoting/`, each built fresh by its web server command. Only the link and search tests
 * run under the sub-path too (those tagged `@base-path`). The sub-path build is also served through a real nginx, and both builds
 * through one real Apache, for the hosting tests (nginx.spec.ts, apache.spec.ts).
 */
// E2E_PORT moves both servers, so two checkouts on one machine can run their suites side by side.
const ROOT_PORT = Number(process.env.E2E_PORT ?? 4391);
const SUBPATH_PORT = ROOT_PORT + 1;
const NGINX_PORT = ROOT_PORT + 2;
const APACHE_PORT = ROOT_PORT + 3;
const SUBPATH = '/kb/remoting/';
// Each project's build; e2e/test-utils.ts lists every page from it (project metadata.outDir).
const ROOT_OUT = 'dist-e2e';
const SUBPATH_OUT = 'dist-e2e-kb';
// `npm test` has made sure there is one (scripts/ensure-tools.mjs); undefined means Playwright's own.
const executablePath = findChromium();

export default defineConfig({
	testDir: './e2e',
	fullyParallel: true,
	workers: 2,
	timeout: 30_000,
	reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
	use: {
		browserName: 'chromium',
		launchOptions: { ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS },
		trace: 'off',
	},
	projects: [
		{
			name: 'root',
			use: { baseURL: `http://localhost:${ROOT_PORT}/` },
			metadata: { outDir: ROOT_OUT },
			testIgnore: /(nginx|apache)\.spec\.ts$/,
		},
		{
			name: 'subpath',
			use: { baseURL: `http://localhost:${SUBPATH_PORT}${SUBPATH}` },
			metadata: { outDir: SUBPATH_OUT },
			testMatch: /(links|search)\.spec\.ts$/,
			grep: /@base-path/,
		},
		{
			// The sub-path build served by a real nginx with the snippet the build wrote beside it.
			name: 'nginx',
			use: { baseURL: `http://127.0.0.1:${NGINX_PORT}${SUBPATH}` },
			metadata: { outDir: SUBPATH_OUT },
			testMatch: /nginx\.spec\.ts$/,
		},
		{
			// Both builds served by one real Apache with the .htaccess each build wrote beside it.
			name: 'apache',
			use: { baseURL: `http://127.0.0.1:${APACHE_PORT}/` },
			metadata: { outDir: ROOT_OUT },
			testMatch: /apache\.spec\.ts$/,
		},
		{
			name: 'apache-subpath',
			use: { baseURL: `http://127.0.0.1:${APACHE_PORT}${SUBPATH}` },
			metadata: { outDir: SUBPATH_OUT },
			testMatch: /apache\.spec\.ts$/,
		},
	],
	webServer: [
		{
			command: `astro build && node scripts/serve.mjs ${ROOT_OUT} --port ${ROOT_PORT}`,
			env: { OUT_DIR: ROOT_OUT, ASTRO_TELEMETRY_DISABLED: '1' },
			url: `http://localhost:${ROOT_PORT}/`,
			timeout: 180_000,
			reuseExistingServer: false,
			stdout: 'ignore',
		},
		{
			command: `astro build && node scripts/serve.mjs ${SUBPATH_OUT} --port ${SUBPATH_PORT} --base ${SUBPATH}`,
			env: { OUT_DIR: SUBPATH_OUT, BASE_PATH: SUBPATH, ASTRO_TELEMETRY_DISABLED: '1' },
			url: `http://localhost:${SUBPATH_PORT}${SUBPATH}`,
			timeout: 180_000,
			reuseExistingServer: false,
			stdout: 'ignore',
		},
		{
			// Playwright starts the servers in this order, so the sub-path build above is already there.
			command: `node scripts/serve-nginx.mjs ${SUBPATH_OUT} --port ${NGINX_PORT}`,
			url: `http://127.0.0.1:${NGINX_PORT}${SUBPATH}`,
			timeout: 30_000,
			reuseExistingServer: false,
			stdout: 'ignore',
		},
		{
			command: `node scripts/serve-apache.mjs --port ${APACHE_PORT} /=${ROOT_OUT} ${SUBPATH}=${SUBPATH_OUT}`,
			url: `http://127.0.0.1:${APACHE_PORT}${SUBPATH}`,
			timeout: 30_000,
			reuseExistingServer: false,
			stdout: 'ignore',
		},
	],
});
