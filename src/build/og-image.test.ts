import { Resvg } from '@resvg/resvg-js';
import { expect, test } from 'vitest';
import { interFonts, OG_HEIGHT, OG_WIDTH, ogCardSvg, renderOgImage, type OgCard } from './og-image';

const fonts = interFonts();

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Uint8Array): { width: number; height: number } {
	const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
	return { width: view.getUint32(16), height: view.getUint32(20) };
}

const card: OgCard = {
	kind: 'Error',
	title: 'Access is denied',
	message: 'Access is denied.',
	summary: 'unused for errors',
	path: '/errors/trustedhosts-required/',
	siteName: 'PowerShell Remoting Troubleshooter',
};

/** The RGBA pixels of a band of rows across the whole card. */
async function rows(of: OgCard, from: number, to: number): Promise<Buffer> {
	const { pixels } = new Resvg(await ogCardSvg(of, fonts)).render();
	return pixels.subarray(from * OG_WIDTH * 4, to * OG_WIDTH * 4);
}

test('a preview card is a 1200x630 PNG', async () => {
	const png = await renderOgImage(card, fonts);
	expect([...png.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
	expect(pngSize(png)).toEqual({ width: OG_WIDTH, height: OG_HEIGHT });
});

test('the longest message and title still fit: the header and the footer stay exactly where a short card has them', async () => {
	const longest: OgCard = {
		...card,
		title:
			'A title long enough to need three lines on a card of this size, and then some more words'.repeat(
				2
			),
		message: 'The WinRM client cannot process the request. '.repeat(12),
	};
	// The header (the kind and the site name) and the footer (the path) bands, inside the padding.
	for (const [from, to] of [
		[16, 130],
		[520, 600],
	] as const) {
		expect(
			(await rows(longest, from, to)).equals(await rows(card, from, to)),
			`rows ${from}-${to}`
		).toBe(true);
	}
});
