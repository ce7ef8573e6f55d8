"""JSON (JavaScript Object Notation) encoder and decoder, Spindle's `json`: dumps/dump and
loads/load for plain data (dict, list, tuple, str, int, float, bool, None), with CPython's
options (indent, separators, sort_keys, ensure_ascii, allow_nan, skipkeys, default,
object_hook, parse_float, parse_int) and its error messages. `cls=` encoder/decoder
classes are not supported."""

__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecodeError']


class JSONDecodeError(ValueError):
    """Subclass of ValueError with the following additional properties:
    msg, doc, pos, lineno, colno."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        ValueError.__init__(self, f'{msg}: line {lineno} column {colno} (char {pos})')
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno


################################################################################
### encoding
################################################################################

_ESCAPES = {'"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b',
            '\f': '\\f'}


def _encode_string(s, ensure_ascii):
    out = ['"']
    for ch in s:
        escaped = _ESCAPES.get(ch)
        if escaped is not None:
            out.append(escaped)
            continue
        code = ord(ch)
        if code < 0x20 or (ensure_ascii and code > 0x7e):
            if code > 0xFFFF:
                code -= 0x10000
                out.append('\\u%04x\\u%04x' % (0xD800 | (code >> 10), 0xDC00 | (code & 0x3FF)))
            else:
                out.append('\\u%04x' % code)
        else:
            out.append(ch)
    out.append('"')
    return ''.join(out)


def _encode_float(o, allow_nan):
    if o != o:
        text = 'NaN'
    elif o == float('inf'):
        text = 'Infinity'
    elif o == -float('inf'):
        text = '-Infinity'
    else:
        return float.__repr__(o)
    if not allow_nan:
        raise ValueError('Out of range float values are not JSON compliant')
    return text


class _Encoder:
    def __init__(self, skipkeys, ensure_ascii, check_circular, allow_nan, indent,
                 separators, default, sort_keys):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.allow_nan = allow_nan
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator, self.key_separator = ',', ': '
        else:
            self.item_separator, self.key_separator = ', ', ': '
        self.default = default
        self.sort_keys = sort_keys
        self.markers = {} if check_circular else None

    def encode(self, o):
        chunks = []
        self._encode(o, chunks, 0)
        return ''.join(chunks)

    def _enter(self, o):
        if self.markers is not None:
            marker = id(o)
            if marker in self.markers:
                raise ValueError('Circular reference detected')
            self.markers[marker] = o

    def _leave(self, o):
        if self.markers is not None:
            del self.markers[id(o)]

    def _newline(self, level):
        return '\n' + self.indent * level

    def _encode(self, o, out, level):
        if isinstance(o, str):
            out.append(_encode_string(o, self.ensure_ascii))
        elif o is None:
            out.append('null')
        elif o is True:
            out.append('true')
        elif o is False:
            out.append('false')
        elif isinstance(o, int):
            out.append(int.__repr__(o))
        elif isinstance(o, float):
            out.append(_encode_float(o, self.allow_nan))
        elif isinstance(o, (list, tuple)):
            self._encode_list(o, out, level)
        elif isinstance(o, dict):
            self._encode_dict(o, out, level)
        else:
            if self.default is None:
                raise TypeError(f'Object of type {o.__class__.__name__} '
                                'is not JSON serializable')
            self._enter(o)
            self._encode(self.default(o), out, level)
            self._leave(o)

    def _encode_list(self, items, out, level):
        if not items:
            out.append('[]')
            return
        self._enter(items)
        out.append('[')
        separator = self.item_separator
        if self.indent is not None:
            level += 1
            out.append(self._newline(level))
            separator += self._newline(level)
        first = True
        for item in items:
            if not first:
                out.append(separator)
            first = False
            self._encode(item, out, level)
        if self.indent is not None:
            out.append(self._newline(level - 1))
        out.append(']')
        self._leave(items)

    def _key(self, key):
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return _encode_float(key, self.allow_nan)
        if key is True:
            return 'true'
        if key is False:
            return 'false'
        if key is None:
            return 'null'
        if isinstance(key, int):
            return int.__repr__(key)
        if self.skipkeys:
            return None
        raise TypeError('keys must be str, int, float, bool or None, '
                        f'not {key.__class__.__name__}')

    def _encode_dict(self, d, out, level):
        if not d:
            out.append('{}')
            return
        self._enter(d)
        out.append('{')
        separator = self.item_separator
        if self.indent is not None:
            level += 1
            out.append(self._newline(level))
            separator += self._newline(level)
        items = sorted(d.items()) if self.sort_keys else d.items()
        first = True
        for key, value in items:
            key = self._key(key)
            if key is None:
                continue
            if not first:
                out.append(separator)
            first = False
            out.append(_encode_string(key, self.ensure_ascii))
            out.append(self.key_separator)
            self._encode(value, out, level)
        if self.indent is not None:
            out.append(self._newline(level - 1))
        out.append('}')
        self._leave(d)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
          cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    """Serialize obj to a JSON formatted str."""
    return _Encoder(skipkeys, ensure_ascii, check_circular, allow_nan, indent, separators,
                    default, sort_keys).encode(obj)


def dump(obj, fp, **kw):
    """Serialize obj as a JSON formatted stream to fp (a .write()-supporting object)."""
    fp.write(dumps(obj, **kw))


################################################################################
### decoding
################################################################################

_WHITESPACE = ' \t\n\r'
_UNESCAPE = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r',
             't': '\t'}
_DIGITS = '0123456789'


class _Decoder:
    def __init__(self, doc, object_hook, parse_float, parse_int, parse_constant,
                 object_pairs_hook):
        self.doc = doc
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant
        self.object_pairs_hook = object_pairs_hook

    def skip(self, pos):
        doc = self.doc
        n = len(doc)
        while pos < n and doc[pos] in _WHITESPACE:
            pos += 1
        return pos

    def value(self, pos):
        doc = self.doc
        if pos >= len(doc):
            raise JSONDecodeError('Expecting value', doc, pos)
        ch = doc[pos]
        if ch == '"':
            return self.string(pos + 1)
        if ch == '{':
            return self.object(pos + 1)
        if ch == '[':
            return self.array(pos + 1)
        if ch == 'n' and doc.startswith('null', pos):
            return None, pos + 4
        if ch == 't' and doc.startswith('true', pos):
            return True, pos + 4
        if ch == 'f' and doc.startswith('false', pos):
            return False, pos + 5
        for name, value in (('NaN', 'NaN'), ('Infinity', 'Infinity'),
                            ('-Infinity', '-Infinity')):
            if doc.startswith(name, pos):
                if self.parse_constant is not None:
                    return self.parse_constant(value), pos + len(name)
                return float(value.replace('Infinity', 'inf').replace('NaN', 'nan')), \
                    pos + len(name)
        return self.number(pos)

    def number(self, pos):
        doc = self.doc
        n = len(doc)
        start = pos
        if pos < n and doc[pos] == '-':
            pos += 1
        if pos < n and doc[pos] == '0':
            pos += 1
        elif pos < n and doc[pos] in '123456789':
            while pos < n and doc[pos] in _DIGITS:
                pos += 1
        else:
            raise JSONDecodeError('Expecting value', doc, start)
        is_float = False
        if pos + 1 < n and doc[pos] == '.' and doc[pos + 1] in _DIGITS:
            is_float = True
            pos += 2
            while pos < n and doc[pos] in _DIGITS:
                pos += 1
        if pos < n and doc[pos] in 'eE':
            exponent = pos + 1
            if exponent < n and doc[exponent] in '+-':
                exponent += 1
            if exponent < n and doc[exponent] in _DIGITS:
                is_float = True
                pos = exponent
                while pos < n and doc[pos] in _DIGITS:
                    pos += 1
        text = doc[start:pos]
        return (self.parse_float(text) if is_float else self.parse_int(text)), pos

    def string(self, pos):
        doc = self.doc
        n = len(doc)
        begin = pos - 1
        chunks = []
        while True:
            end = pos
            while end < n and doc[end] != '"' and doc[end] != '\\' and doc[end] >= ' ':
                end += 1
            chunks.append(doc[pos:end])
            if end >= n:
                raise JSONDecodeError('Unterminated string starting at', doc, begin)
            ch = doc[end]
            if ch == '"':
                return ''.join(chunks), end + 1
            if ch != '\\':
                raise JSONDecodeError('Invalid control character at', doc, end)
            if end + 1 >= n:
                raise JSONDecodeError('Unterminated string starting at', doc, begin)
            escape = doc[end + 1]
            if escape != 'u':
                if escape not in _UNESCAPE:
                    raise JSONDecodeError('Invalid \\escape', doc, end)
                chunks.append(_UNESCAPE[escape])
                pos = end + 2
                continue
            code = self.hex4(end + 2, end)
            pos = end + 6
            if 0xD800 <= code <= 0xDBFF and doc.startswith('\\u', pos):
                low = self.hex4(pos + 2, pos)
                if 0xDC00 <= low <= 0xDFFF:
                    code = 0x10000 + (((code - 0xD800) << 10) | (low - 0xDC00))
                    pos += 6
            chunks.append(chr(code))

    def hex4(self, pos, escape_at):
        digits = self.doc[pos:pos + 4]
        if len(digits) == 4 and all(c in '0123456789abcdefABCDEF' for c in digits):
            return int(digits, 16)
        raise JSONDecodeError('Invalid \\uXXXX escape', self.doc, escape_at)

    def array(self, pos):
        doc = self.doc
        items = []
        pos = self.skip(pos)
        if pos < len(doc) and doc[pos] == ']':
            return items, pos + 1
        while True:
            value, pos = self.value(pos)
            items.append(value)
            pos = self.skip(pos)
            if pos < len(doc) and doc[pos] == ']':
                return items, pos + 1
            if pos >= len(doc) or doc[pos] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", doc, pos)
            pos = self.skip(pos + 1)

    def object(self, pos):
        doc = self.doc
        pairs = []
        pos = self.skip(pos)
        if pos < len(doc) and doc[pos] == '}':
            return self.finish_object(pairs), pos + 1
        while True:
            if pos >= len(doc) or doc[pos] != '"':
                raise JSONDecodeError('Expecting property name enclosed in double quotes',
                                      doc, pos)
            key, pos = self.string(pos + 1)
            pos = self.skip(pos)
            if pos >= len(doc) or doc[pos] != ':':
                raise JSONDecodeError("Expecting ':' delimiter", doc, pos)
            pos = self.skip(pos + 1)
            value, pos = self.value(pos)
            pairs.append((key, value))
            pos = self.skip(pos)
            if pos < len(doc) and doc[pos] == '}':
                return self.finish_object(pairs), pos + 1
            if pos >= len(doc) or doc[pos] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", doc, pos)
            pos = self.skip(pos + 1)

    def finish_object(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        result = dict(pairs)
        if self.object_hook is not None:
            return self.object_hook(result)
        return result


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize s (a str containing a JSON document) to a Python object."""
    if not isinstance(s, str):
        raise TypeError('the JSON object must be str, bytes or bytearray, '
                        f'not {s.__class__.__name__}')
    if s.startswith('\ufeff'):
        raise JSONDecodeError('Unexpected UTF-8 BOM (decode using utf-8-sig)', s, 0)
    decoder = _Decoder(s, object_hook, parse_float, parse_int, parse_constant,
                       object_pairs_hook)
    value, end = decoder.value(decoder.skip(0))
    end = decoder.skip(end)
    if end != len(s):
        raise JSONDecodeError('Extra data', s, end)
    return value


def load(fp, **kw):
    """Deserialize fp (a .read()-supporting file-like object) to a Python object."""
    return loads(fp.read(), **kw)
