/**
 * The host configurations the build writes beside the site, each for the base path it was built for:
 * IIS (`web.config`), Apache (`.htaccess`), Netlify and Cloudflare Pages (`_headers`), Azure Static Web
 * Apps (`staticwebapp.config.json`) and an nginx `location` snippet (`nginx.conf`). All are written from
 * `policy.ts` and `mime.ts`: the same MIME types, headers and caching everywhere. Each hides the other
 * hosts' files where its host can, and none reaches a limit its host documents (`hostLimitProblems`).
 */
import { HOST_FILES, type HostFile } from './host-files';
import { escapeAttribute } from './html';
import { bareType, COMPRESSIBLE_TYPES, MIME_TYPES, untypedExtensions } from './mime';
import {
	headerPolicyOf,
	IMMUTABLE,
	IMMUTABLE_FOLDERS,
	REVALIDATE,
	securityHeaders,
} from './policy';
import type { BuiltSite } from './site';
import type { BuildStep } from './step';

export interface HostInput {
	/** The base path the site was built for, with both slashes: `/` or `/kb/remoting/`. */
	base: string;
	/** The Content-Security-Policy header value (the build's merged policy). */
	csp: string;
}

/** Where the nginx snippet expects the built files; the reader replaces it with their own folder. */
export const NGINX_SITE_FOLDER = '/var/www/remoting-troubleshooter/';

const NOT_FOUND_PAGE = '404.html';
const extensions = Object.keys(MIME_TYPES);
/** The extensions whose type carries a charset (all of them UTF-8). */
const UTF8_EXTENSIONS = extensions.filter((ext) => /charset=utf-8/i.test(MIME_TYPES[ext]!));
const regexEscape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const hostFilesPattern = HOST_FILES.map(regexEscape).join('|');

export function hostConfigs(input: HostInput): Record<HostFile, string> {
	return {
		'web.config': webConfig(input),
		'.htaccess': htaccess(input),
		_headers: headersFile(input),
		'staticwebapp.config.json': staticWebAppConfig(input),
		'nginx.conf': nginxSnippet(input),
	};
}

/**
 * IIS fails the whole site on a duplicate entry in a collection, so every entry of a collection a parent
 * configuration may already hold (a MIME type, a header, a hidden segment) is removed before it is added.
 */
function webConfig({ base, csp }: HostInput): string {
	const mime = extensions.flatMap((ext) => [
		`      <remove fileExtension=".${ext}" />`,
		`      <mimeMap fileExtension=".${ext}" mimeType="${escapeAttribute(MIME_TYPES[ext]!)}" />`,
	]);
	const headers = securityHeaders(csp).flatMap(([name, value]) => [
		`        <remove name="${name}" />`,
		`        <add name="${name}" value="${escapeAttribute(value)}" />`,
	]);
	const hidden = HOST_FILES.flatMap((file) => [
		`          <remove segment="${escapeAttribute(file)}" />`,
		`          <add segment="${escapeAttribute(file)}" />`,
	]);
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
		'    <security>',
		'      <requestFiltering>',
		'        <hiddenSegments>',
		...hidden,
		'        </hiddenSegments>',
		'      </requestFiltering>',
		'    </security>',
		'  </system.webServer>',
		...immutable,
		'</configuration>',
		'',
	].join('\n');
}

/** The override the `.htaccess` needs, which the README tells the reader to grant, and the modules it uses. */
export const APACHE_ALLOW_OVERRIDE = 'FileInfo Indexes';

/**
 * Apache, under `AllowOverride FileInfo Indexes`: every directive here is in one of those two classes
 * (`Redirect` is mod_alias's, in FileInfo; `DirectoryIndex` is in Indexes). mod_mime, mod_headers and
 * mod_alias are required (Apache answers 500 without them, rather than serve the site without its
 * headers or with its host files open); mod_deflate only compresses, and is optional.
 */
function htaccess({ base, csp }: HostInput): string {
	const immutable = IMMUTABLE_FOLDERS.map((folder) => folder.replace(/\/$/, '')).join('|');
	return [
		`# Apache: PowerShell Remoting Troubleshooter, built for ${base}. Needs AllowOverride ${APACHE_ALLOW_OVERRIDE}.`,
		'DirectoryIndex index.html',
		`ErrorDocument 404 ${base}${NOT_FOUND_PAGE}`,
		...extensions.map((ext) => `AddType ${bareType(MIME_TYPES[ext]!)} .${ext}`),
		`AddCharset utf-8 ${UTF8_EXTENSIONS.map((ext) => `.${ext}`).join(' ')}`,
		...securityHeaders(csp).map(([name, value]) => `Header always set ${name} "${value}"`),
		`Header set Cache-Control "${REVALIDATE}"`,
		`<If "%{REQUEST_URI} =~ m#^${base}(${immutable})/#">`,
		`  Header set Cache-Control "${IMMUTABLE}"`,
		'</If>',
		"# The other hosts' files are not pages.",
		`<FilesMatch "^(${hostFilesPattern})$">`,
		'  Redirect 404',
		'</FilesMatch>',
		'# A folder without a page answers 404, never a listing of its files.',
		`<If "-d %{REQUEST_FILENAME} && !(-f '%{REQUEST_FILENAME}/index.html')">`,
		'  Redirect 404',
		'</If>',
		'<IfModule mod_deflate.c>',
		`  AddOutputFilterByType DEFLATE ${COMPRESSIBLE_TYPES.join(' ')}`,
		'</IfModule>',
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

/** Azure Static Web Apps: the first route that matches a request is the only one applied, so the hidden files come first. */
function staticWebAppConfig({ base, csp }: HostInput): string {
	const config = {
		routes: [
			...HOST_FILES.map((file) => ({ route: `${base}${file}`, statusCode: 404 })),
			...IMMUTABLE_FOLDERS.map((folder) => ({
				route: `${base}${folder}*`,
				headers: { 'Cache-Control': IMMUTABLE },
			})),
		],
		responseOverrides: { '404': { rewrite: `${base}${NOT_FOUND_PAGE}` } },
		globalHeaders: Object.fromEntries([...securityHeaders(csp), ['Cache-Control', REVALIDATE]]),
		mimeTypes: Object.fromEntries(extensions.map((ext) => [`.${ext}`, MIME_TYPES[ext]!])),
	};
	return `${JSON.stringify(config, null, 2)}\n`;
}

/**
 * A `location` block for an existing `server`. `add_header` in a nested location drops the outer ones,
 * so each block repeats the security headers; `types` replaces nginx's map, so it lists every type.
 * nginx answers a folder without an index with 403, which is turned into the 404 page; and nginx only
 * redirects a prefix location's bare path (`/kb/remoting`) by itself for proxied locations, so the
 * snippet does it.
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
	const textTypes = COMPRESSIBLE_TYPES.filter((type) => type !== 'text/html').join(' ');
	return [
		`# nginx: PowerShell Remoting Troubleshooter, built for ${base}.`,
		`# Include this inside a server { } block, and replace ${NGINX_SITE_FOLDER} with the folder the build was copied to.`,
		...(base === '/'
			? []
			: [`location = ${base.replace(/\/$/, '')} {`, `    return 301 ${base};`, '}']),
		`location ${base} {`,
		`    alias ${NGINX_SITE_FOLDER};`,
		'    index index.html;',
		`    error_page 404 ${base}${NOT_FOUND_PAGE};`,
		`    error_page 403 =404 ${base}${NOT_FOUND_PAGE};`,
		'    types {',
		...[...byType].map(([type, exts]) => `        ${type} ${exts.join(' ')};`),
		'    }',
		'    default_type application/octet-stream;',
		'    charset utf-8;',
		`    charset_types ${textTypes};`,
		'    gzip on;',
		`    gzip_types ${textTypes};`,
		...headers(REVALIDATE, '    '),
		...IMMUTABLE_FOLDERS.flatMap((folder) => [
			`    location ${base}${folder} {`,
			`        alias ${NGINX_SITE_FOLDER}${folder};`,
			...headers(IMMUTABLE, '        '),
			'    }',
		]),
		`    location ~ ^${regexEscape(base)}(${hostFilesPattern})$ {`,
		'        return 404;',
		'    }',
		'}',
		'',
	].join('\n');
}

/** Cloudflare Pages: "Each line in the `_headers` file has a 2,000 character limit", and "A project is limited to 100 header rules". */
export const HEADERS_LINE_LIMIT = 2000;
export const HEADERS_RULE_LIMIT = 100;
/** Azure Static Web Apps: "Max file size is 20 KB" for `staticwebapp.config.json`. */
export const STATIC_WEB_APP_CONFIG_LIMIT = 20 * 1024;

/**
 * Each limit a host documents for its configuration file that the files break, as a sentence naming the
 * file; the sources are https://developers.cloudflare.com/pages/configuration/headers/ ("Attach a header")
 * and https://learn.microsoft.com/azure/static-web-apps/configuration ("Restrictions").
 */
export function hostLimitProblems(files: Record<HostFile, string>): string[] {
	const problems: string[] = [];
	const lines = files._headers.split('\n');
	lines.forEach((line, index) => {
		if (line.length > HEADERS_LINE_LIMIT)
			problems.push(
				`_headers line ${index + 1} has ${line.length} characters; Cloudflare Pages allows ${HEADERS_LINE_LIMIT}`
			);
	});
	const rules = lines.filter((line) => line !== '' && !/^\s|^#/.test(line)).length;
	if (rules > HEADERS_RULE_LIMIT)
		problems.push(`_headers has ${rules} rules; Cloudflare Pages allows ${HEADERS_RULE_LIMIT}`);
	const size = new TextEncoder().encode(files['staticwebapp.config.json']).byteLength;
	if (size > STATIC_WEB_APP_CONFIG_LIMIT)
		problems.push(
			`staticwebapp.config.json has ${size} bytes; Azure Static Web Apps allows ${STATIC_WEB_APP_CONFIG_LIMIT}`
		);
	return problems;
}

/**
 * Writes the host configurations for the site's base path, with the union of its pages' policies. It
 * stops the build when the site holds a file extension no host has a MIME type for, or when a file would
 * break a limit its host documents.
 */
export const hostConfigsStep = {
	name: 'host configurations',
	run(site: BuiltSite, report: (message: string) => void) {
		const untyped = untypedExtensions(site.paths);
		if (untyped.length > 0)
			throw new Error(
				[
					`The build emits ${untyped.map((ext) => `.${ext}`).join(', ')} files,`,
					'which no host configuration has a MIME type for: add them to MIME_TYPES in src/build/mime.ts',
				].join(' ')
			);
		const files = hostConfigs({ base: site.base, csp: headerPolicyOf(site) });
		const problems = hostLimitProblems(files);
		if (problems.length > 0)
			throw new Error(`The host configurations break their hosts' limits:\n${problems.join('\n')}`);
		for (const [name, text] of Object.entries(files)) site.write(name, text);
		report(`wrote ${HOST_FILES.join(', ')} for ${site.base}`);
	},
} satisfies BuildStep;

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
