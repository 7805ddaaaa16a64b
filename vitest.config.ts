import { defineConfig } from 'vitest/config';

export default defineConfig({
	resolve: {
		// src/content.config.ts builds its real schemas against a stand-in for Astro's virtual module.
		alias: { 'astro:content': new URL('./test/astro-content.ts', import.meta.url).pathname },
	},
	test: {
		include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
		testTimeout: 10_000,
		environment: 'node',
		// The test files share no mutable state (each loads what it reads), so one worker serves many
		// files: about 25 s of the unit run's 85 s was starting a fresh worker per file.
		isolate: false,
	},
});
