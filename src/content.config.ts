import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

/** Optional long-form prose shown on a notable port's page: `content/ports/<n>.mdx`. */
const portProse = defineCollection({
  loader: glob({ base: './content/ports', pattern: '*.mdx' }),
  schema: z.object({
    /** Heading for the prose section. */
    title: z.string().min(1),
  }),
});

/** Optional long-form prose shown on a range page: `content/ranges/<slug>.mdx`. */
const rangeProse = defineCollection({
  loader: glob({ base: './content/ranges', pattern: '*.mdx' }),
  schema: z.object({
    title: z.string().min(1),
  }),
});

/** The essay section: `content/learn/<slug>.mdx` becomes `/learn/<slug>/`. */
const learn = defineCollection({
  loader: glob({ base: './content/learn', pattern: '*.mdx' }),
  schema: z.object({
    /** The chapter's title. */
    title: z.string().min(1),
    /** One sentence for the index and the meta description. */
    description: z.string().min(20),
    /** Position in the table of contents, from 1. */
    order: z.number().int().min(1),
  }),
});

export const collections = { portProse, rangeProse, learn };
