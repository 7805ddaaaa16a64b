/**
 * `astro:content` for unit tests (vitest.config.ts aliases it here), as Starlight's test utils do: enough
 * of the module for src/content.config.ts to build its real schemas, so a test parses content exactly
 * as the build does, defaults and transforms included.
 */
import { z } from 'astro/zod';

export function defineCollection<T>(config: T): T {
	return config;
}

/** Like Astro's `reference()`: a slug in, `{ id, collection }` out; whether it exists is the content checks' job. */
export function reference<C extends string>(collection: C) {
	return z.string().transform((id) => ({ id, collection }));
}
