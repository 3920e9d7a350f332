import string
from string import Template
class MyT(Template): delimiter = '%'; idpattern = '[a-z]+'
print(MyT('%abc %x1 %%').substitute(abc='A', x='X'))
class Dot(Template): idpattern = r'[a-z][_a-z0-9.]*'
print(Dot('$user.name is ${user.age}').substitute({'user.name': 'bob', 'user.age': 3}))
class Case(Template): flags = 0
print(Case('$abc $ABC').safe_substitute(abc=1, ABC=2))
try: Case('$Abc').substitute(abc=1)
except (KeyError, ValueError) as e: print(repr(e))
class Br(Template): braceidpattern = r'[^}]+'
print(Br('${a b} $c').substitute({'a b': 1, 'c': 2}))
class Pat(Template):
    pattern = r'''
    \#(?:
      (?P<escaped>\#) |
      (?P<named>[a-z]+) |
      \[(?P<braced>[a-z]+)\] |
      (?P<invalid>)
    )'''
print(Pat('#a #[bb]c ## #').safe_substitute(a=1, bb=2), Pat('#a').get_identifiers())
try: Pat('x\ny #').substitute(a=1)
except ValueError as e: print(e)
try: MyT('a\n  %').substitute()
except ValueError as e: print(e)
try: Template('line1\n  $ x').substitute()
except ValueError as e: print(e)
try: Template('$').substitute()
except ValueError as e: print(e)
try: Template('${1}').substitute()
except ValueError as e: print(e)
print(Template('$a$b ${c}d $$e').substitute(a=1, b=[2], c=None), Template('$a').safe_substitute(), Template('${a').safe_substitute(a=1))
print(Template('$a $b $a ${c}').get_identifiers(), Template('$a $').is_valid(), MyT('%a %').is_valid(), MyT.pattern.pattern.count('%'))
print(Template('€$x').substitute(x='é'), Template('$é').safe_substitute(), Template('$x').substitute({'x': 1}, x=2))
t = Template('$who'); print(t.template, Template.delimiter, Template.idpattern)
class Angle(Template): delimiter = '<<'
print(Angle('<<a <<<< <<{b}').substitute(a=1, b=2))
