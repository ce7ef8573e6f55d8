//! Runtime: what Python values are. Owns the `Value` representation, the heap object types
//! (str, list, tuple, range, dict, set, function, module, iterator), hashing, numeric semantics for int/float, text
//! formatting (repr, `%`), exceptions, builtins and the built-in modules. It never sees bytecode,
//! a program counter or an engine's stack layout.

pub mod alloc;
pub mod args;
pub mod builtin_dunders;
pub mod builtins;
pub mod builtins_iter;
pub mod bytearray_methods;
pub mod bytes;
pub mod bytes_methods;
pub mod bytes_text;
pub mod class;
pub mod complex;
pub mod container_protocol;
pub mod deque;
pub mod descriptor_methods;
pub mod descriptors;
pub mod dict;
pub mod dict_methods;
pub mod digits;
pub mod dunder;
pub mod exc_object;
pub mod exception;
pub mod exec_eval;
pub mod float;
pub mod float_digits;
pub mod format;
pub mod format_call;
pub mod format_spec;
pub mod function;
pub mod function_attrs;
pub mod generator;
pub mod hash;
pub mod indexing;
pub mod inline_cache;
pub mod instance;
pub mod int;
pub mod intern;
pub mod metaclass;
pub mod modules;
pub mod namespace_builtins;
pub mod number_attrs;
pub mod numeric_builtins;
pub mod object;
pub mod os_error;
pub mod percent_format;
pub mod protocol;
pub mod set;
pub mod set_methods;
pub mod slice;
pub mod sort;
pub mod str;
pub mod str_format;
pub mod str_layout;
pub mod str_methods;
pub mod str_predicates;
pub mod streams;
pub mod super_object;
pub mod syntax_error;
pub mod type_attrs;
pub mod types;
pub mod unprintable;
pub mod value;

pub use exception::{ExcKind, PyErr, PyResult};
pub use value::{Bool64, F64, Value};
