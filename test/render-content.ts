/**
 * Renders fixtures through the site's own Markdown pipeline (src/content/markdown-pipeline.ts, as
 * astro.config.mjs sets it up), so unit tests check what a page renders rather than a second parse.
 */
import { satteri } from '@astrojs/markdown-satteri';
import { renderedOutline, type ContentOutline } from '../src/content/content-outline';
import { processorOptions, shikiConfig } from '../src/content/markdown-pipeline';

const processor = satteri(processorOptions);
const shared = { syntaxHighlight: 'shiki' as const, shikiConfig };
const mdx = processor.createMdxRenderer!(shared, { optimize: false });
const markdown = processor.createRenderer(shared);
const root = new URL('../', import.meta.url).pathname;

/** The outline an MDX body's render records, as the catalog reads it. */
export async function outlineOf(
	body: string,
	filePath = 'content/fixes/fixture.mdx'
): Promise<ContentOutline> {
	const { code } = await (await mdx).process(body, `${root}${filePath}`, {});
	// The compiled module exports the render's frontmatter as one JSON line; Astro's render() hands it on.
	const frontmatter = /^export const frontmatter = (.*);$/m.exec(code)?.[1];
	if (!frontmatter) throw new Error('the MDX render exported no frontmatter');
	return renderedOutline(JSON.parse(frontmatter) as Record<string, unknown>, filePath);
}

/** The HTML a Markdown body renders to, highlighted code blocks included. */
export async function htmlOf(
	body: string,
	filePath = 'content/fixes/fixture.mdx'
): Promise<string> {
	const { code } = await (
		await markdown
	).render(body, { fileURL: new URL(`file://${root}${filePath}`), frontmatter: {} });
	return code;
}
