import { expect, test } from 'vitest';
import { contentIndex } from '../../test/load-content';
import { layoutConnectionMap, wrap } from './connection-map';
import { STAGES, type StageId } from './taxonomy';

const errors = contentIndex().errors.map((error) => ({ slug: error.slug, title: error.title, stage: error.stage as StageId }));

test('every error of the content stands at its own stage, once', () => {
	const layout = layoutConnectionMap(errors);
	expect(layout.stages.map((stage) => stage.id)).toEqual(STAGES.map((stage) => stage.id));
	const placed = layout.stages.flatMap((stage) => stage.errors.map((error) => `${stage.id}:${error.slug}`)).sort();
	expect(placed).toEqual(errors.map((error) => `${error.stage}:${error.slug}`).sort());
});

test('the current error and its stage are marked, and nothing else', () => {
	const layout = layoutConnectionMap(errors, 'access-denied');
	expect(layout.stages.filter((stage) => stage.current).map((stage) => stage.id)).toEqual(['session-configuration']);
	expect(layout.stages.flatMap((stage) => stage.errors).filter((error) => error.current).map((error) => error.slug)).toEqual(['access-denied']);
});

test("on an error's page only its stage lists errors; every other stage with errors says how many", () => {
	const layout = layoutConnectionMap(errors, 'access-denied');
	for (const stage of layout.stages) {
		const total = errors.filter((error) => error.stage === stage.id).length;
		expect(stage.count, stage.id).toBe(total);
		if (stage.current) {
			expect(stage.errors.map((error) => error.slug).sort(), stage.id).toEqual(errors.filter((error) => error.stage === stage.id).map((error) => error.slug).sort());
			expect(stage.countY).toBeUndefined();
		} else {
			expect(stage.errors, stage.id).toEqual([]);
			expect(stage.countY !== undefined, stage.id).toBe(total > 0);
		}
	}
});

test('rows never overlap and the drawing is tall enough for all of them', () => {
	for (const layout of [layoutConnectionMap(errors), layoutConnectionMap(errors, 'access-denied')]) {
		const baselines = layout.stages.flatMap((stage) => [
			stage.y,
			...stage.errors.flatMap((error) => error.lines.map((_, i) => error.y + i * 19)),
			...(stage.countY === undefined ? [] : [stage.countY]),
		]);
		expect([...baselines].sort((a, b) => a - b)).toEqual(baselines);
		expect(new Set(baselines).size).toBe(baselines.length);
		expect(layout.height).toBeGreaterThan(baselines.at(-1)!);
	}
});

test('titles wrap at word boundaries to fit the phone-width drawing', () => {
	expect(wrap('The WinRM client cannot process the request: use HTTPS or TrustedHosts')).toEqual([
		'The WinRM client cannot process the',
		'request: use HTTPS or TrustedHosts',
	]);
	expect(wrap('x'.repeat(50))).toEqual(['x'.repeat(50)]);
});
