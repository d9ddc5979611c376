import { describe, expect, it } from 'vitest';
import { dropInvisibleWhitespace, escapeTextNode } from '../../src/lib/markup';
import { decodePreview, encodePreviewShard, PREVIEW_SHARD_SIZE } from '../../src/lib/port-preview-shards';

describe('dropInvisibleWhitespace', () => {
  it('removes the spaces between block tags but keeps the space between two links', () => {
    expect(dropInvisibleWhitespace('<body> <nav> <a href="/">A</a> <a href="/b">B</a> </nav> <p>x</p> </body>')).toBe(
      '<body><nav><a href="/">A</a> <a href="/b">B</a></nav><p>x</p></body>',
    );
  });

  it('keeps the words of a sentence apart where they meet inline markup', () => {
    const sentence = '<p>In <a href="#">x</a> and <strong>y</strong> <em>z</em>.</p>';
    expect(dropInvisibleWhitespace(sentence)).toBe(sentence);
  });

  it('never touches whitespace inside pre, textarea or script, where it is text or code', () => {
    const code = '<pre>a  \n <span>b</span>\n<span>c</span></pre>';
    const script = '<script>if (a <b) {} </script>';
    const textarea = '<textarea>  <p> </p> </textarea>';
    expect(dropInvisibleWhitespace(`<div> ${code} ${script} ${textarea} </div>`)).toBe(`<div>${code}${script}${textarea}</div>`);
  });

  it('keeps the space between inline-block choices such as labelled radio buttons', () => {
    const choices = '<label><input type="radio"> TCP</label> <label><input type="radio"> UDP</label>';
    expect(dropInvisibleWhitespace(choices)).toBe(choices);
  });
});

describe('escapeTextNode', () => {
  it('escapes what could start markup and leaves quotes and > as one byte each', () => {
    expect(escapeTextNode(`tasklist /fi "PID eq <pid>" & echo 'x' > y`)).toBe(`tasklist /fi "PID eq &lt;pid>" &amp; echo 'x' > y`);
  });
});

describe('preview files', () => {
  const first = 0;
  const previews = Array.from({ length: PREVIEW_SHARD_SIZE }, (_, port) =>
    port === 22
      ? { label: 'SSH', line: 'Secure Shell, port 22.' }
      : { label: '', line: `Port ${port} is not assigned by IANA. It is in the system (well-known) range, 0–1023.` },
  );

  it('write each line shared by many ports once', () => {
    const shard = encodePreviewShard(first, previews);
    expect(shard.rows).toHaveLength(PREVIEW_SHARD_SIZE);
    expect(shard.lines.length).toBeLessThan(10);
  });

  it('read back every preview exactly, even where the port number also appears inside another number', () => {
    const shard = JSON.parse(JSON.stringify(encodePreviewShard(first, previews)));
    for (let port = 0; port < PREVIEW_SHARD_SIZE; port++) expect(decodePreview(shard, port)).toEqual(previews[port]);
  });

  it('refuse a line that contains the placeholder, naming the port', () => {
    const bad = previews.map((preview, port) => (port === 7 ? { label: '', line: 'Uses {port} literally.' } : preview));
    expect(() => encodePreviewShard(first, bad)).toThrow(/port 7/);
  });
});
