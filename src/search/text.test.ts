import { expect, test } from 'vitest';
import { foldText, foldWithPositions } from './text';

test.each([
	'Enter-PSSession : [SRV01] Connecting to remote server SRV01 failed: Access is denied. (0x80070005)',
	'\t<f:WSManFault Code="2150858770"/>\r\n~~~ + CategoryInfo : OpenError',
	'',
	' .,;:!?-_/\\|@#$%^&*()[]{}<>\'"`~+=',
])('plain ASCII folds as the character-by-character fold does: %j', (text) => {
	expect(foldText(text)).toBe(foldWithPositions(text).folded);
});

test('text beyond ASCII folds in compatibility form', () => {
	expect(foldText('Ａccess is dénied – ﬁle')).toBe('accessisdéniedfile');
});
