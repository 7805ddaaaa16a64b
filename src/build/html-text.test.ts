import { expect, test } from 'vitest';
import { headingsOfHtml, textOfHtml } from './html-text';

test('a label reads as the text a reader sees, with no raw character references', () => {
	expect(textOfHtml('Client&#39;s <code>trustedHosts</code>\n  settings')).toBe(
		"Client's trustedHosts settings"
	);
	expect(textOfHtml('Fish &amp; chips &#x27;&quot;&lt;b&gt;')).toBe(`Fish & chips '"<b>`);
});

test('references decode as a browser decodes them: named ones beyond the five, a no-break space, impossible code points', () => {
	expect(textOfHtml('caf&eacute; &rarr; x')).toBe('café → x');
	// A label collapses every run of white space, the no-break space among them; an id keeps it.
	expect(textOfHtml('a&nbsp;&nbsp;b')).toBe('a b');
	expect(headingsOfHtml('<h2 id="a&nbsp;b">x</h2>')[0]?.id).toBe('a\u00a0b');
	// The HTML standard turns a null or out-of-range reference into U+FFFD, and leaves an unknown name as written.
	expect(textOfHtml('&#0; &#x110000; &bogus;')).toBe('\ufffd \ufffd &bogus;');
});

test('the headings of rendered HTML, in order, with their ids and text', () => {
	const html = [
		'<div class="rt-heading"><h2 id="message">What Windows prints</h2><a href="#message"></a></div>',
		'<p>Text with <h2>no id</h2></p>',
		'<h3 class="x" id="client-settings">Client&#39;s <em>settings</em></h3>',
		'<h2 id="a&amp;b">Fixes</h2>',
	].join('');
	expect(headingsOfHtml(html)).toEqual([
		{ depth: 2, id: 'message', text: 'What Windows prints' },
		{ depth: 3, id: 'client-settings', text: "Client's settings" },
		{ depth: 2, id: 'a&b', text: 'Fixes' },
	]);
});
