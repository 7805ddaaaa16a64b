/**
 * A Sätteri hast plugin that tells each h2–h4 its level as a property, so one AnchorHeading component
 * can render every MDX heading (MDX passes the heading's props, not its tag name).
 */
export const headingLevels = {
	name: 'psrt:heading-levels',
	element: {
		filter: ['h2', 'h3', 'h4'],
		visit(node: { tagName: string }, ctx: { setProperty(node: unknown, key: string, value: unknown): void }) {
			ctx.setProperty(node, 'level', Number(node.tagName[1]));
		},
	},
};
