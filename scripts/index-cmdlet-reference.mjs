#!/usr/bin/env node
/**
 * Writes sources/cmdlet-reference/index.json: for each vendored cmdlet page, its version folder, module,
 * cmdlet name and public URL (the page's `online version`, without the help system's tracking parameter).
 * src/content/sources.ts turns each into a citable source; test/cmdlet-reference.test.ts fails when the
 * index and the folder disagree, so run this after vendoring a page:
 *
 *   node scripts/index-cmdlet-reference.mjs
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const REFERENCE_DIR = 'sources/cmdlet-reference';

/** Every cmdlet page under the reference folder, sorted, as index rows. */
export function indexCmdletReference(root = REFERENCE_DIR) {
	const rows = [];
	for (const version of readdirSync(root, { withFileTypes: true })) {
		if (!version.isDirectory()) continue;
		for (const module of readdirSync(join(root, version.name)).sort()) {
			for (const file of readdirSync(join(root, version.name, module)).sort()) {
				const cmdlet = file.replace(/\.md$/, '');
				// Each module folder also holds the module's own landing page, which documents no cmdlet.
				if (!file.endsWith('.md') || cmdlet === module) continue;
				const text = readFileSync(join(root, version.name, module, file), 'utf8');
				// Pages in the newer PlatyPS schema name it `HelpUri`.
				const online = /^(?:online version|HelpUri):\s*(\S+)/m.exec(text)?.[1];
				if (!online)
					throw new Error(`${join(root, version.name, module, file)}: no online version`);
				const url = new URL(online);
				for (const key of [...url.searchParams.keys()])
					if (key.toLowerCase() === 'wt.mc_id') url.searchParams.delete(key);
				rows.push({ version: version.name, module, cmdlet, url: url.href });
			}
		}
	}
	return rows.sort((a, b) => `${a.version}/${a.cmdlet}`.localeCompare(`${b.version}/${b.cmdlet}`));
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const rows = indexCmdletReference();
	writeFileSync(join(REFERENCE_DIR, 'index.json'), `${JSON.stringify(rows, null, '\t')}\n`);
	console.log(`indexed ${rows.length} cmdlet pages`);
}
