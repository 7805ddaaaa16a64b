/**
 * A Shiki transformer for the fixes' PowerShell blocks: it wraps every declared slot in a
 * `<span data-slot="kind" data-quote="context">` so the page can put the reader's values in place, and
 * marks the block that a ticket should carry with `data-primary` and a block scoped to PowerShell 7 with `data-ps`. The meta is read once per block. The
 * content-outline plugin has already stopped the build, naming file and line, on a declaration that
 * cannot be used; should one reach Shiki another way, it throws rather than leave slots unmarked.
 */
import type { ShikiTransformer } from 'shiki';
import { locateSlots, parseCodeMeta } from '../values/code-meta';
import { stringContextAt } from '../values/powershell-quote';

/** What `preprocess` learns about a block for the later hooks; Shiki hands them the same `meta` object. */
type BlockMeta = { primary?: boolean; ps?: string | undefined };

export function slotTransformer(): ShikiTransformer {
	return {
		name: 'psrt:slots',
		preprocess(code, options) {
			const meta = parseCodeMeta(options.meta?.__raw);
			(this.meta as BlockMeta).primary = meta.primary;
			(this.meta as BlockMeta).ps = meta.ps;
			if (meta.slots.length === 0) return;
			options.decorations = [
				...(options.decorations ?? []),
				...locateSlots(code, meta.slots).map((range) => ({
					start: range.start,
					end: range.end,
					properties: {
						class: 'rt-slot',
						'data-slot': range.kind,
						'data-example': range.example,
						'data-quote': stringContextAt(code, range.start),
					},
				})),
			];
		},
		pre(node) {
			const { primary, ps } = this.meta as BlockMeta;
			if (primary) node.properties['data-primary'] = '';
			if (ps) node.properties['data-ps'] = ps;
		},
	};
}
