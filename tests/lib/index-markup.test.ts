import { describe, expect, it } from 'vitest';
import { withoutIndexMarkup } from '../../src/lib/formats/index-markup.ts';

describe('withoutIndexMarkup', () => {
  it('takes out the attributes and hidden spans only the search index reads', () => {
    const html =
      '<article class="statement" lang="en" data-pagefind-body data-search-year="2014"><header data-pagefind-ignore>H</header>' +
      '<div class="text"><span hidden data-speaker="A" data-day="2014" data-pagefind-filter="speaker[data-speaker]" data-pagefind-sort="day[data-day]"></span>' +
      '<span hidden data-pagefind-meta="title:·"></span>' +
      '<div class="para" id="p1" data-pagefind-title="¶ 1" data-paragraph="1"><a class="pnum" href="#p1" data-pagefind-ignore="all">1</a>' +
      '<p><a href="/glossary/x/" class="term" data-aliases="⟦X ⁺⟧" data-pagefind-index-attrs="data-aliases">Y</a> data-pagefind-body in the text stays.</p></div></div></article>';
    expect(withoutIndexMarkup(html)).toBe(
      '<article class="statement" lang="en"><header>H</header><div class="text">' +
        '<div class="para" id="p1" data-paragraph="1"><a class="pnum" href="#p1">1</a>' +
        '<p><a href="/glossary/x/" class="term" data-aliases="⟦X ⁺⟧">Y</a> data-pagefind-body in the text stays.</p></div></div></article>',
    );
  });

  it('keeps hidden spans and data attributes that are not the index’s', () => {
    const html = '<span hidden data-toast></span><div data-pagefinder="x" data-search-years="y">z</div>';
    expect(withoutIndexMarkup(html)).toBe(html);
  });
});
