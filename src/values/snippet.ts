/**
 * The ticket snippet of an error or fix page, in Markdown (for tools that render it) or in plain text
 * (for tools that would show `**` and code fences as typed): the page and its link, the error the reader
 * came from, the most likely fix, and the one command to run with the reader's values in place.
 */

export type SnippetFormat = 'markdown' | 'text';

export interface SnippetParts {
	/** The page's title. */
	title: string;
	/** The step the link points at, if any. */
	step?: string | undefined;
	/** The page's address, without the reader's paste or values. */
	url: string;
	/** On a fix page: the error the reader came from. */
	fromError?: { title: string; url: string } | undefined;
	/** On an error page: the fix listed first. */
	fix?: { title: string; url: string } | undefined;
	/** The command to run, as the page shows it. */
	command?: string | undefined;
}

/** A Markdown fence that the command cannot close early. */
function fence(command: string): string {
	const longest = Math.max(2, ...[...command.matchAll(/`+/g)].map((run) => run[0].length));
	const ticks = '`'.repeat(longest + 1);
	return `${ticks}powershell\n${command}\n${ticks}`;
}

export function ticketSnippet(parts: SnippetParts, format: SnippetFormat): string {
	const markdown = format === 'markdown';
	const title = markdown ? `**${parts.title}**` : parts.title;
	const lines = [`${title}${parts.step ? `, step: ${parts.step}` : ''}`, parts.url];
	if (parts.fromError)
		lines.push('', `For the error: ${parts.fromError.title}`, parts.fromError.url);
	if (parts.fix) lines.push('', `Most likely fix: ${parts.fix.title}`, parts.fix.url);
	if (parts.command !== undefined)
		lines.push('', 'Run:', markdown ? fence(parts.command) : parts.command);
	return lines.join('\n');
}
