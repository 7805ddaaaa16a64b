/**
 * Findings on the real content that a catalog-wide test knows of and that could not be fixed from the
 * sources alone, each with why. A test lets these through and fails on any other finding; it also fails
 * when a listed one no longer occurs, so an entry leaves its list as soon as the page is fixed.
 */
export interface OpenFinding {
	file: string;
	/** Text the formatted finding contains (`file:line: …`). */
	match: string;
	why: string;
}

function matches(open: OpenFinding, finding: string): boolean {
	return finding.startsWith(`${open.file}:`) && finding.includes(open.match);
}

/** The findings no open entry accounts for. */
export function unexpected(findings: readonly string[], open: readonly OpenFinding[]): string[] {
	return findings.filter((finding) => !open.some((entry) => matches(entry, finding)));
}

/** The open entries that match no finding any more. */
export function stale(all: readonly string[], open: readonly OpenFinding[]): OpenFinding[] {
	return open.filter((entry) => !all.some((finding) => matches(entry, finding)));
}
