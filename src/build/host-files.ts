/**
 * The host configurations the build writes beside the site (configs.ts writes them). None of them is a
 * page: every configuration that can hides them all, and the offline copy leaves them out. A leaf module
 * (no imports), so the benchmarks can load the precache plan from Node as it is.
 */
export const HOST_FILES = [
	'web.config',
	'.htaccess',
	'_headers',
	'staticwebapp.config.json',
	'nginx.conf',
] as const;
export type HostFile = (typeof HOST_FILES)[number];
