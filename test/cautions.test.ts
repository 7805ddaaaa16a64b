/**
 * Every risky command a page shows carries an `<Aside type="caution">` in the same step (the list of risks
 * and why each is one: src/content/commands/cautions.ts).
 */
import { describe, expect, test } from 'vitest';
import { missingCautions } from '../src/content/commands/cautions';
import { entryFiles, renderedEntries } from './rendered-entries';

describe('every risky command carries a caution in its step', () => {
	test.each(entryFiles())('%s', async (file) => {
		const entry = (await renderedEntries()).find((e) => e.filePath === file)!;
		expect(
			missingCautions(entry.outline).map(
				({ line, command, risk }) => `${file}:${line}: ${command}\n  needs a caution: ${risk.why}`
			)
		).toEqual([]);
	});
});
