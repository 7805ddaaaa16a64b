/**
 * The link-preview image of a page, rendered at build time without a browser: satori lays out the card
 * as SVG, resvg turns it into a PNG of 1200x630, the size chat and ticket tools expect.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

export interface OgCard {
	/** `Error`, `Fix`, `Note` or the site's own card. */
	kind: 'Error' | 'Fix' | 'Note' | 'Site';
	title: string;
	/** The error's message, shown as Windows prints it. */
	message?: string | undefined;
	summary: string;
	/** For fixes: whether they need Run as administrator. */
	elevated?: boolean | undefined;
	/** Where the page lives, e.g. `/errors/access-denied/`. */
	path: string;
	siteName: string;
}

export interface OgFonts {
	regular: ArrayBuffer | Buffer;
	bold: ArrayBuffer | Buffer;
}

/**
 * Inter, the card's typeface, from its package (`@fontsource/inter`), found the way Node finds any
 * installed package: from wherever this code runs (the source, or the build's bundle inside the project).
 */
export function interFonts(): OgFonts {
	const require = createRequire(import.meta.url);
	const font = (weight: 400 | 700) =>
		readFileSync(require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`));
	return { regular: font(400), bold: font(700) };
}

type Node = { type: string; props: { style?: Record<string, unknown>; children?: unknown } };
const h = (type: string, style: Record<string, unknown>, children?: unknown): Node => ({
	type,
	props: { style, children },
});

const PADDING = 64;
/** Satori wraps text only within a known width. */
const INNER = OG_WIDTH - 2 * PADDING;

// The card's own palette: it is an image, so the site's CSS custom properties do not reach it.
const INK = '#e6edf3';
const MUTED = '#9da7b3';
const ACCENT = { Error: '#ff7b72', Fix: '#56d364', Note: '#6cb6ff', Site: '#6cb6ff' } as const;

/** Shrinks the type as the text grows, so long messages still fit the card. */
function fit(text: string, sizes: [number, number][]): number {
	for (const [limit, size] of sizes) if (text.length <= limit) return size;
	return sizes.at(-1)![1];
}

function clip(text: string, max: number): string {
	return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** The card as satori lays it out: an SVG of exactly 1200x630. */
export async function ogCardSvg(card: OgCard, fonts: OgFonts): Promise<string> {
	const accent = ACCENT[card.kind];
	const body = card.message ? clip(card.message, 300) : clip(card.summary, 200);
	const tree = h(
		'div',
		{
			width: OG_WIDTH,
			height: OG_HEIGHT,
			boxSizing: 'border-box',
			display: 'flex',
			flexDirection: 'column',
			justifyContent: 'space-between',
			padding: PADDING,
			background: '#0d1117',
			color: INK,
			fontFamily: 'Inter',
			borderTop: `16px solid ${accent}`,
		},
		[
			h('div', { display: 'flex', alignItems: 'center', gap: 20, fontSize: 28, color: MUTED }, [
				h(
					'div',
					{
						display: 'flex',
						padding: '6px 18px',
						borderRadius: 999,
						border: `2px solid ${accent}`,
						color: accent,
						fontWeight: 700,
					},
					card.kind === 'Site' ? 'WinRM errors' : card.kind
				),
				h('div', { display: 'flex' }, card.siteName),
			]),
			h('div', { display: 'flex', flexDirection: 'column', gap: 28, width: INNER }, [
				h(
					'div',
					{
						display: 'flex',
						width: INNER,
						fontSize: fit(card.title, [
							[40, 64],
							[70, 54],
							[1000, 44],
						]),
						fontWeight: 700,
						lineHeight: 1.15,
					},
					clip(card.title, 110)
				),
				h(
					'div',
					{
						display: 'flex',
						width: INNER,
						fontSize: fit(body, [
							[90, 34],
							[170, 30],
							[240, 26],
							[1000, 24],
						]),
						lineHeight: 1.4,
						color: card.message ? INK : MUTED,
						...(card.message
							? {
									boxSizing: 'border-box',
									padding: '20px 28px',
									background: '#161b22',
									borderLeft: `6px solid ${accent}`,
									borderRadius: 8,
								}
							: {}),
					},
					body
				),
			]),
			h(
				'div',
				{
					display: 'flex',
					width: INNER,
					justifyContent: 'space-between',
					fontSize: 26,
					color: MUTED,
				},
				[
					h('div', { display: 'flex' }, card.path),
					h(
						'div',
						{ display: 'flex', color: card.elevated ? '#e3b341' : MUTED },
						card.elevated === undefined
							? ''
							: card.elevated
								? 'Needs Run as administrator'
								: 'No elevation needed'
					),
				]
			),
		]
	);
	return satori(tree as Parameters<typeof satori>[0], {
		width: OG_WIDTH,
		height: OG_HEIGHT,
		fonts: [
			{ name: 'Inter', data: fonts.regular, weight: 400, style: 'normal' },
			{ name: 'Inter', data: fonts.bold, weight: 700, style: 'normal' },
		],
	});
}

export async function renderOgImage(card: OgCard, fonts: OgFonts): Promise<Uint8Array> {
	return new Resvg(await ogCardSvg(card, fonts), { fitTo: { mode: 'width', value: OG_WIDTH } })
		.render()
		.asPng();
}
