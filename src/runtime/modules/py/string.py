"""Common string constants, capwords, Template and Formatter (Spindle's `string` module).

Formatter parses format strings itself (what CPython's `_string` module does in C), with
the same fields, errors and automatic numbering as `str.format`, and its methods may be
overridden one by one as in CPython.
"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

import sys as _sys

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


########################################################################
# Formatter: the parsing `_string.formatter_parser` and
# `_string.formatter_field_name_split` do in CPython.

def _formatter_parser(text):
    """Yields (literal_text, field_name, format_spec, conversion) for each replacement
    field of `text`, the last tuple possibly only literal text (the others None). Errors are
    raised when the parse reaches them."""
    n = len(text)
    i = 0
    while i < n:
        literal_start = i
        brace = None
        while i < n:
            ch = text[i]
            i += 1
            if ch == '{' or ch == '}':
                brace = ch
                break
        if brace is None:
            yield text[literal_start:], None, None, None
            return
        doubled = i < n and text[i] == brace
        if brace == '}' and not doubled:
            raise ValueError("Single '}' encountered in format string")
        if i >= n:
            raise ValueError("Single '{' encountered in format string")
        if doubled:
            # An escaped brace ends the literal text, keeping one of the two.
            i += 1
            yield text[literal_start:i - 1], None, None, None
            continue
        literal = text[literal_start:i - 1]
        field_name, format_spec, conversion, i = _parse_field(text, i)
        yield literal, field_name, format_spec, conversion


def _parse_field(text, i):
    """Parses the replacement field whose text starts at `i` (after its '{'): returns its
    name, format spec, conversion (None when absent) and the index after its '}'."""
    n = len(text)
    start = i
    end_char = None
    while i < n:
        ch = text[i]
        i += 1
        if ch == '{':
            raise ValueError("unexpected '{' in field name")
        if ch == '[':
            # Inside brackets nothing ends the name (']' is then read as a plain character).
            while i < n and text[i] != ']':
                i += 1
            continue
        if ch in '}:!':
            end_char = ch
            break
    if end_char is None:
        raise ValueError("expected '}' before end of string")
    field_name = text[start:i - 1]
    if end_char == '}':
        return field_name, '', None, i
    conversion = None
    if end_char == '!':
        if i >= n:
            raise ValueError('end of string while looking for conversion specifier')
        conversion = text[i]
        i += 1
        if i < n:
            ch = text[i]
            i += 1
            if ch == '}':
                return field_name, '', conversion, i
            if ch != ':':
                raise ValueError("expected ':' after conversion specifier")
    spec_start = i
    depth = 1
    while i < n:
        ch = text[i]
        i += 1
        if ch == '{':
            depth += 1
        elif ch == '}':
            depth -= 1
            if depth == 0:
                return field_name, text[spec_start:i - 1], conversion, i
    raise ValueError("unmatched '{' in format spec")


def _field_index(name):
    """`name` as an int when it is all decimal digits, else `name` itself."""
    if not name or not name.isdecimal():
        return name
    value = int(name)
    if value > _sys.maxsize:
        raise ValueError('Too many decimal digits in format string')
    return value


def _formatter_field_name_split(field_name):
    """Splits a field name into its first part (an int if it is a number) and an iterator of
    (is_attribute, key) pairs for the `.attr` and `[key]` parts that follow, which reports
    malformed parts as it reaches them."""
    n = len(field_name)
    i = 0
    while i < n and field_name[i] not in '.[':
        i += 1
    return _field_index(field_name[:i]), _field_name_rest(field_name, i)


def _field_name_rest(field_name, i):
    n = len(field_name)
    while i < n:
        ch = field_name[i]
        i += 1
        if ch == '.':
            start = i
            while i < n and field_name[i] not in '.[':
                i += 1
            name = field_name[start:i]
            is_attribute = True
        elif ch == '[':
            start = i
            while i < n and field_name[i] != ']':
                i += 1
            if i >= n:
                raise ValueError("Missing ']' in format string")
            name = field_name[start:i]
            i += 1
            is_attribute = False
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        if not name:
            raise ValueError('Empty attribute in format string')
        yield is_attribute, (name if is_attribute else _field_index(name))


class Formatter:
    """The `str.format` machinery as overridable methods: vformat parses with parse(), finds
    each field's object with get_field() (which uses get_value()), converts it with
    convert_field() and formats it with format_field(), then check_unused_args()."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        """Formats `format_string`; its fields' specs are formatted in turn, nested up to
        `recursion_depth` levels. `auto_arg_index` is the next automatic field number, or
        False once a field is numbered by hand. Returns the text and that state."""
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        out = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                out.append(literal_text)
            if field_name is None:
                continue
            if field_name == '':
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field specification to '
                                     'automatic field numbering')
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError('cannot switch from manual field specification to '
                                     'automatic field numbering')
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(
                format_spec, args, kwargs, used_args, recursion_depth - 1,
                auto_arg_index=auto_arg_index)
            out.append(self.format_field(obj, format_spec))
        return ''.join(out), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError(f'Unknown conversion specifier {conversion!s}')

    def parse(self, format_string):
        """An iterable of (literal_text, field_name, format_spec, conversion) tuples."""
        return _formatter_parser(format_string)

    def get_field(self, field_name, args, kwargs):
        """The object a field name refers to, and the argument key it used."""
        first, rest = _formatter_field_name_split(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attribute, key in rest:
            obj = getattr(obj, key) if is_attribute else obj[key]
        return obj, first
