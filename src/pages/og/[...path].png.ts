import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCatalog } from '../../data/catalog';
import { SITE_NAME } from '../../data/site';
import { interFonts, renderOgImage, type OgCard } from '../../build/og-image';
import { entryPath } from '../../build/urls';

/** One preview image per page: `/og/errors/<slug>.png`, `/og/fixes/<slug>.png` and `/og/site.png`. */
export const getStaticPaths = (async () => {
	const catalog = await loadCatalog();
	const cards: OgCard[] = [
		...catalog.errors.map((error) => ({
			kind: 'Error' as const,
			title: error.data.title,
			message: error.data.messages[0]!.text,
			summary: error.data.summary,
			path: entryPath('errors', error.id),
			siteName: SITE_NAME,
		})),
		...catalog.fixes.map((fix) => ({
			kind: fix.data.kind === 'note' ? ('Note' as const) : ('Fix' as const),
			title: fix.data.title,
			summary: fix.data.summary,
			elevated: fix.data.kind === 'note' ? undefined : fix.data.elevated,
			path: entryPath('fixes', fix.id),
			siteName: SITE_NAME,
		})),
		{
			kind: 'Site',
			title: 'Paste a PowerShell remoting error, get its fix',
			summary:
				'Every error of about_Remote_Troubleshooting has a page, and every procedure its own page with commands to copy.',
			path: '/',
			siteName: SITE_NAME,
		},
	];
	return cards.map((card) => ({
		params: { path: card.kind === 'Site' ? 'site' : card.path.replace(/^\/|\/$/g, '') },
		props: { card },
	}));
}) satisfies GetStaticPaths;

const fonts = interFonts();

export const GET: APIRoute = async ({ props }) => {
	const png = await renderOgImage((props as { card: OgCard }).card, fonts);
	return new Response(Buffer.from(png), { headers: { 'Content-Type': 'image/png' } });
};
