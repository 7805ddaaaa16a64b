/**
 * The Pagefind index of the built pages, written into `pagefind/` beside them, so a build is always
 * searchable whatever its output folder or base path. Pagefind reads the pages the site already read
 * (their final HTML, after the page policies); only the `[data-pagefind-body]` of the error and fix pages
 * is indexed.
 */
import * as pagefind from 'pagefind';
import type { BuildStep } from './step';

export const PAGEFIND_FOLDER = 'pagefind/';

export const pagefindStep: BuildStep = {
	name: 'Pagefind index',
	async run(site, report) {
		const { index, errors } = await pagefind.createIndex({});
		if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
		try {
			for (const page of site.pages) {
				const added = await index.addHTMLFile({ sourcePath: page.path, content: page.html });
				if (added.errors.length > 0)
					throw new Error(`Pagefind could not index ${page.path}: ${added.errors.join('; ')}`);
			}
			const bundle = await index.getFiles();
			if (bundle.errors.length > 0)
				throw new Error(`Pagefind could not write its bundle: ${bundle.errors.join('; ')}`);
			for (const file of bundle.files) site.write(`${PAGEFIND_FOLDER}${file.path}`, file.content);
			report(`${bundle.files.length} files in ${PAGEFIND_FOLDER}`);
		} finally {
			await pagefind.close();
		}
	},
};
