/**
 * The behaviour of ShareTools: links without the reader's paste or values in them (those stay in this
 * browser), to the page or to the step in the address, and a Markdown snippet for a ticket.
 */
import type { SlotRange } from '../lib/code-meta';
import { parseFragment } from '../lib/fragment';
import { copyWithFeedback } from './clipboard';
import { commandWithValues } from './values';

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

function snippet(share: HTMLElement): string {
	const step = currentStep();
	const lines = [`**${share.dataset.title}**${step ? `, step: ${step.textContent?.trim()}` : ''}`, shareUrl()];
	if (share.dataset.kind === 'fix') {
		const primary = document.querySelector<HTMLElement>('figure.code:has(pre[data-primary]) code');
		if (primary?.textContent) lines.push('', 'Run:', fence(primary.textContent));
	} else if (share.dataset.fixTitle && share.dataset.fixHref) {
		lines.push('', `Most likely fix: ${share.dataset.fixTitle}`, new URL(share.dataset.fixHref, location.href).href);
		const command = share.dataset.fixCommand ? (JSON.parse(share.dataset.fixCommand) as { code: string; slots: SlotRange[] }) : undefined;
		if (command) lines.push('', 'Run:', fence(commandWithValues(command.code, command.slots)));
	}
	return lines.join('\n');
}

export function setUpShareTools(): void {
	const share = document.querySelector<HTMLElement>('[data-share]');
	if (!share) return;
	const link = share.querySelector<HTMLButtonElement>('[data-copy-link]')!;
	const copySnippet = share.querySelector<HTMLButtonElement>('[data-copy-snippet]')!;
	const label = () => {
		link.textContent = currentStep() ? 'Copy link to this step' : 'Copy link';
		link.dataset.label = link.textContent;
	};
	label();
	window.addEventListener('hashchange', label);
	link.addEventListener('click', () => copyWithFeedback(link, shareUrl(), 'Link copied'));
	copySnippet.addEventListener('click', () => copyWithFeedback(copySnippet, snippet(share), 'Snippet copied'));
	share.hidden = false;
}
