from html.parser import HTMLParser
class P(HTMLParser):
    def __init__(self, **kw):
        super().__init__(**kw); self.ev = []
    def handle_starttag(self, tag, attrs): self.ev.append(('start', tag, attrs))
    def handle_endtag(self, tag): self.ev.append(('end', tag))
    def handle_startendtag(self, tag, attrs): self.ev.append(('startend', tag, attrs))
    def handle_data(self, data): self.ev.append(('data', data))
    def handle_comment(self, data): self.ev.append(('comment', data))
    def handle_decl(self, data): self.ev.append(('decl', data))
    def handle_pi(self, data): self.ev.append(('pi', data))
    def handle_entityref(self, name): self.ev.append(('entity', name))
    def handle_charref(self, name): self.ev.append(('charref', name))
    def unknown_decl(self, data): self.ev.append(('unknown', data))
docs = [
    '<!DOCTYPE html><html><head><title>T &amp; x</title></head><body class="a b" id=main><p>Hi<br/>there &lt;you&gt; &#65;&#x42;</p></body></html>',
    '<a href="x?a=1&amp;b=2" data-x=\'q\' checked disabled = yes >link</a>',
    '<img src=a.png alt="" /><input type="text" value=&quot;x&quot;>',
    '<script>if (a < b && c > d) { x = "</p>"; }</script><style>p > a {}</style>after',
    '<!-- a comment -- here --><?xml version="1.0"?><![CDATA[raw <stuff>]]><!bogus>',
    '<p>unclosed &amp text & more &nosuch; &#12a; &#xZZ; < not a tag <3',
    '<DIV CLASS="X" Style=color:red>Mixed</Div></ p></>',
    '<a b=c/><a b="c"/><a/b><a \n  x="1"\n  y>\nlines</a>',
    '<p>text&copy;2024 &euro;&notit; &amp</p>',
    '<ul><li>one<li>two</ul><table><tr><td>1</td></tr></table>',
    '<a b= "x"><a b=="y"><a b = \'z\'><a =x><a b="unterminated>rest',
    'plain text only & stuff',
    '<p>trailing &am',
    '<scrIpt type="x">a</SCRIPT >b</script>',
    '</a b c><br/ ><p/ >',
]
for d in docs:
    for conv in (True, False):
        p = P(convert_charrefs=conv); p.feed(d); p.close(); print(conv, p.ev)
p = P(); 
for ch in '<div class="x">Hello &amp; bye<!-- c --><br/></div>': p.feed(ch)
p.close(); print(p.ev)
p = P(convert_charrefs=False)
for chunk in ['<a hr', 'ef="1">te', 'xt &am', 'p; &#6', '5; </', 'a>']: p.feed(chunk); print(p.getpos(), repr(p.rawdata))
p.close(); print(p.ev, p.get_starttag_text(), p.lasttag)
class Links(HTMLParser):
    def __init__(self): super().__init__(); self.links = []; self.text = []
    def handle_starttag(self, tag, attrs):
        if tag == 'a': self.links.append(dict(attrs).get('href'))
        print('start', tag, self.getpos(), self.get_starttag_text())
    def handle_data(self, data):
        if data.strip(): self.text.append(data.strip())
l = Links(); l.feed('<html>\n<body>\n  <a href="/one">One</a>\n<A HREF=two>Two</A>\n</body></html>'); l.close(); print(l.links, l.text, l.getpos())
p = P(); p.feed('<p>x'); p.reset(); p.feed('<b>y</b>'); p.close(); print(p.ev)
try:
    p = P(); p.feed('<![foo bar]>'); p.close()
except AssertionError as e: print('AssertionError', e)
p = P(); p.feed('<![if !IE]>x<![endif]>'); p.close(); print(p.ev)
p = P(); p.feed('<script>unterminated'); p.close(); print(p.ev, repr(p.rawdata))
