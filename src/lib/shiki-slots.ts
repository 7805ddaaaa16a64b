/**
 * A Shiki transformer for the fixes' PowerShell blocks: it wraps every declared slot in a
 * `<span data-slot="kind" data-quote="context">` so the page can put the reader's values in place, and
 * marks the block that a ticket should carry with `data-primary`. Declaration errors are reported by the
 * content checks, which know the file; here a bad declaration simply marks nothing.
 */
import type { ShikiTransformer } from 'shiki';
import { CodeMetaError, locateSlots, parseCodeMeta, type CodeMeta } from './code-meta';
import { stringContextAt } from './powershell-quote';

function readMeta(raw: string | undefined): CodeMeta | undefined {
	try {
		return parseCodeMeta(raw);
	} catch (error) {
		if (error instanceof CodeMetaError) return undefined;
		throw error;
	}
}

export function slotTransformer(): ShikiTransformer {
	return {
		name: 'psrt:slots',
		preprocess(code, options) {
			const meta = readMeta(options.meta?.__raw);
			if (!meta || meta.slots.length === 0) return;
			let ranges;
			try {
				ranges = locateSlots(code, meta.slots);
			} catch (error) {
				if (error instanceof CodeMetaError) return;
				throw error;
			}
			options.decorations = [
				...(options.decorations ?? []),
				...ranges.map((range) => ({
					start: range.start,
					end: range.end,
					properties: {
						class: 'slot',
						'data-slot': range.kind,
						'data-example': range.example,
						'data-quote': stringContextAt(code, range.start),
					},
				})),
			];
		},
		pre(node) {
			if (readMeta(this.options.meta?.__raw)?.primary) node.properties['data-primary'] = '';
		},
	};
}
