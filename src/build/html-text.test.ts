import { expect, test } from 'vitest';
import { decodeEntities, headingsOfHtml, textOfHtml } from './html-text';

test('a label reads as the text a reader sees, with no raw character references', () => {
	expect(textOfHtml('Client&#39;s <code>trustedHosts</code>\n  settings')).toBe(
		"Client's trustedHosts settings"
	);
	expect(textOfHtml('Fish &amp; chips &#x27;&quot;&lt;b&gt;')).toBe(`Fish & chips '"<b>`);
});

test('an unknown or impossible reference is left as written', () => {
	expect(decodeEntities('&bogus; &#0; &#x110000;')).toBe('&bogus; &#0; &#x110000;');
});

test('the headings of rendered HTML, in order, with their ids and text', () => {
	const html = [
		'<div class="rt-heading"><h2 id="message">What Windows prints</h2><a href="#message"></a></div>',
		'<p>Text with <h2>no id</h2></p>',
		'<h3 class="x" id="client-settings">Client&#39;s <em>settings</em></h3>',
		'<h2 id="fixes">Fixes</h2>',
	].join('');
	expect(headingsOfHtml(html)).toEqual([
		{ depth: 2, id: 'message', text: 'What Windows prints' },
		{ depth: 3, id: 'client-settings', text: "Client's settings" },
		{ depth: 2, id: 'fixes', text: 'Fixes' },
	]);
});
