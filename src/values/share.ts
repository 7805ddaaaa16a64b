/**
 * `<rt-share-tools>`: links without the reader's paste or values in them (those stay in this browser),
 * to the page or to the step in the address, and a Markdown snippet for a ticket: the page, the command
 * to run with the reader's values, and on a fix page the error the reader came from, when the address
 * names one this fix resolves.
 */
import type { SlotRange } from './code-meta';
import { parseFragment } from './fragment';
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

function fence(command: string): string {
	const ticks = command.includes('```') ? '````' : '```';
	return `${ticks}powershell\n${command}\n${ticks}`;
}

class ShareToolsElement extends HTMLElement {
	#wired = false;

	connectedCallback(): void {
		if (this.#wired) return;
		this.#wired = true;
		const link = this.querySelector<HTMLButtonElement>('[data-copy-link]')!;
		const copySnippet = this.querySelector<HTMLButtonElement>('[data-copy-snippet]')!;
		const label = () => {
			link.textContent = currentStep() ? 'Copy link to this step' : 'Copy link';
			link.dataset.label = link.textContent;
		};
		label();
		window.addEventListener('hashchange', label);
		link.addEventListener('click', () => void copyWithFeedback(link, shareUrl(), 'Link copied'));
		copySnippet.addEventListener(
			'click',
			() => void copyWithFeedback(copySnippet, this.snippet(), 'Snippet copied')
		);
		this.hidden = false;
	}

	snippet(): string {
		const { title, fixTitle, fixHref, command, errors } = this.dataset;
		const step = currentStep();
		const lines = [`**${title}**${step ? `, step: ${step.textContent?.trim()}` : ''}`, shareUrl()];
		const known = new Map(
			Object.entries(
				errors ? (JSON.parse(errors) as Record<string, { title: string; href: string }>) : {}
			)
		);
		const from = admitErrorSlug(fromErrorParam, known);
		if (from)
			lines.push('', `For the error: ${from.title}`, new URL(from.href, location.href).href);
		if (fixTitle && fixHref)
			lines.push('', `Most likely fix: ${fixTitle}`, new URL(fixHref, location.href).href);
		const run = command ? (JSON.parse(command) as { code: string; slots: SlotRange[] }) : undefined;
		if (run) lines.push('', 'Run:', fence(commandWithValues(run.code, run.slots)));
		return lines.join('\n');
	}
}

customElements.define('rt-share-tools', ShareToolsElement);
