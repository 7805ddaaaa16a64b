/**
 * The host configurations of a real build (the fixture catalog under /kb/remoting/, built without
 * SITE_URL), held to what each host documents. nginx and Apache serve the full build for real in the
 * end-to-end tests (e2e/nginx.spec.ts, e2e/apache.spec.ts); IIS, Azure Static Web Apps, Netlify and
 * Cloudflare Pages cannot run here, so their files are checked against their documentation, named
 * beside each check.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sax from 'sax';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { listFiles } from '../src/build/build-files';
import {
	APACHE_ALLOW_OVERRIDE,
	declaredExtensions,
	HEADERS_LINE_LIMIT,
	HEADERS_RULE_LIMIT,
	STATIC_WEB_APP_CONFIG_LIMIT,
} from '../src/build/configs';
import { HOST_FILES } from '../src/build/host-files';
import { extensionOf } from '../src/build/mime';
import { DEFAULT_SITE } from '../src/build/pipeline';
import { IMMUTABLE, IMMUTABLE_FOLDERS } from '../src/build/policy';
import { buildFixture, removeFixtures, type FixtureBuild } from './fixture-build';

const BASE = '/kb/remoting/';
let build: FixtureBuild;
let site: string;
const read = (file: string) => readFileSync(join(site, file), 'utf8');

beforeAll(() => {
	build = buildFixture({ base: BASE });
	site = build.dist;
}, 240_000);
afterAll(removeFixtures);

describe('a build', () => {
	test('succeeds and writes every host file', () => {
		expect(build.status, build.output).toBe(0);
		const files = new Set(listFiles(site));
		for (const file of HOST_FILES) expect(files.has(file), file).toBe(true);
	});

	test('without SITE_URL warns, naming the origin every absolute URL of the build now carries', () => {
		expect(build.output).toMatch(
			new RegExp(`\\[WARN\\] \\[psrt:pipeline\\] SITE_URL is not set: .* name ${DEFAULT_SITE}\\.`)
		);
		expect(read('index.html')).toContain(`<link rel="canonical" href="${DEFAULT_SITE}${BASE}">`);
	});

	test('every extension it emits has a MIME type in every configuration that maps types', () => {
		const served = listFiles(site).filter(
			(file) => !(HOST_FILES as readonly string[]).includes(file)
		);
		const emitted = new Set(
			served.map(extensionOf).filter((ext): ext is string => ext !== undefined)
		);
		// The build has Pagefind's own types among them; without these IIS serves no search.
		for (const ext of ['pagefind', 'pf_meta', 'pf_index', 'pf_fragment'])
			expect(emitted.has(ext), ext).toBe(true);
		for (const file of [
			'web.config',
			'.htaccess',
			'staticwebapp.config.json',
			'nginx.conf',
		] as const) {
			const declared = declaredExtensions(file, read(file));
			const missing = [...emitted].filter((ext) => !declared.has(ext));
			expect(missing, `${file} lacks a MIME type for`).toEqual([]);
		}
	});

	test('each configuration sends the security headers and the page policy with frame-ancestors', () => {
		const pagePolicy = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(
			read('index.html')
		)?.[1];
		expect(pagePolicy).toContain("object-src 'none'");
		for (const file of HOST_FILES) {
			const text = read(file);
			for (const header of [
				'Content-Security-Policy',
				'X-Content-Type-Options',
				'Referrer-Policy',
				'Permissions-Policy',
			]) {
				expect(text, `${file} ${header}`).toContain(header);
			}
			expect(text, file).toContain("frame-ancestors 'none'");
			expect(text, file).toContain('nosniff');
		}
	});

	test('each configuration caches the hashed folders for a year, under the base path', () => {
		for (const file of HOST_FILES) {
			const text = read(file);
			expect(text, file).toMatch(/max-age=31536000|365\.00:00:00/);
			for (const folder of IMMUTABLE_FOLDERS)
				expect(text, `${file} ${folder}`).toContain(folder.replace(/\/$/, ''));
		}
		expect(read('_headers')).toContain(`${BASE}_astro/*\n  Cache-Control: ${IMMUTABLE}`);
		expect(read('nginx.conf')).toContain(`location ${BASE}_astro/ {`);
	});

	test('each configuration points missing pages at the 404 page under the base path', () => {
		for (const file of ['web.config', '.htaccess', 'staticwebapp.config.json', 'nginx.conf']) {
			expect(read(file), file).toContain(`${BASE}404.html`);
		}
	});
});

describe('Netlify and Cloudflare Pages: _headers', () => {
	// https://developers.cloudflare.com/pages/configuration/headers/ ("Attach a header"; "Match a path").
	test('every line is within the 2,000 characters Cloudflare Pages allows, the rules within 100', () => {
		const lines = read('_headers').split('\n');
		const longest = Math.max(...lines.map((line) => line.length));
		expect(longest).toBeLessThanOrEqual(HEADERS_LINE_LIMIT);
		const rules = lines.filter((line) => line !== '' && !/^\s|^#/.test(line));
		expect(rules.length).toBeLessThanOrEqual(HEADERS_RULE_LIMIT);
		// "You may only include a single splat in the URL."
		for (const rule of rules) expect(rule.split('*').length - 1, rule).toBeLessThanOrEqual(1);
	});
});

interface SwaRoute {
	route: string;
	statusCode?: number;
	headers?: Record<string, string>;
}

describe('Azure Static Web Apps: staticwebapp.config.json', () => {
	// https://learn.microsoft.com/azure/static-web-apps/configuration ("Routes", "Response overrides",
	// "Restrictions").
	const config = () =>
		JSON.parse(read('staticwebapp.config.json')) as {
			routes: SwaRoute[];
			responseOverrides: Record<string, { rewrite?: string }>;
			mimeTypes: Record<string, string>;
		};

	test('is within the 20 KB the service allows', () => {
		expect(Buffer.byteLength(read('staticwebapp.config.json'))).toBeLessThanOrEqual(
			STATIC_WEB_APP_CONFIG_LIMIT
		);
	});

	test('hides every host file with a 404 route, matched before any other rule (the first match is the only one applied)', () => {
		const { routes } = config();
		for (const file of HOST_FILES) {
			const hidden = routes.findIndex((route) => route.route === `${BASE}${file}`);
			expect(routes[hidden]?.statusCode, file).toBe(404);
			const matches = (route: SwaRoute) =>
				route.route === `${BASE}${file}` ||
				(route.route.endsWith('*') && `${BASE}${file}`.startsWith(route.route.slice(0, -1)));
			expect(routes.findIndex(matches), file).toBe(hidden);
		}
	});

	test('wildcards stand only at the end of a route; a missing page gets the 404 page', () => {
		for (const { route } of config().routes) {
			const star = route.indexOf('*');
			expect(star === -1 || star === route.length - 1, route).toBe(true);
		}
		expect(config().responseOverrides['404']?.rewrite).toBe(`${BASE}404.html`);
		expect(config().mimeTypes['.pf_fragment']).toBe('application/octet-stream');
	});
});

/** An XML element as the test reads it. */
interface XmlElement {
	name: string;
	path: string;
	attributes: Record<string, string>;
	children: XmlElement[];
}

/** Parses an XML file strictly (a malformed one fails the test) into its elements. */
function parseXml(text: string): XmlElement {
	const parser = sax.parser(true);
	const root: XmlElement = { name: '', path: '', attributes: {}, children: [] };
	const stack = [root];
	parser.onopentag = (tag) => {
		const parent = stack.at(-1)!;
		const element: XmlElement = {
			name: tag.name,
			path: parent.path ? `${parent.path}/${tag.name}` : tag.name,
			attributes: tag.attributes as Record<string, string>,
			children: [],
		};
		parent.children.push(element);
		stack.push(element);
	};
	parser.onclosetag = () => void stack.pop();
	parser.onerror = (error) => {
		throw error;
	};
	parser.write(text).close();
	return root.children[0]!;
}

const each = (element: XmlElement): XmlElement[] => [
	element,
	...element.children.flatMap((child) => each(child)),
];

type AttributeType = 'string' | 'boolean' | 'timeSpan' | 'uint' | 'int' | readonly string[];

/**
 * Every element web.config uses, by its path, as IIS's configuration reference documents it: the page,
 * and each attribute it lists with its type or its allowed values. An element or attribute not here is
 * one the test cannot vouch for.
 */
const IIS = 'https://learn.microsoft.com/iis/configuration';
const SCHEMA = 'https://learn.microsoft.com/previous-versions/iis/settings-schema';
const STATIC = 'configuration/system.webServer/staticContent';
const CLIENT_CACHE = {
	doc: `${IIS}/system.webserver/staticcontent/clientcache`,
	attributes: {
		cacheControlCustom: 'string',
		cacheControlMaxAge: 'timeSpan',
		cacheControlMode: ['NoControl', 'DisableCache', 'UseMaxAge', 'UseExpires'],
		httpExpires: 'string',
		setEtag: 'boolean',
	},
} as const;
const WEB_CONFIG_SCHEMA: Record<
	string,
	{ doc: string; attributes: Record<string, AttributeType> }
> = {
	configuration: { doc: `${IIS}/`, attributes: {} },
	'configuration/system.webServer': { doc: `${IIS}/system.webserver/`, attributes: {} },
	[STATIC]: {
		doc: `${IIS}/system.webserver/staticcontent/`,
		attributes: {
			defaultDocFooter: 'string',
			enableDocFooter: 'boolean',
			isDocFooterFileName: 'boolean',
		},
	},
	[`${STATIC}/mimeMap`]: {
		doc: `${IIS}/system.webserver/staticcontent/mimemap`,
		attributes: { fileExtension: 'string', mimeType: 'string' },
	},
	// "remove for staticContent Element": removes a single MIME mapping, by its file extension.
	[`${STATIC}/remove`]: {
		doc: `${SCHEMA}/bb422436(v=vs.90)`,
		attributes: { fileExtension: 'string' },
	},
	[`${STATIC}/clientCache`]: CLIENT_CACHE,
	'configuration/system.webServer/defaultDocument': {
		doc: `${IIS}/system.webserver/defaultdocument/`,
		attributes: { enabled: 'boolean' },
	},
	'configuration/system.webServer/defaultDocument/files': {
		doc: `${IIS}/system.webserver/defaultdocument/files/`,
		attributes: {},
	},
	'configuration/system.webServer/defaultDocument/files/clear': {
		doc: `${IIS}/system.webserver/defaultdocument/files/`,
		attributes: {},
	},
	// The page's attribute table says `name`; its configuration sample, and IIS, use `value`.
	'configuration/system.webServer/defaultDocument/files/add': {
		doc: `${IIS}/system.webserver/defaultdocument/files/add`,
		attributes: { value: 'string' },
	},
	'configuration/system.webServer/urlCompression': {
		doc: `${IIS}/system.webserver/urlcompression`,
		attributes: {
			doDynamicCompression: 'boolean',
			doStaticCompression: 'boolean',
			dynamicCompressionBeforeCache: 'boolean',
		},
	},
	'configuration/system.webServer/httpErrors': {
		doc: `${IIS}/system.webserver/httperrors/`,
		attributes: {
			allowAbsolutePathsWhenDelegated: 'boolean',
			defaultPath: 'string',
			defaultResponseMode: ['File', 'ExecuteURL', 'Redirect'],
			detailedMoreInformationLink: 'string',
			errorMode: ['DetailedLocalOnly', 'Custom', 'Detailed'],
			existingResponse: ['Auto', 'Replace', 'PassThrough'],
		},
	},
	// Its configuration sample removes the inherited error of one status code: `<remove statusCode="500" />`.
	'configuration/system.webServer/httpErrors/remove': {
		doc: `${IIS}/system.webserver/httperrors/`,
		attributes: { statusCode: 'uint', subStatusCode: 'int' },
	},
	'configuration/system.webServer/httpErrors/error': {
		doc: `${IIS}/system.webserver/httperrors/error`,
		attributes: {
			path: 'string',
			prefixLanguageFilePath: 'string',
			responseMode: ['File', 'ExecuteURL', 'Redirect'],
			statusCode: 'uint',
			subStatusCode: 'int',
		},
	},
	'configuration/system.webServer/httpProtocol': {
		doc: `${IIS}/system.webserver/httpprotocol/`,
		attributes: {},
	},
	'configuration/system.webServer/httpProtocol/customHeaders': {
		doc: `${IIS}/system.webserver/httpprotocol/customheaders/`,
		attributes: {},
	},
	'configuration/system.webServer/httpProtocol/customHeaders/remove': {
		doc: `${SCHEMA}/ms690687(v=vs.90)`,
		attributes: { name: 'string' },
	},
	'configuration/system.webServer/httpProtocol/customHeaders/add': {
		doc: `${IIS}/system.webserver/httpprotocol/customheaders/add`,
		attributes: { name: 'string', value: 'string' },
	},
	'configuration/system.webServer/security': {
		doc: `${IIS}/system.webserver/security/`,
		attributes: {},
	},
	'configuration/system.webServer/security/requestFiltering': {
		doc: `${IIS}/system.webserver/security/requestfiltering/`,
		attributes: {},
	},
	'configuration/system.webServer/security/requestFiltering/hiddenSegments': {
		doc: `${IIS}/system.webserver/security/requestfiltering/hiddensegments/`,
		attributes: { applyToWebDAV: 'boolean' },
	},
	'configuration/system.webServer/security/requestFiltering/hiddenSegments/remove': {
		doc: `${SCHEMA}/aa965125(v=vs.90)`,
		attributes: { segment: 'string' },
	},
	'configuration/system.webServer/security/requestFiltering/hiddenSegments/add': {
		doc: `${IIS}/system.webserver/security/requestfiltering/hiddensegments/add`,
		attributes: { segment: 'string' },
	},
	'configuration/location': {
		doc: 'https://learn.microsoft.com/previous-versions/dotnet/netframework-4.0/b6x6shw7(v=vs.100)',
		attributes: { path: 'string', allowOverride: 'boolean', inheritInChildApplications: 'boolean' },
	},
	'configuration/location/system.webServer': { doc: `${IIS}/system.webserver/`, attributes: {} },
	'configuration/location/system.webServer/staticContent': {
		doc: `${IIS}/system.webserver/staticcontent/`,
		attributes: {},
	},
	'configuration/location/system.webServer/staticContent/clientCache': CLIENT_CACHE,
};

function typeProblem(type: AttributeType, value: string): string | undefined {
	if (Array.isArray(type))
		return type.includes(value) ? undefined : `not one of ${type.join(', ')}`;
	switch (type) {
		case 'boolean':
			return /^(true|false)$/.test(value) ? undefined : 'not a Boolean';
		case 'uint':
			return /^\d+$/.test(value) ? undefined : 'not an unsigned integer';
		case 'int':
			return /^-?\d+$/.test(value) ? undefined : 'not an integer';
		case 'timeSpan':
			return /^(\d+\.)?\d{2}:\d{2}:\d{2}$/.test(value) ? undefined : 'not a timeSpan';
		default:
			return undefined;
	}
}

describe('IIS: web.config', () => {
	const elements = () => each(parseXml(read('web.config')));

	test('uses only the elements, attributes and values IIS documents', () => {
		const problems: string[] = [];
		for (const element of elements()) {
			const schema = WEB_CONFIG_SCHEMA[element.path];
			if (!schema) {
				problems.push(`<${element.path}> is not an element the test has IIS's documentation for`);
				continue;
			}
			for (const [name, value] of Object.entries(element.attributes)) {
				const type = schema.attributes[name];
				const problem = type ? typeProblem(type, value) : `not an attribute of (${schema.doc})`;
				if (problem) problems.push(`<${element.path} ${name}="${value}">: ${problem}`);
			}
		}
		expect(problems).toEqual([]);
	});

	test('the 404 error runs a server-relative URL, and the status codes are in the documented range', () => {
		// https://learn.microsoft.com/iis/configuration/system.webserver/httperrors/error: "If you choose the
		// ExecuteURL response mode, the path has to be a server relative URL"; statusCode 400 through 999.
		const errors = elements().filter((element) => element.name === 'error');
		expect(errors.length).toBeGreaterThan(0);
		for (const { attributes } of errors) {
			expect(attributes.responseMode).toBe('ExecuteURL');
			expect(attributes.path).toBe(`${BASE}404.html`);
			expect(Number(attributes.statusCode)).toBeGreaterThanOrEqual(400);
			expect(Number(attributes.statusCode)).toBeLessThanOrEqual(999);
		}
	});

	test('removes every header, MIME type and hidden segment before adding it, as a parent configuration may hold it', () => {
		// A collection rejects a second entry with the same key ("Cannot add duplicate collection entry").
		const keyed = {
			customHeaders: ['add', 'name'],
			staticContent: ['mimeMap', 'fileExtension'],
			hiddenSegments: ['add', 'segment'],
		} as const;
		let added = 0;
		for (const element of elements()) {
			const rule = keyed[element.name as keyof typeof keyed];
			if (!rule || element.path.startsWith('configuration/location')) continue;
			const [addName, key] = rule;
			const removed = new Set<string>();
			for (const child of element.children) {
				if (child.name === 'remove') removed.add(child.attributes[key]!);
				if (child.name === addName) {
					added++;
					expect(
						removed.has(child.attributes[key]!),
						`${element.name} ${child.attributes[key]}`
					).toBe(true);
				}
			}
		}
		expect(added).toBeGreaterThan(20);
	});

	test('request filtering hides every host file, the JSON one included though .json is served', () => {
		const hidden = elements()
			.filter((element) => element.path.endsWith('hiddenSegments/add'))
			.map((element) => element.attributes.segment);
		expect(hidden).toEqual([...HOST_FILES]);
		expect(read('web.config')).toContain('<mimeMap fileExtension=".json"');
	});
});

/**
 * Each directive the .htaccess uses, with the override class Apache's documentation gives it
 * (https://httpd.apache.org/docs/2.4/mod/, each directive's "Override" line). `All` marks the section
 * containers, which httpd allows under any override class (server/config.c checks that the directive's
 * classes and the allowed ones overlap; core.c gives them every class).
 */
const APACHE_DIRECTIVES: Record<string, { override: string; doc: string }> = {
	DirectoryIndex: { override: 'Indexes', doc: 'mod_dir.html#directoryindex' },
	ErrorDocument: { override: 'FileInfo', doc: 'core.html#errordocument' },
	AddType: { override: 'FileInfo', doc: 'mod_mime.html#addtype' },
	AddCharset: { override: 'FileInfo', doc: 'mod_mime.html#addcharset' },
	Header: { override: 'FileInfo', doc: 'mod_headers.html#header' },
	Redirect: { override: 'FileInfo', doc: 'mod_alias.html#redirect' },
	AddOutputFilterByType: { override: 'FileInfo', doc: 'mod_filter.html#addoutputfilterbytype' },
	'<If': { override: 'All', doc: 'core.html#if' },
	'<FilesMatch': { override: 'All', doc: 'core.html#filesmatch' },
	'<IfModule': { override: 'All', doc: 'core.html#ifmodule' },
};

describe('Apache: .htaccess', () => {
	test(`uses only directives allowed under the README's AllowOverride ${APACHE_ALLOW_OVERRIDE}`, () => {
		const allowed = APACHE_ALLOW_OVERRIDE.split(' ');
		const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
		expect(readme).toContain(`\`AllowOverride ${APACHE_ALLOW_OVERRIDE}\``);
		const directives = read('.htaccess')
			.split('\n')
			.map((line) => line.trim())
			.filter((line) => line !== '' && !line.startsWith('#') && !line.startsWith('</'))
			.map((line) => line.split(/\s/)[0]!);
		expect(directives).toContain('Redirect');
		for (const directive of directives) {
			const entry = APACHE_DIRECTIVES[directive];
			expect(entry, `${directive} has no documented override here`).toBeDefined();
			if (entry!.override !== 'All') expect(allowed, directive).toContain(entry!.override);
		}
	});

	test('sends a UTF-8 charset with every text type', () => {
		expect(read('.htaccess')).toMatch(/^AddCharset utf-8 .*\.css .*\.js .*\.json/m);
	});
});

describe('nginx: nginx.conf', () => {
	// https://nginx.org/en/docs/http/ngx_http_core_module.html#location: only a proxied location redirects
	// its bare path by itself, so the snippet does it; error_page's "=response" turns nginx's 403 for a
	// folder without an index into the 404 page.
	test('redirects the bare base path and answers a folder without a page with the 404 page', () => {
		const snippet = read('nginx.conf');
		expect(snippet).toContain(`location = /kb/remoting {\n    return 301 ${BASE};\n}`);
		expect(snippet).toContain(`error_page 403 =404 ${BASE}404.html;`);
	});
});
