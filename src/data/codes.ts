/**
 * The code reference, built once per build from the vendored Windows SDK headers and code table and from
 * the catalog. A header that disagrees with the table, or a table code the header lacks, stops the build
 * naming the code: the page and `codes.json` never ship a code without its message.
 */
import { AstroError } from 'astro/errors';
import {
	compareWithTable,
	parseCodeTable,
	parseHeader,
	win32Hresults,
	type HeaderCode,
} from '../codes/header';
import { buildCodeReference, type CodeReference } from '../codes/reference';
import { loadCatalog } from './catalog';
import { entryHref } from './site';
import { readSourceFile } from '../content/catalog-files';

// Read at build time: the built pages never read the sources.
const wsmanHeader = readSourceFile('windows-sdk/wsmerror.h');
const windowsHeader = readSourceFile('windows-sdk/winerror-excerpt.h');
const table = readSourceFile('wsman-error-codes.tsv');

/** The WinRM header's codes; throws, naming each code, where the table says otherwise. */
function readWinrmCodes(): HeaderCode[] {
	const codes = parseHeader(wsmanHeader, 'sources/windows-sdk/wsmerror.h');
	const problems = compareWithTable(codes, parseCodeTable(table));
	if (problems.length > 0) {
		throw new AstroError(
			`sources/wsman-error-codes.tsv and sources/windows-sdk/wsmerror.h disagree:\n${problems.join('\n')}`
		);
	}
	return codes;
}

/** The Windows codes of the excerpt, and the HRESULT of each Win32 code among them (`0x80070426`). */
function readWindowsCodes(): HeaderCode[] {
	const codes = parseHeader(windowsHeader, 'sources/windows-sdk/winerror-excerpt.h');
	return [...codes, ...win32Hresults(codes)];
}

let loading: Promise<CodeReference> | undefined;

export function loadCodeReference(): Promise<CodeReference> {
	loading ??= loadCatalog().then((catalog) =>
		buildCodeReference(
			readWinrmCodes(),
			readWindowsCodes(),
			catalog.errors.map((error) => ({
				slug: error.id,
				title: error.data.title,
				url: entryHref('errors', error.id),
				messages: error.data.messages.map((message) => message.text),
				codes: error.data.signals.codes,
			}))
		)
	);
	return loading;
}
