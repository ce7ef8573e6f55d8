"""Common string constants, capwords and Template (Spindle's `string` module).

Formatter is not provided yet.
"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Template"]

whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s by sep, capitalize each word, and join them again with sep (a space if None)."""
    words = s.split(sep)
    joiner = ' ' if sep is None else sep
    return joiner.join([word.capitalize() for word in words])


def _is_identifier_start(ch):
    return ch == '_' or ('a' <= ch.lower() <= 'z')


def _is_identifier_char(ch):
    return _is_identifier_start(ch) or '0' <= ch <= '9'


class Template:
    """A string class for supporting $-substitutions: `$name`, `${name}`, `$$` for `$`."""

    delimiter = '$'

    def __init__(self, template):
        self.template = template

    def _parts(self):
        """Yields (literal text, kind, name, start): kind 'name', 'escaped', 'invalid' or None
        for the trailing text."""
        text = self.template
        delimiter = self.delimiter
        i = 0
        literal_start = 0
        n = len(text)
        while True:
            at = text.find(delimiter, i)
            if at < 0:
                yield text[literal_start:], None, None, n
                return
            after = at + len(delimiter)
            literal = text[literal_start:at]
            if text.startswith(delimiter, after):
                yield literal, 'escaped', None, at
                i = literal_start = after + len(delimiter)
            elif after < n and text[after] == '{':
                end = after + 1
                while end < n and _is_identifier_char(text[end]):
                    end += 1
                name = text[after + 1:end]
                if name and _is_identifier_start(name[0]) and end < n and text[end] == '}':
                    yield literal, 'name', name, at
                    i = literal_start = end + 1
                else:
                    yield literal, 'invalid', None, at
                    i = literal_start = after
            elif after < n and _is_identifier_start(text[after]):
                end = after + 1
                while end < n and _is_identifier_char(text[end]):
                    end += 1
                yield literal, 'name', text[after:end], at
                i = literal_start = end
            else:
                yield literal, 'invalid', None, at
                i = literal_start = after

    def _invalid(self, at):
        # CPython counts from the character after the delimiter.
        at += len(self.delimiter)
        lines = self.template[:at].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = at - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError(f'Invalid placeholder in string: line {lineno}, col {colno}')

    def substitute(self, mapping=None, /, **kws):
        return self._substitute(mapping, kws, False)

    def safe_substitute(self, mapping=None, /, **kws):
        return self._substitute(mapping, kws, True)

    def _substitute(self, mapping, kws, safe):
        """Both substitutions: `safe` leaves missing names and invalid placeholders as text."""
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = _ChainedMapping(kws, mapping)
        out = []
        for literal, kind, name, at in self._parts():
            out.append(literal)
            if kind == 'name':
                try:
                    out.append(str(mapping[name]))
                except KeyError:
                    if not safe:
                        raise
                    braced = self.template.startswith('{', at + len(self.delimiter))
                    out.append(self.delimiter + ('{' + name + '}' if braced else name))
            elif kind == 'escaped':
                out.append(self.delimiter)
            elif kind == 'invalid':
                if not safe:
                    self._invalid(at)
                out.append(self.delimiter)
        return ''.join(out)

    def is_valid(self):
        return all(kind != 'invalid' for _, kind, _, _ in self._parts())

    def get_identifiers(self):
        ids = []
        for _, kind, name, at in self._parts():
            if kind == 'name' and name not in ids:
                ids.append(name)
            elif kind == 'invalid':
                self._invalid(at)
        return ids


class _ChainedMapping:
    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            return self.second[key]
