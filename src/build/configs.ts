/**
 * The host configurations the build writes beside the site, each for the base path it was built for:
 * IIS (`web.config`), Apache (`.htaccess`), Netlify and Cloudflare Pages (`_headers`), Azure Static Web
 * Apps (`staticwebapp.config.json`) and an nginx `location` snippet (`nginx.conf`). All are written from
 * `policy.ts`: the same MIME types, headers and caching everywhere.
 */
import { IMMUTABLE, IMMUTABLE_FOLDERS, MIME_TYPES, REVALIDATE, securityHeaders } from './policy';

export interface HostInput {
	/** The base path the site was built for, with both slashes: `/` or `/kb/remoting/`. */
	base: string;
	/** The Content-Security-Policy header value (the build's merged policy). */
	csp: string;
}

/** Where the nginx snippet expects the built files; the reader replaces it with their own folder. */
export const NGINX_SITE_FOLDER = '/var/www/remoting-troubleshooter/';

/** The host files, by file name; none of them is a page, and hosts must not serve them. */
export const HOST_FILES = [
	'web.config',
	'.htaccess',
	'_headers',
	'staticwebapp.config.json',
	'nginx.conf',
] as const;
export type HostFile = (typeof HOST_FILES)[number];

const NOT_FOUND_PAGE = '404.html';
/** Text types worth compressing on the fly; Pagefind's chunks are compressed already. */
const COMPRESSIBLE = [
	'text/html',
	'text/css',
	'text/javascript',
	'application/json',
	'application/xml',
	'image/svg+xml',
	'text/plain',
	'application/manifest+json',
];
const bareType = (type: string) => type.split(';')[0]!.trim();
const extensions = Object.keys(MIME_TYPES);

export function hostConfigs(input: HostInput): Record<HostFile, string> {
	return {
		'web.config': webConfig(input),
		'.htaccess': htaccess(input),
		_headers: headersFile(input),
		'staticwebapp.config.json': staticWebAppConfig(input),
		'nginx.conf': nginxSnippet(input),
	};
}

const xmlAttr = (value: string) =>
	value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function webConfig({ base, csp }: HostInput): string {
	const mime = extensions.flatMap((ext) => [
		// IIS fails the whole site on a duplicate entry, so each type is removed before it is added.
		`      <remove fileExtension=".${ext}" />`,
		`      <mimeMap fileExtension=".${ext}" mimeType="${xmlAttr(MIME_TYPES[ext]!)}" />`,
	]);
	const headers = securityHeaders(csp).map(
		([name, value]) => `        <add name="${name}" value="${xmlAttr(value)}" />`
	);
	const immutable = IMMUTABLE_FOLDERS.map((folder) =>
		[
			`  <location path="${folder.replace(/\/$/, '')}">`,
			'    <system.webServer>',
			'      <staticContent>',
			'        <clientCache cacheControlMode="UseMaxAge" cacheControlMaxAge="365.00:00:00" cacheControlCustom="immutable" />',
			'      </staticContent>',
			'    </system.webServer>',
			'  </location>',
		].join('\n')
	);
	return [
		'<?xml version="1.0" encoding="utf-8"?>',
		`<!-- IIS: PowerShell Remoting Troubleshooter, built for ${base}. Copy the built folder to the IIS application at that path. -->`,
		'<configuration>',
		'  <system.webServer>',
		'    <staticContent>',
		...mime,
		'      <clientCache cacheControlMode="DisableCache" />',
		'    </staticContent>',
		'    <defaultDocument enabled="true">',
		'      <files>',
		'        <clear />',
		'        <add value="index.html" />',
		'      </files>',
		'    </defaultDocument>',
		'    <urlCompression doStaticCompression="true" doDynamicCompression="false" />',
		'    <httpErrors errorMode="Custom" existingResponse="Replace">',
		'      <remove statusCode="404" />',
		`      <error statusCode="404" path="${base}${NOT_FOUND_PAGE}" responseMode="ExecuteURL" />`,
		'    </httpErrors>',
		'    <httpProtocol>',
		'      <customHeaders>',
		...headers,
		'      </customHeaders>',
		'    </httpProtocol>',
		'  </system.webServer>',
		...immutable,
		'</configuration>',
		'',
	].join('\n');
}

function htaccess({ base, csp }: HostInput): string {
	const immutable = IMMUTABLE_FOLDERS.map((folder) => folder.replace(/\/$/, '')).join('|');
	return [
		`# Apache: PowerShell Remoting Troubleshooter, built for ${base}. Needs AllowOverride FileInfo Indexes.`,
		'DirectoryIndex index.html',
		`ErrorDocument 404 ${base}${NOT_FOUND_PAGE}`,
		'AddDefaultCharset utf-8',
		'<IfModule mod_mime.c>',
		...extensions.map((ext) => `  AddType ${bareType(MIME_TYPES[ext]!)} .${ext}`),
		'</IfModule>',
		'<IfModule mod_headers.c>',
		...securityHeaders(csp).map(([name, value]) => `  Header always set ${name} "${value}"`),
		`  Header set Cache-Control "${REVALIDATE}"`,
		`  <If "%{REQUEST_URI} =~ m#^${base}(${immutable})/#">`,
		`    Header set Cache-Control "${IMMUTABLE}"`,
		'  </If>',
		'</IfModule>',
		'<IfModule mod_deflate.c>',
		`  AddOutputFilterByType DEFLATE ${COMPRESSIBLE.join(' ')}`,
		'</IfModule>',
		'<FilesMatch "^(web\\.config|_headers|staticwebapp\\.config\\.json|nginx\\.conf)$">',
		'  Require all denied',
		'</FilesMatch>',
		'',
	].join('\n');
}

/**
 * Netlify and Cloudflare Pages. Both join the values of a header set by two matching rules, so the
 * catch-all rule leaves Cache-Control to the platform (which revalidates by default) and only the hashed
 * folders set it.
 */
function headersFile({ base, csp }: HostInput): string {
	return [
		`# Netlify / Cloudflare Pages: PowerShell Remoting Troubleshooter, built for ${base}.`,
		`${base}*`,
		...securityHeaders(csp).map(([name, value]) => `  ${name}: ${value}`),
		...IMMUTABLE_FOLDERS.flatMap((folder) => [
			`${base}${folder}*`,
			`  Cache-Control: ${IMMUTABLE}`,
		]),
		'',
	].join('\n');
}

function staticWebAppConfig({ base, csp }: HostInput): string {
	const config = {
		responseOverrides: { '404': { rewrite: `${base}${NOT_FOUND_PAGE}` } },
		globalHeaders: Object.fromEntries([...securityHeaders(csp), ['Cache-Control', REVALIDATE]]),
		routes: IMMUTABLE_FOLDERS.map((folder) => ({
			route: `${base}${folder}*`,
			headers: { 'Cache-Control': IMMUTABLE },
		})),
		mimeTypes: Object.fromEntries(extensions.map((ext) => [`.${ext}`, MIME_TYPES[ext]!])),
	};
	return `${JSON.stringify(config, null, 2)}\n`;
}

/**
 * A `location` block for an existing `server`. `add_header` in a nested location drops the outer ones,
 * so each block repeats the security headers; `types` replaces nginx's map, so it lists every type.
 */
function nginxSnippet({ base, csp }: HostInput): string {
	const headers = (cacheControl: string, indent: string) => [
		...securityHeaders(csp).map(
			([name, value]) => `${indent}add_header ${name} "${value}" always;`
		),
		`${indent}add_header Cache-Control "${cacheControl}" always;`,
	];
	const byType = new Map<string, string[]>();
	for (const ext of extensions) {
		const type = bareType(MIME_TYPES[ext]!);
		byType.set(type, [...(byType.get(type) ?? []), ext]);
	}
	const hostFiles = HOST_FILES.map((file) => file.replace(/\./g, '\\.')).join('|');
	return [
		`# nginx: PowerShell Remoting Troubleshooter, built for ${base}.`,
		`# Include this inside a server { } block, and replace ${NGINX_SITE_FOLDER} with the folder the build was copied to.`,
		`location ${base} {`,
		`    alias ${NGINX_SITE_FOLDER};`,
		'    index index.html;',
		`    error_page 404 ${base}${NOT_FOUND_PAGE};`,
		'    types {',
		...[...byType].map(([type, exts]) => `        ${type} ${exts.join(' ')};`),
		'    }',
		'    default_type application/octet-stream;',
		'    charset utf-8;',
		`    charset_types ${COMPRESSIBLE.filter((type) => type !== 'text/html').join(' ')};`,
		'    gzip on;',
		`    gzip_types ${COMPRESSIBLE.filter((type) => type !== 'text/html').join(' ')};`,
		...headers(REVALIDATE, '    '),
		...IMMUTABLE_FOLDERS.flatMap((folder) => [
			`    location ${base}${folder} {`,
			`        alias ${NGINX_SITE_FOLDER}${folder};`,
			...headers(IMMUTABLE, '        '),
			'    }',
		]),
		`    location ~ ^${base.replace(/\./g, '\\.')}(${hostFiles})$ {`,
		'        return 404;',
		'    }',
		'}',
		'',
	].join('\n');
}

/**
 * The file extensions each host configuration gives a MIME type, read back from its text, so a test can
 * prove every extension of a real build is served with a type by every host that needs one.
 */
export function declaredExtensions(file: Exclude<HostFile, '_headers'>, text: string): Set<string> {
	const found = new Set<string>();
	const add = (ext: string) => found.add(ext.replace(/^\./, '').toLowerCase());
	switch (file) {
		case 'web.config':
			for (const m of text.matchAll(/<mimeMap fileExtension="([^"]+)"/g)) add(m[1]!);
			break;
		case '.htaccess':
			for (const m of text.matchAll(/^\s*AddType \S+ (.+)$/gm)) m[1]!.split(/\s+/).forEach(add);
			break;
		case 'staticwebapp.config.json':
			Object.keys((JSON.parse(text) as { mimeTypes: Record<string, string> }).mimeTypes).forEach(
				add
			);
			break;
		case 'nginx.conf': {
			const block = /types \{([^}]*)\}/.exec(text)?.[1] ?? '';
			for (const line of block.split(';')) line.trim().split(/\s+/).slice(1).forEach(add);
			break;
		}
	}
	return found;
}
