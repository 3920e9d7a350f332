import html
from html.entities import name2codepoint, codepoint2name, entitydefs, html5

print(html.escape('<a href="x">Tom & Jerry\'s</a>'), html.escape("<b>'q'</b>", quote=False))
samples = ["&lt;p&gt;", "&amp;amp;", "&copy; 2024 &eacute;t&eacute;", "&#65;&#x42;&#X43;", "&#0;&#128;&#x9f;&#xD800;&#1114112;",
           "&notin; &notit; &not", "&ampfoo &lt3", "& alone &; &#; &#x;", "&Aacute&aacute;", "&#65", "no refs",
           "&NotNestedGreaterGreater;", "&#x110000;", "&#11;&#x1;", "&" * 3, "&zwnj;&zwj;"]
for s in samples:
    print(ascii(s), ascii(html.unescape(s)))
print(name2codepoint["eacute"], codepoint2name[233], entitydefs["amp"], html5["gt;"], html5["gt"], len(html5), len(name2codepoint))
