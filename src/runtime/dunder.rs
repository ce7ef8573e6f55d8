//! The interned names the runtime looks up by itself (`__init__`, `__add__`, `__eq__`, ...):
//! created once per thread, so a dunder lookup is a pointer-keyed cache probe, never a string
//! hash. `dunder(Dunder::Init)` is the interned `"__init__"`.

use std::rc::Rc;

use super::intern::intern;
use super::str::PyStr;

macro_rules! dunders {
    ($( $variant:ident $text:literal, )*) => {
        /// A name the runtime looks up on types.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Dunder { $( $variant, )* }

        const TEXTS: &[&str] = &[$( $text, )*];
    };
}

dunders! {
    Init "__init__",
    New "__new__",
    Repr "__repr__",
    Str "__str__",
    Format "__format__",
    Hash "__hash__",
    Eq "__eq__",
    Ne "__ne__",
    Lt "__lt__",
    Le "__le__",
    Gt "__gt__",
    Ge "__ge__",
    Bool "__bool__",
    Len "__len__",
    Iter "__iter__",
    Next "__next__",
    GetItem "__getitem__",
    SetItem "__setitem__",
    DelItem "__delitem__",
    Contains "__contains__",
    Missing "__missing__",
    Call "__call__",
    GetAttr "__getattr__",
    GetAttribute "__getattribute__",
    SetAttr "__setattr__",
    DelAttr "__delattr__",
    Get "__get__",
    Set "__set__",
    Delete "__delete__",
    Index "__index__",
    Int "__int__",
    Float "__float__",
    Neg "__neg__",
    Pos "__pos__",
    Abs "__abs__",
    Invert "__invert__",
    Class "__class__",
    Dict "__dict__",
    Name "__name__",
    Qualname "__qualname__",
    Module "__module__",
    Doc "__doc__",
    Slots "__slots__",
    ClassCell "__classcell__",
    Reversed "__reversed__",
    Round "__round__",
    InitSubclass "__init_subclass__",
    Prepare "__prepare__",
    InstanceCheck "__instancecheck__",
    SubclassCheck "__subclasscheck__",
    Enter "__enter__",
    Exit "__exit__",
    Await "__await__",
    AEnter "__aenter__",
    AExit "__aexit__",
    AIter "__aiter__",
    ANext "__anext__",
    Notes "__notes__",
}

thread_local! {
    static NAMES: Vec<Rc<PyStr>> = TEXTS.iter().map(|t| intern(t)).collect();
}

/// The interned name of `which`.
#[inline]
pub fn dunder(which: Dunder) -> Rc<PyStr> {
    NAMES.with(|names| names[which as usize].clone())
}

/// How many `Dunder`s there are.
pub const COUNT: usize = TEXTS.len();

/// The text of `which`.
pub fn text(which: Dunder) -> &'static str {
    TEXTS[which as usize]
}
