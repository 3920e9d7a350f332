# A small scraper: tables to rows, links, headings and a text-only view, as scripts use HTMLParser.
from html.parser import HTMLParser
from html import escape

PAGE = """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Quarterly &amp; Annual Report</title>
<style>td { padding: 2px } /* <b>not a tag</b> */</style></head>
<body>
<h1 id="top">Results</h1>
<p>Revenue grew by <b>12%</b> &mdash; see <a href="/details?q=1&amp;r=2">details</a>
or <a href='https://example.com/x' target=_blank>the archive</a>.</p>
<table class="data">
  <tr><th>Region</th><th>Q1</th><th>Q2</th></tr>
  <tr><td>North</td><td>1,200</td><td>1,350</td></tr>
  <tr><td>South &amp; East</td><td>980</td><td>1,010</td></tr>
</table>
<h2>Notes</h2>
<ul><li>First<li>Second &lt;draft&gt;</ul>
<script>var s = "<h1>fake</h1>"; if (a<b) {}</script>
<!-- generated -->
<img src="chart.png" alt="Chart: Q1 &gt; Q2"/>
</body></html>
"""

class Scraper(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tables, self.links, self.headings, self.text = [], [], [], []
        self._row = self._cell = self._heading = self._link = None
        self._stack = []
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self._stack.append(tag)
        if tag == 'table': self.tables.append([])
        elif tag == 'tr': self._row = []; self.tables[-1].append(self._row)
        elif tag in ('td', 'th'): self._cell = []
        elif tag in ('h1', 'h2'): self._heading = []
        elif tag == 'a': self._link = [a.get('href'), []]
    def handle_startendtag(self, tag, attrs):
        print('empty element', tag, attrs, self.getpos())
    def handle_endtag(self, tag):
        if self._stack and self._stack[-1] == tag: self._stack.pop()
        if tag in ('td', 'th') and self._cell is not None:
            self._row.append(''.join(self._cell).strip()); self._cell = None
        elif tag in ('h1', 'h2'): self.headings.append((tag, ''.join(self._heading))); self._heading = None
        elif tag == 'a': self.links.append((self._link[0], ''.join(self._link[1]))); self._link = None
    def handle_data(self, data):
        if self._stack and self._stack[-1] in ('script', 'style'):
            print('raw', self._stack[-1], repr(data)); return
        for buf in (self._cell, self._heading, self._link and self._link[1]):
            if buf is not None and buf is not False: buf.append(data)
        if data.strip(): self.text.append(' '.join(data.split()))
    def handle_comment(self, data): print('comment', repr(data))
    def handle_decl(self, decl): print('decl', decl)

s = Scraper()
s.feed(PAGE)
s.close()
for t in s.tables:
    for row in t: print(' | '.join(f'{c:>14}' for c in row))
print(s.links)
print(s.headings)
print(' / '.join(s.text))
print(escape(s.text[0]), s.getpos())

class Tags(HTMLParser):
    counts = {}
    def handle_starttag(self, tag, attrs): self.counts[tag] = self.counts.get(tag, 0) + 1
t = Tags()
for i in range(0, len(PAGE), 7): t.feed(PAGE[i:i + 7])
t.close()
print(sorted(t.counts.items()))
