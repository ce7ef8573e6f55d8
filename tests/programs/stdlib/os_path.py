import os, os.path
from os.path import join, basename, dirname, splitext
print(join('a', 'b', 'c.txt'), join('/x', '/y', 'z'), join('a/', 'b'), basename('/p/q/r.py'), dirname('/p/q/r.py'), splitext('archive.tar.gz'), splitext('.bashrc'))
print(os.path.split('/usr/lib/'), os.path.normpath('a//b/../c/./d'), os.path.isabs('/x'), os.sep, os.linesep == '\n', os.name)
here = os.path.dirname(os.path.abspath(__file__))
print(os.path.exists(here), os.path.isdir(here), os.path.isfile(here), os.path.isfile(__file__), os.path.exists(join(here, 'nope')))
print(sorted(os.listdir(here))[:1] != [], isinstance(os.getcwd(), str), os.environ.get('NOPE_NOT_SET'), os.getenv('NOPE_X', 'dflt'), 'PATH' in os.environ, isinstance(os.getpid(), int))
try: os.listdir('/definitely/not/here')
except FileNotFoundError as e: print(type(e).__name__, e.errno, e.filename, e)
print(os.path.relpath('/a/b/c', '/a'), os.path.commonprefix(['/usr/lib', '/usr/local']))
