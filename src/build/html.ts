/**
 * The one HTML reader of the build: parse5, which follows the HTML standard's parsing algorithm as browsers
 * do. Every build-time place that reads the HTML the site rendered (headings and labels, page policies,
 * redirect stubs, the pages of the built site) goes through here, and the parser decodes character
 * references the way a browser does, so no code of ours decodes them again.
 */
import { parse, parseFragment, type DefaultTreeAdapterTypes } from 'parse5';

export type HtmlDocument = DefaultTreeAdapterTypes.Document;
export type HtmlFragment = DefaultTreeAdapterTypes.DocumentFragment;
export type HtmlElement = DefaultTreeAdapterTypes.Element;
type HtmlNode = DefaultTreeAdapterTypes.Node;

/** A whole page, with the source offsets of every element and attribute (to rewrite one in place). */
export function parseHtml(html: string): HtmlDocument {
	return parse(html, { sourceCodeLocationInfo: true });
}

/** A fragment, such as a heading's rendered slot, parsed as the content of a `<body>`. */
export function parseHtmlFragment(html: string): HtmlFragment {
	return parseFragment(html);
}

function childrenOf(node: HtmlNode): readonly HtmlNode[] {
	if (node.nodeName === 'template')
		return (node as DefaultTreeAdapterTypes.Template).content.childNodes;
	return 'childNodes' in node ? node.childNodes : [];
}

function isElement(node: HtmlNode): node is HtmlElement {
	return 'tagName' in node;
}

/** Every element below a node, in document order, optionally only those with one of the given tag names. */
export function elementsOf(root: HtmlNode, ...tagNames: string[]): HtmlElement[] {
	const found: HtmlElement[] = [];
	const visit = (node: HtmlNode) => {
		for (const child of childrenOf(node)) {
			if (isElement(child) && (tagNames.length === 0 || tagNames.includes(child.tagName)))
				found.push(child);
			visit(child);
		}
	};
	visit(root);
	return found;
}

/** An attribute's value (decoded), or undefined when the element does not have it. */
export function attributeOf(element: HtmlElement, name: string): string | undefined {
	return element.attrs.find((attribute) => attribute.name === name)?.value;
}

/** The text of a node as the DOM's `textContent` gives it: every text below it, tags dropped. */
export function textContentOf(node: HtmlNode): string {
	if (node.nodeName === '#text') return (node as DefaultTreeAdapterTypes.TextNode).value;
	return childrenOf(node).map(textContentOf).join('');
}

/** The `<meta http-equiv="…">` of a page with that (case-insensitive) name, if it has one. */
export function metaHttpEquiv(document: HtmlDocument, name: string): HtmlElement | undefined {
	return elementsOf(document, 'meta').find(
		(meta) => attributeOf(meta, 'http-equiv')?.toLowerCase() === name
	);
}

/** A value escaped for a double-quoted HTML or XML attribute. */
export function escapeAttribute(value: string): string {
	return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
