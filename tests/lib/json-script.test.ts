import { describe, expect, it } from 'vitest';
import { parseFragment } from 'parse5';
import { jsonForScript } from '../../src/lib/formats/json-script.ts';

const hostile = {
  definition: 'A body. </script><img src=x onerror=alert(1)> <!-- <script>alert(2)</script> & \u2028\u2029 end',
  nested: ['</SCRIPT >', { deeper: '<!--' }],
};

describe('JSON for a <script> element', () => {
  it('escapes <, > and & (and the JavaScript line terminators) so no markup is left in it', () => {
    const out = jsonForScript(hostile);
    expect(out).not.toMatch(/[<>&\u2028\u2029]/);
    expect(out).toContain('\\u003c/script\\u003e\\u003cimg src=x onerror=alert(1)\\u003e');
  });

  it('reads back to the same value', () => {
    expect(JSON.parse(jsonForScript(hostile))).toEqual(hostile);
  });

  it('stays one script element whose text is the whole JSON, as an HTML parser reads it', () => {
    const html = `<script type="application/ld+json">${jsonForScript(hostile)}</script><p>after</p>`;
    const nodes = parseFragment(html).childNodes;
    expect(nodes.map((n) => n.nodeName)).toEqual(['script', 'p']);
    const script = nodes[0] as unknown as { childNodes: { value: string }[] };
    expect(JSON.parse(script.childNodes[0].value)).toEqual(hostile);
  });

  it('refuses a value JSON cannot hold', () => {
    expect(() => jsonForScript(undefined)).toThrow(/no JSON form/);
  });
});
