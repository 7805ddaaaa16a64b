/**
 * The components MDX bodies render with: headings with anchor links, code blocks with copy buttons,
 * asides, and example values in prose that follow the reader's own. The one place MDX elements are
 * mapped to components.
 */
import AnchorHeading from './AnchorHeading.astro';
import Aside from './Aside.astro';
import CodeBlock from './CodeBlock.astro';
import Example from './Example.astro';

export const mdxComponents = {
	h2: AnchorHeading,
	h3: AnchorHeading,
	h4: AnchorHeading,
	pre: CodeBlock,
	Aside,
	Example,
};
