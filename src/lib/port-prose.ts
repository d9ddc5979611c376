/**
 * Port prose (content/ports/<n>.mdx) is written as parts under headings; each part joins the section of the
 * port page it belongs to, so that a page never shows the same topic twice ("Known unofficial uses" in the
 * prose and again in the data). The heading names the topic; the page supplies the section heading.
 */

/** Sections of the port page that prose can join, in page order. */
export const PROSE_TOPICS = ['intro', 'range', 'unofficial', 'security', 'check', 'why', 'history', 'notes'] as const;
export type ProseTopic = (typeof PROSE_TOPICS)[number];

/** The headings prose may use, by the topic they belong to (compared in lower case). */
const HEADING_TOPICS: Record<string, ProseTopic> = {
  'what runs here': 'intro',
  'what this port range means': 'range',
  'known unofficial uses': 'unofficial',
  'how to secure it': 'security',
  'how to check it': 'check',
  'checking what is using this port': 'check',
  'why unassigned ports matter': 'why',
  history: 'history',
};

export const PROSE_HEADINGS: readonly string[] = Object.keys(HEADING_TOPICS);

function topicOfHeading(text: string, file: string): ProseTopic {
  const topic = HEADING_TOPICS[text.trim().toLowerCase()];
  if (!topic) {
    throw new Error(`${file}: the heading "${text.trim()}" names no section of the port page; use one of: ${PROSE_HEADINGS.map((h) => `"${h}"`).join(', ')}`);
  }
  return topic;
}

/**
 * The topics a prose file covers, from its Markdown source, in order. Fails (naming the file and the heading)
 * on a heading the page has no section for, on a topic written twice, and on a heading with no text under it.
 */
export function proseTopics(markdown: string, file: string): ProseTopic[] {
  const topics: ProseTopic[] = [];
  let fenced = false;
  let textSinceHeading = true;
  let lastHeading = '';
  const lines = markdown.split('\n');
  // Text before the first heading is the introduction.
  for (const line of lines) {
    if (/^(```|~~~)/.test(line)) fenced = !fenced;
    const heading = fenced ? null : /^#{2,4}\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      if (!textSinceHeading) throw new Error(`${file}: the heading "${lastHeading}" has nothing under it`);
      const topic = topicOfHeading(heading[1], file);
      if (topics.includes(topic)) throw new Error(`${file}: "${heading[1]}" repeats a topic written under an earlier heading`);
      topics.push(topic);
      lastHeading = heading[1];
      textSinceHeading = false;
    } else if (line.trim() && !/^\[\^[^\]]+\]:/.test(line)) {
      if (topics.length === 0 && !topics.includes('intro')) topics.push('intro');
      textSinceHeading = true;
    }
  }
  if (!textSinceHeading) throw new Error(`${file}: the heading "${lastHeading}" has nothing under it`);
  if (/^\[\^[^\]]+\]:/m.test(markdown)) topics.push('notes');
  return topics;
}

/** One part of rendered prose: its topic, the id its heading had (kept as an anchor), and its HTML. */
export interface ProsePart {
  topic: ProseTopic;
  /** The id the rendered heading carried, so old links to it still land; absent for the introduction. */
  headingId?: string;
  html: string;
}

const stripTags = (html: string) => html.replace(/<[^>]*>/g, '').replace(/#$/, '').trim();

/**
 * Splits rendered prose HTML at its headings. The headings themselves are dropped: the page's own section
 * heading replaces each one. The footnotes block becomes the "notes" part.
 */
export function splitProseHtml(html: string, file: string): ProsePart[] {
  const parts: ProsePart[] = [];
  const footnotesAt = html.search(/<section[^>]*data-footnotes/);
  const body = footnotesAt >= 0 ? html.slice(0, footnotesAt) : html;
  const heading = /<h([2-4])\b([^>]*)>([\s\S]*?)<\/h\1>/g;
  let current: ProsePart = { topic: 'intro', html: '' };
  let position = 0;
  for (const match of body.matchAll(heading)) {
    current.html += body.slice(position, match.index);
    if (current.html.trim()) parts.push(current);
    const id = /\bid="([^"]+)"/.exec(match[2])?.[1];
    current = { topic: topicOfHeading(stripTags(match[3]), file), headingId: id, html: '' };
    position = match.index + match[0].length;
  }
  current.html += body.slice(position);
  if (current.html.trim()) parts.push(current);
  if (footnotesAt >= 0) parts.push({ topic: 'notes', html: html.slice(footnotesAt) });
  return parts;
}
