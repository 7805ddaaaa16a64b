/**
 * Every risky command a page shows carries an `<Aside type="caution">` in the same step (the list of risks
 * and why each is one: src/content/commands/cautions.ts). Every page passes with no finding at all.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { missingCautions } from '../src/content/commands/cautions';
import { budget, entryFiles, renderedEntries } from './rendered-entries';

async function findingsOf(file: string): Promise<string[]> {
	const entry = (await renderedEntries()).find((e) => e.filePath === file)!;
	return missingCautions(entry.outline).map(
		({ line, command, risk }) => `${file}:${line}: ${command}\n  needs a caution: ${risk.why}`
	);
}

describe('every risky command carries a caution in its step', () => {
	beforeAll(() => renderedEntries(), budget(entryFiles().length));
	test.each(entryFiles())('%s', async (file) => {
		expect(await findingsOf(file)).toEqual([]);
	});
});
