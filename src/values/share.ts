/**
 * `<rt-share-tools>`: links without the reader's paste or values in them (those stay in this tab), to
 * the page or to the step in the address, and a ticket snippet in Markdown or in plain text: the page,
 * the command to run with the reader's values, and on a fix page the error the reader came from, when
 * the address names one this fix resolves.
 */
import type { SlotRange } from './code-meta';
import { parseFragment } from './fragment';
import { ticketSnippet, type SnippetFormat } from './snippet';
import { admitErrorSlug } from './value-store';
import { copyWithFeedback } from '../ui/clipboard';
import { commandWithValues, fromErrorParam } from './page-values';

/** The step the address points at, if it names a heading on this page. */
function currentStep(): HTMLElement | undefined {
	const { anchor } = parseFragment(location.hash);
	const target = anchor ? document.getElementById(anchor) : null;
	return target && /^H[2-4]$/.test(target.tagName) ? target : undefined;
}

/** The page's own address, with only a step anchor: never a query, never the reader's values. */
function shareUrl(): string {
	const step = currentStep();
	return `${location.origin}${location.pathname}${step ? `#${step.id}` : ''}`;
}

class ShareToolsElement extends HTMLElement {
	#wired = false;

	connectedCallback(): void {
		if (this.#wired) return;
		this.#wired = true;
		const link = this.querySelector<HTMLButtonElement>('[data-copy-link]')!;
		const snippets: [HTMLButtonElement, SnippetFormat][] = [
			[this.querySelector<HTMLButtonElement>('[data-copy-snippet]')!, 'markdown'],
			[this.querySelector<HTMLButtonElement>('[data-copy-snippet-text]')!, 'text'],
		];
		const label = () => {
			link.textContent = currentStep() ? 'Copy link to this step' : 'Copy link';
			link.dataset.label = link.textContent;
		};
		label();
		window.addEventListener('hashchange', label);
		link.addEventListener('click', () => void copyWithFeedback(link, shareUrl(), 'Link copied'));
		for (const [button, format] of snippets)
			button.addEventListener(
				'click',
				() => void copyWithFeedback(button, this.snippet(format), 'Snippet copied')
			);
		this.hidden = false;
	}

	/** The snippet for a ticket, in Markdown or plain text. */
	snippet(format: SnippetFormat): string {
		const { title, fixTitle, fixHref, command, errors } = this.dataset;
		const absolute = (href: string) => new URL(href, location.href).href;
		const known = new Map(
			Object.entries(
				errors ? (JSON.parse(errors) as Record<string, { title: string; href: string }>) : {}
			)
		);
		const from = admitErrorSlug(fromErrorParam, known);
		const run = command ? (JSON.parse(command) as { code: string; slots: SlotRange[] }) : undefined;
		return ticketSnippet(
			{
				title: title ?? document.title,
				step: currentStep()?.textContent?.trim(),
				url: shareUrl(),
				fromError: from && { title: from.title, url: absolute(from.href) },
				fix: fixTitle && fixHref ? { title: fixTitle, url: absolute(fixHref) } : undefined,
				command: run && commandWithValues(run.code, run.slots),
			},
			format
		);
	}
}

customElements.define('rt-share-tools', ShareToolsElement);
