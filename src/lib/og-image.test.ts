import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { OG_HEIGHT, OG_WIDTH, renderOgImage } from './og-image';

const font = (weight: number) => readFileSync(new URL(`../../node_modules/@fontsource/inter/files/inter-latin-${weight}-normal.woff`, import.meta.url));

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Uint8Array): { width: number; height: number } {
	const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
	return { width: view.getUint32(16), height: view.getUint32(20) };
}

test('a preview card is a 1200x630 PNG, even for the longest message and title', async () => {
	const png = await renderOgImage(
		{
			kind: 'Error',
			title: 'A title long enough to need three lines on a card of this size, and then some more words'.repeat(2),
			message: 'The WinRM client cannot process the request. '.repeat(12),
			summary: 'unused for errors',
			path: '/errors/trustedhosts-required/',
			siteName: 'PowerShell Remoting Troubleshooter',
		},
		{ regular: font(400), bold: font(700) },
	);
	expect([...png.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
	expect(pngSize(png)).toEqual({ width: OG_WIDTH, height: OG_HEIGHT });
});
