"""Spindle's `enum`: `Enum`, `IntEnum`, `StrEnum`, `Flag`, `IntFlag`, `ReprEnum`, `auto`,
`unique`, `member`/`nonmember`, the functional API (`Enum('Color', 'RED GREEN')`) and the
`EnumType` metaclass that gives enum classes iteration, `len`, `in`, lookup by value
(`Color(1)`) and by name (`Color['RED']`), with CPython 3.11's reprs, strs and errors.

Written for Spindle after CPython's documented behaviour: members are made in `EnumType.__new__`
after the class body ran in an `_EnumDict` (which resolves `auto()` as names are bound);
aliases share their canonical member; `Flag` composites are pseudo-members made on demand and
cached by value. Pickling support and `_order_` checking are left out."""

__all__ = [
    'EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'ReprEnum',
    'auto', 'unique', 'member', 'nonmember', 'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT',
    'KEEP', 'global_enum', 'property', 'verify', 'EnumCheck', 'UNIQUE', 'CONTINUOUS',
    'NAMED_FLAGS',
]

_builtin_property = property


class _AutoNull:
    def __repr__(self):
        return '_auto_null'


_auto_null = _AutoNull()


class auto:
    """Instances are replaced with an appropriate value in Enum class suites."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % (self.value,)


class member:
    """Forces an item to become an Enum member."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Protects an item from becoming an Enum member."""

    def __init__(self, value):
        self.value = value


# `enum.property` (CPython's subclass for member attributes) is the built-in property here.
property = _builtin_property


def _is_descriptor(obj):
    return (hasattr(obj, '__get__') or hasattr(obj, '__set__')
            or hasattr(obj, '__delete__'))


def _is_dunder(name):
    return (len(name) > 4 and name[:2] == name[-2:] == '__'
            and name[2] != '_' and name[-3] != '_')


def _is_sunder(name):
    return (len(name) > 2 and name[0] == name[-1] == '_'
            and name[1] != '_' and name[-2] != '_')


def _is_private(cls_name, name):
    pattern = '_%s__' % (cls_name.lstrip('_'),)
    return (len(name) > len(pattern) and name.startswith(pattern)
            and not name.endswith('__'))


def _is_single_bit(num):
    return num != 0 and num & (num - 1) == 0


from _mappingproxy import mappingproxy


class FlagBoundary:
    """What a `Flag` does with bits no member has (`STRICT`, `CONFORM`, `EJECT`, `KEEP`)."""

    def __init__(self, name):
        self._name_ = name

    def __repr__(self):
        return '<FlagBoundary.%s: %r>' % (self._name_, self._name_.lower())

    def __str__(self):
        return self._name_.lower()


STRICT = FlagBoundary('STRICT')
CONFORM = FlagBoundary('CONFORM')
EJECT = FlagBoundary('EJECT')
KEEP = FlagBoundary('KEEP')


class _EnumDict(dict):
    """The namespace of an enum class body: records member names in order and resolves
    `auto()` values as they are bound."""

    def __init__(self):
        super().__init__()
        self._member_names = []
        self._last_values = []
        self._ignore = []
        self._cls_name = None
        self._generate_next_value = None

    def __setitem__(self, key, value):
        if self._cls_name is not None and _is_private(self._cls_name, key):
            pass
        elif _is_sunder(key):
            if key == '_generate_next_value_':
                if isinstance(value, staticmethod):
                    value = value.__func__
                self._generate_next_value = value
            elif key == '_ignore_':
                if isinstance(value, str):
                    value = value.replace(',', ' ').split()
                else:
                    value = list(value)
                self._ignore = value
                already = set(value) & set(self._member_names)
                if already:
                    raise ValueError('_ignore_ cannot specify already set names: %r'
                                     % (already,))
        elif _is_dunder(key):
            if key == '__order__':
                key = '_order_'
        elif key in self._member_names:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        elif key in self._ignore:
            pass
        elif isinstance(value, nonmember):
            value = value.value
        elif not isinstance(value, member) and _is_descriptor(value):
            pass
        else:
            if key in self:
                raise TypeError('%r already defined as %r' % (key, self[key]))
            if isinstance(value, member):
                value = value.value
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = self._generate_next_value(
                        key, 1, len(self._member_names), self._last_values[:])
                value = value.value
            elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
                resolved = []
                for item in value:
                    if isinstance(item, auto):
                        if item.value is _auto_null:
                            item.value = self._generate_next_value(
                                key, 1, len(self._member_names), self._last_values[:])
                        item = item.value
                    resolved.append(item)
                value = tuple(resolved)
            self._member_names.append(key)
            self._last_values.append(value)
        super().__setitem__(key, value)


class EnumType(type):
    """Metaclass for Enum."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        metacls._check_for_existing_members_(cls, bases)
        enum_dict = _EnumDict()
        enum_dict._cls_name = cls
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        if first_enum is not None:
            enum_dict['_generate_next_value_'] = getattr(
                first_enum, '_generate_next_value_', None)
        return enum_dict

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        if _simple:
            return super().__new__(metacls, cls, bases, classdict, **kwds)
        ignore = list(classdict._ignore) + ['_ignore_']
        for key in ignore:
            dict.pop(classdict, key, None)
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        member_names = list(classdict._member_names)
        members = {name: dict.__getitem__(classdict, name) for name in member_names}
        for name in member_names:
            dict.__delitem__(classdict, name)
        invalid = set(member_names) & {'mro', ''}
        if invalid:
            raise ValueError('invalid enum member name(s) %s'
                             % (','.join(repr(n) for n in sorted(invalid)),))
        new_member = None
        if first_enum is not None:
            # A `__new__` in the body makes the members; the class keeps Enum's lookup.
            new_member = dict.pop(classdict, '__new__', None)
            if isinstance(new_member, staticmethod):
                new_member = new_member.__func__
            if new_member is None:
                new_member = getattr(first_enum, '_new_member_', None)
        namespace = dict(classdict)
        namespace['_new_member_'] = new_member
        namespace['_member_names_'] = []
        namespace['_member_map_'] = {}
        namespace['_value2member_map_'] = {}
        namespace['_unhashable_values_'] = []
        namespace['_member_type_'] = member_type
        if boundary is None and first_enum is not None:
            boundary = getattr(first_enum, '_boundary_', None)
        namespace['_boundary_'] = boundary
        namespace['_flag_mask_'] = 0
        namespace['_all_bits_'] = 0
        if ReprEnum is not None and member_type is not object:
            for base in bases:
                if isinstance(base, EnumType) and issubclass(base, ReprEnum):
                    namespace.setdefault('__str__', _mixin_str(member_type))
                    namespace.setdefault('__format__', _mixin_format)
                    break
        enum_class = super().__new__(metacls, cls, bases, namespace, **kwds)
        if first_enum is not None:
            # A data type's methods come before Enum's in the MRO (`int` in IntEnum):
            # lookup by value, repr and friends stay the enum's unless the body defines them.
            type.__setattr__(enum_class, '__new__', Enum.__new__)
            for name in ('__repr__', '__str__', '__format__'):
                if name in namespace:
                    continue
                found = getattr(enum_class, name)
                if (found is getattr(member_type, name, None)
                        or found is getattr(object, name)):
                    type.__setattr__(enum_class, name, getattr(first_enum, name))
        is_flag = Flag is not None and issubclass(enum_class, Flag)
        if is_flag:
            # The same for the operators (`int.__or__` would make IntFlag's `|` an int).
            for name in ('__or__', '__and__', '__xor__', '__ror__', '__rand__', '__rxor__',
                         '__invert__'):
                if name not in namespace:
                    type.__setattr__(enum_class, name, getattr(Flag, name))
        for name in member_names:
            enum_class._add_member_(name, members[name], new_member, member_type)
        if is_flag:
            mask = 0
            for member_name in enum_class._member_names_:
                mask |= enum_class._member_map_[member_name]._value_
            enum_class._flag_mask_ = mask
            enum_class._all_bits_ = 2 ** mask.bit_length() - 1
        return enum_class

    def _add_member_(cls, name, value, new_member, member_type):
        args = value if isinstance(value, tuple) else (value,)
        if member_type is tuple:
            args = (args,)
        if new_member is not None:
            enum_member = new_member(cls, *args)
        elif member_type is object:
            enum_member = object.__new__(cls)
        else:
            enum_member = member_type.__new__(cls, *args)
        if not hasattr(enum_member, '_value_'):
            if new_member is None and member_type is not object:
                enum_member._value_ = member_type(*args)
            else:
                enum_member._value_ = value
        value = enum_member._value_
        enum_member._name_ = name
        enum_member.__objclass__ = cls
        enum_member.__init__(*args)
        enum_member._sort_order_ = len(cls._member_names_)
        # An alias shares the member of its value: found by hash, or by equality for
        # unhashable values.
        try:
            canonical = cls._value2member_map_.get(value)
        except TypeError:
            canonical = None
            for existing in cls._member_map_.values():
                if existing._value_ == value:
                    canonical = existing
                    break
        is_flag = Flag is not None and issubclass(cls, Flag)
        if canonical is not None:
            enum_member = canonical
        elif not is_flag or _is_single_bit(value) or value == 0:
            cls._member_names_.append(name)
        cls._member_map_[name] = enum_member
        type.__setattr__(cls, name, enum_member)
        try:
            cls._value2member_map_.setdefault(value, enum_member)
        except TypeError:
            cls._unhashable_values_.append(value)

    def __bool__(cls):
        return True

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None,
                 start=1, boundary=None):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type,
                            start=start, boundary=boundary)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError(
                "unsupported operand type(s) for 'in': '%s' and '%s'"
                % (type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError("%r cannot delete member %r." % (cls.__name__, attr))
        super().__delattr__(attr)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __dir__(cls):
        interesting = set(['__class__', '__contains__', '__doc__', '__getitem__', '__iter__',
                           '__len__', '__members__', '__module__', '__name__', '__qualname__',
                           '__init_subclass__'] + cls._member_names_)
        if cls._new_member_ is not None:
            interesting.add('__new__')
        if cls._member_type_ is object:
            return sorted(interesting)
        return sorted(set(dir(cls._member_type_)) | interesting)

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    @_builtin_property
    def __members__(cls):
        return mappingproxy(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def __setattr__(cls, name, value):
        if name in getattr(cls, '_member_map_', ()):
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None,
                 start=1, boundary=None):
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        _, first_enum = cls._get_mixins_(class_name, bases)
        classdict = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original_names, names = names, []
            last_values = []
            for count, name in enumerate(original_names):
                value = first_enum._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        for item in names:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        if module is not None:
            classdict['__module__'] = module
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)

    @classmethod
    def _check_for_existing_members_(mcls, class_name, bases):
        for chain in bases:
            for base in chain.__mro__:
                if isinstance(base, EnumType) and base._member_names_:
                    raise TypeError("<enum %r> cannot extend %r" % (class_name, base))

    @classmethod
    def _get_mixins_(mcls, class_name, bases):
        if not bases:
            return object, Enum
        first_enum = bases[-1]
        if not isinstance(first_enum, EnumType):
            raise TypeError("new enumerations should be created as "
                            "`EnumName([mixin_type, ...] [data_type,] enum_type)`")
        member_type = mcls._find_data_type_(class_name, bases) or object
        return member_type, first_enum

    @classmethod
    def _find_data_type_(mcls, class_name, bases):
        data_types = set()
        for chain in bases:
            candidate = None
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    if base._member_type_ is not object:
                        data_types.add(base._member_type_)
                        break
                elif base.__module__ == 'builtins' or '__new__' in base.__dict__:
                    data_types.add(candidate or base)
                    break
                else:
                    candidate = candidate or base
        if len(data_types) > 1:
            raise TypeError('too many data types for %r: %r' % (class_name, data_types))
        if data_types:
            return data_types.pop()
        return None


EnumMeta = EnumType

# Set once the classes exist (EnumType.__new__ asks for them while they are being made).
Enum = None
ReprEnum = None
Flag = None


def _mixin_str(member_type):
    def __str__(self):
        return str(self._value_)
    return __str__


def _mixin_format(self, format_spec):
    return format(self._value_, format_spec)


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs."""

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for found in cls._member_map_.values():
                if found._value_ == value:
                    return found
        try:
            exc = None
            result = cls._missing_(value)
        except Exception as e:
            exc = e
            result = None
        if isinstance(result, cls):
            return result
        ve_exc = ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        if result is None and exc is None:
            raise ve_exc
        if exc is None:
            exc = TypeError('error in %s._missing_: returned %r instead of None or a valid member'
                            % (cls.__name__, result))
        if not isinstance(exc, ValueError):
            exc.__context__ = ve_exc
        raise exc

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start
        for value in reversed(last_values):
            try:
                return value + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        return "<%s.%s: %r>" % (self.__class__.__name__, self._name_, self._value_)

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @property
    def value(self):
        """The value of the Enum member."""
        return self._value_


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints."""


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class Flag(Enum, boundary=CONFORM):
    """Support for flags."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = last_value.bit_length() - 1
        except Exception:
            raise TypeError('invalid flag value %r' % last_value) from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        all_bits = cls._all_bits_
        if value < 0:
            value = max(all_bits + 1, 2 ** value.bit_length()) + value
        unknown = value & ~flag_mask
        if unknown:
            boundary = cls._boundary_
            if boundary is STRICT:
                raise ValueError("%r invalid value %r\n    given %s\n  allowed %s"
                                 % (cls, value, bin(value), bin(flag_mask)))
            if boundary is CONFORM:
                value &= flag_mask
                unknown = 0
            elif boundary is EJECT:
                return value
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        pseudo._value_ = value
        names = [m._name_ for m in cls._iter_member_(value & flag_mask)]
        if unknown:
            names.append(str(unknown))
        pseudo._name_ = '|'.join(names) if names else None
        return cls._value2member_map_.setdefault(value, pseudo)

    @classmethod
    def _iter_member_(cls, value):
        for name in cls._member_names_:
            found = cls._member_map_[name]
            if found._value_ and found._value_ & value == found._value_:
                yield found

    def __iter__(self):
        return self.__class__._iter_member_(self._value_)

    def __len__(self):
        return bin(self._value_).count('1')

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __repr__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return "<%s: %r>" % (cls_name, self._value_)
        return "<%s.%s: %r>" % (cls_name, self._name_, self._value_)

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '%s(%r)' % (cls_name, self._value_)
        return "%s.%s" % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def _operand(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return NotImplemented

    def __or__(self, other):
        value = self._operand(other)
        if value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ | value)

    def __and__(self, other):
        value = self._operand(other)
        if value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ & value)

    def __xor__(self, other):
        value = self._operand(other)
        if value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ ^ value)

    def __invert__(self):
        return self.__class__(self._flag_mask_ ^ (self._value_ & self._flag_mask_))

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Support for integer-based Flags."""

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, format_spec):
        return format(self._value_, format_spec)


def unique(enumeration):
    """Class decorator for enumerations ensuring unique member values."""
    duplicates = []
    for name, found in enumeration.__members__.items():
        if name != found._name_:
            duplicates.append((name, found._name_))
    if duplicates:
        alias_details = ', '.join("%s -> %s" % (alias, name) for (alias, name) in duplicates)
        raise ValueError('duplicate values found in %r: %s' % (enumeration, alias_details))
    return enumeration


class EnumCheck:
    """Checks `verify` can make (only `UNIQUE` is enforced here)."""

    def __init__(self, name):
        self._name_ = name

    def __repr__(self):
        return '<EnumCheck.%s: %r>' % (self._name_, self._name_.lower())


UNIQUE = EnumCheck('UNIQUE')
CONTINUOUS = EnumCheck('CONTINUOUS')
NAMED_FLAGS = EnumCheck('NAMED_FLAGS')


def verify(*checks):
    """Class decorator checking an enumeration (`UNIQUE` as `unique` does)."""
    def decorate(enumeration):
        if UNIQUE in checks:
            unique(enumeration)
        return enumeration
    return decorate


def global_enum(cls):
    """Decorator that exports the members into the module the class is defined in."""
    import sys
    module = sys.modules.get(cls.__module__)
    if module is not None:
        for name, found in cls.__members__.items():
            setattr(module, name, found)
    return cls
