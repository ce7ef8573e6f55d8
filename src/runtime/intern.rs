//! Interned names: every identifier the compiler puts in a code object (attribute, method and
//! module names) is the one `Rc<PyStr>` this table holds for its text, so name lookups compare
//! pointers instead of bytes. One table per thread (values are `Rc`s); a name built at run time
//! is interned before it is looked up.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use super::str::PyStr;

thread_local! {
    static NAMES: RefCell<HashMap<Box<str>, Rc<PyStr>>> = RefCell::new(HashMap::new());
}

/// The interned string for `text`.
pub fn intern(text: &str) -> Rc<PyStr> {
    NAMES.with(|names| {
        let mut names = names.borrow_mut();
        if let Some(found) = names.get(text) {
            return found.clone();
        }
        let name = Rc::new(PyStr::new(text.to_string()));
        names.insert(text.into(), name.clone());
        name
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_texts_share_one_object() {
        assert!(Rc::ptr_eq(&intern("append"), &intern("append")));
        assert!(!Rc::ptr_eq(&intern("append"), &intern("pop")));
    }
}
