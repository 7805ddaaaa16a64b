/**
 * The bench's real pastes in two halves, by thread, so that `bench:search` can report a half no wording was
 * copied from. A thread is the public page a paste was posted on (an issue, a pull request, a forum thread);
 * every paste of one thread falls in the same half.
 *
 * - `tune`: threads the matcher and the catalog may learn from. A wording the catalog quotes from a public
 *   paste (`{ text, url }`) must come from a tune thread (checked by test/bench-split.test.ts).
 * - `check`: threads nobody copies wordings from; their figures say how the search does on text it was not
 *   shaped by.
 *
 * The half is a hash of the thread and a fixed seed, except for the threads the catalog already quoted when
 * the split was made (QUOTED_BEFORE_SPLIT): those were learnt from, so they are tune, whatever the hash says.
 * Neither the seed nor that list ever changes; a new thread's half is the hash's.
 */

/** The fixed seed of the split. */
export const SPLIT_SEED = 'psrt-split-2026-12-03';

/** Threads the catalog quoted on 2026-12-03, when the split was made. Frozen. */
export const QUOTED_BEFORE_SPLIT = new Set([
	'github.com/azure/azure-quickstart-templates/issues/902',
	'github.com/azure/azure-sdk-tools-samples/issues/79',
	'github.com/esri/arcgis-powershell-dsc/issues/453',
	'github.com/microsoftdocs/azure-devops-docs/issues/12707',
	'github.com/microsoftdocs/windowsserverdocs/issues/1500',
	'github.com/powershell/powershell/issues/10966',
	'github.com/powershell/powershell/issues/12219',
	'github.com/powershell/powershell/issues/15070',
	'github.com/powershell/powershell/issues/1626',
	'github.com/powershell/powershell/issues/3708',
	'github.com/powershell/psl-omi-provider/issues/97',
	'github.com/winrb/winrm-fs/issues/32',
	'github.com/wintus/ansible-wsl/issues/13',
	'github.com/wintus/ansible-wsl/issues/14',
	'github.com/ansible/ansible/issues/23320',
	'github.com/ansible/ansible/issues/38447',
	'github.com/ansible/ansible/issues/39327',
	'github.com/ansible/ansible/issues/52991',
	'github.com/ansible/ansible/issues/75018',
	'github.com/clong/detectionlab/issues/635',
	'github.com/diyan/pywinrm/pull/51',
	'github.com/dmitry-zaets/vagrantfile-windows-iis-mssql/issues/7',
	'github.com/dsccommunity/sharepointdsc/issues/51',
	'github.com/dsccommunity/sharepointdsc/issues/860',
	'github.com/guitarrapc/valentia/issues/14',
	'github.com/jborean93/omi/issues/70',
	'github.com/jborean93/pypsrp/issues/118',
	'github.com/jborean93/pypsrp/issues/36',
	'github.com/kanej/posh-cowsay/issues/15',
	'github.com/lipkau/psini/issues/74',
	'github.com/mattmcspirit/hybridworkshop/issues/6',
	'github.com/michaellwest/powershell-remoting-explorer/issues/2',
	'github.com/microsoft/sdndiagnostics/issues/10',
	'github.com/microsoft/azure-pipelines-extensions/issues/135',
	'github.com/microsoft/azure-pipelines-tasks/issues/1774',
	'github.com/microsoft/diskspd/issues/171',
	'github.com/powercode/psparallel/issues/3',
	'github.com/rzander/sccmclictr/issues/73',
	'github.com/test-kitchen/test-kitchen/issues/656',
]);

/**
 * The thread a URL belongs to: host and path, lower-cased, without scheme, `www.`, query, fragment or a
 * trailing slash; a GitHub issue, pull request or discussion without the comment or file part after its
 * number.
 */
export function threadOf(url) {
	const parsed = new URL(url);
	const host = parsed.hostname.toLowerCase().replace(/^www\./, '');
	let path = parsed.pathname.toLowerCase().replace(/\/+$/, '');
	if (host === 'github.com') {
		const item = /^(\/[^/]+\/[^/]+\/(?:issues|pull|discussions)\/\d+)/.exec(path);
		if (item) path = item[1];
	}
	return `${host}${path}`;
}

/** FNV-1a, 32 bits: small, stable across Node versions, and good enough to spread threads evenly. */
function fnv1a(text) {
	let hash = 0x811c9dc5;
	for (const byte of new TextEncoder().encode(text)) {
		hash ^= byte;
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash;
}

/** `tune` or `check` for a paste's URL (a paste without a URL is constructed, in neither half). */
export function halfOf(url) {
	const thread = threadOf(url);
	if (QUOTED_BEFORE_SPLIT.has(thread)) return 'tune';
	return fnv1a(`${SPLIT_SEED}\n${thread}`) % 2 === 0 ? 'tune' : 'check';
}
