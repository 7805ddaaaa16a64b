/** Slug rules shared by the schema, the content checks and the upstream citation links. */

/** A slug is lowercase words of letters and digits joined by single hyphens. */
export const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isKebabCase(value: string): boolean {
	return KEBAB_CASE.test(value);
}

/** A kebab-case id made from a title, e.g. `Policy, on many computers` → `policy-on-many-computers`. */
export function kebabOf(text: string): string {
	return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'section';
}

/**
 * The anchor learn.microsoft.com gives a heading: lowercase, punctuation dropped, spaces to hyphens.
 * Used to link a citation to the exact upstream section.
 */
export function headingAnchor(heading: string): string {
	return heading
		.toLowerCase()
		.replace(/[^\p{L}\p{N}\s-]/gu, '')
		.trim()
		.replace(/\s+/g, '-');
}
