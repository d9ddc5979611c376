/** MDX prose entries keyed by what they describe, loaded once per build. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { proseTopics, type ProseTopic } from '../lib/port-prose';

export const portProse: ReadonlyMap<number, CollectionEntry<'portProse'>> = new Map(
  (await getCollection('portProse')).map((entry) => [Number(entry.id), entry]),
);

/**
 * The page sections each port's prose joins, read from its headings; a heading the page has no section for
 * fails the build here, naming the file.
 */
export const portProseTopics: ReadonlyMap<number, ProseTopic[]> = new Map(
  [...portProse].map(([port, entry]) => [port, proseTopics(entry.body ?? '', `content/ports/${entry.id}.mdx`)]),
);

export const rangeProse: ReadonlyMap<string, CollectionEntry<'rangeProse'>> = new Map(
  (await getCollection('rangeProse')).map((entry) => [entry.id, entry]),
);

/** Essay chapters in reading order. */
export const chapters: CollectionEntry<'learn'>[] = (await getCollection('learn')).sort((a, b) => a.data.order - b.data.order);
const chapterIds = new Set(chapters.map((chapter) => chapter.id));

/** The chapter that explains a range, when it has been written. */
export function chapterForRange(rangeSlug: string): CollectionEntry<'learn'> | undefined {
  const id = rangeSlug === 'dynamic' ? 'dynamic-range' : 'unassigned-ports';
  return chapterIds.has(id) ? chapters.find((chapter) => chapter.id === id) : undefined;
}
