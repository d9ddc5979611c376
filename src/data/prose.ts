/** MDX prose entries keyed by what they describe, loaded once per build. */
import { getCollection, type CollectionEntry } from 'astro:content';

export const portProse: ReadonlyMap<number, CollectionEntry<'portProse'>> = new Map(
  (await getCollection('portProse')).map((entry) => [Number(entry.id), entry]),
);

export const rangeProse: ReadonlyMap<string, CollectionEntry<'rangeProse'>> = new Map(
  (await getCollection('rangeProse')).map((entry) => [entry.id, entry]),
);
