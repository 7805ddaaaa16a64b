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
	},
});
