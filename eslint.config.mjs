// @ts-check
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import eslint from '@eslint/js';
import prettierConfig from 'eslint-config-prettier';
import astro from 'eslint-plugin-astro';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
	globalIgnores([
		'**/.*',
		'**/*.d.ts',
		'dist/',
		'dist-*/',
		'sources/',
		'content/',
		'test-results/',
		'playwright-report/',
	]),

	// Node.js globals everywhere; the browser's for the code that runs in it (below).
	{ languageOptions: { globals: { ...globals.nodeBuiltin } } },

	eslint.configs.recommended,
	tseslint.configs.recommendedTypeChecked,
	{
		languageOptions: {
			parserOptions: {
				projectService: true,
				tsconfigRootDir: dirname(fileURLToPath(import.meta.url)),
			},
		},
	},
	// Typed rules need a TypeScript program: JavaScript files and Astro components are linted without them.
	{ files: ['**/*.js', '**/*.cjs', '**/*.mjs'], extends: [tseslint.configs.disableTypeChecked] },
	astro.configs.recommended,
	// The TypeScript program does not see the types of .astro modules, so the files that import them are not
	// type-linted either.
	{
		files: ['**/*.astro', '**/*.astro/*.ts', 'src/components/mdx-components.ts'],
		extends: [tseslint.configs.disableTypeChecked],
	},

	// The browser's globals for the code that runs there, and for the callbacks tests and benchmarks hand to
	// the page (`page.evaluate`).
	{
		files: [
			'src/search/**',
			'src/values/**',
			'src/ui/**',
			'src/codes/**',
			'src/components/**',
			'e2e/**',
			'bench/**',
		],
		languageOptions: { globals: { ...globals.browser } },
	},

	prettierConfig,

	{
		rules: {
			// `expect(…).toThrow` and event listeners pass methods unbound on purpose.
			'@typescript-eslint/unbound-method': 'off',
			'no-empty': ['error', { allowEmptyCatch: true }],
			// Pastes and terminal output carry control characters; the code that strips them names them on purpose.
			'no-control-regex': 'off',
			'@typescript-eslint/no-unused-vars': [
				'error',
				{
					ignoreRestSiblings: true,
					destructuredArrayIgnorePattern: '^_',
					varsIgnorePattern: '^_',
					argsIgnorePattern: '^_',
				},
			],
		},
	}
);
