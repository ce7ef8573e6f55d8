//! The single opcode table. Each row gives an opcode's enum variant, its CPython-style name, its
//! *shape* (the stack pattern every engine implements exactly once, written `(inputs -- outputs)`),
//! the kind of operand it takes, the function in `crate::ops` that gives it meaning (`_` when the
//! shape alone is the meaning, e.g. a jump) and a one-line description. The enum, names, stack
//! effects, the disassembler and every engine's handler set are generated from this one list.

/// Invokes `$m!` with every opcode row. Rows: `Variant "NAME" shape operand semantics "doc";`.
#[macro_export]
macro_rules! for_each_opcode {
    ($m:ident) => {
        $m! {
            // --- stack and locals ------------------------------------------------------------------
            Nop            "NOP"                  nop            none    _                 "( -- ) does nothing";
            PopTop         "POP_TOP"              pop_top        none    _                 "(v -- ) discards the top of stack";
            Copy           "COPY"                 copy           int     _                 "(.. v -- .. v v) pushes a copy of the arg-th item (1 = top)";
            Swap           "SWAP"                 swap           int     _                 "(v .. w -- w .. v) swaps the top with the arg-th item";
            LoadConst      "LOAD_CONST"           load_const     konst   _                 "( -- v) pushes a constant";
            LoadFast       "LOAD_FAST"            load_fast      local   load_fast         "( -- v) pushes a local; UnboundLocalError if unset";
            StoreFast      "STORE_FAST"           store_fast     local   _                 "(v -- ) stores into a local";
            LoadGlobal     "LOAD_GLOBAL"          load_global    global  load_global       "( -- v) pushes a module global or builtin; NameError if neither";
            StoreGlobal    "STORE_GLOBAL"         store_global   global  _                 "(v -- ) stores into a module global";
            DeleteFast     "DELETE_FAST"          delete_local   local   delete_fast       "( -- ) unbinds a local; UnboundLocalError if unset";
            DeleteGlobal   "DELETE_GLOBAL"        delete_global  global  delete_global     "( -- ) unbinds a module global; NameError if unset";
            // --- cells and closures ----------------------------------------------------------------
            MakeCell       "MAKE_CELL"            make_cell      local   make_cell         "( -- ) replaces a slot's value by a new cell holding it";
            CopyFreeVars   "COPY_FREE_VARS"       copy_free_vars int     copy_free_vars    "( -- ) copies the function's closure cells into the last arg slots";
            LoadDeref      "LOAD_DEREF"           load_fast      local   load_deref        "( -- v) pushes the contents of the cell in a slot; error if empty";
            StoreDeref     "STORE_DEREF"          store_deref    local   store_deref       "(v -- ) stores into the cell in a slot";
            DeleteDeref    "DELETE_DEREF"         delete_local   local   delete_deref      "( -- ) empties the cell in a slot; error if already empty";
            LoadClosure    "LOAD_CLOSURE"         load_fast      local   load_closure      "( -- cell) pushes the cell in a slot itself, to build a closure";
            // --- expressions -----------------------------------------------------------------------
            UnaryNegative  "UNARY_NEGATIVE"       unary          none    negative_opcode   "(a -- -a)";
            UnaryPositive  "UNARY_POSITIVE"       unary          none    positive_opcode   "(a -- +a)";
            UnaryInvert    "UNARY_INVERT"         unary          none    invert_opcode     "(a -- ~a)";
            UnaryNot       "UNARY_NOT"            unary          none    not               "(a -- not a)";
            BinaryOp       "BINARY_OP"            binary         binop   binary_op_opcode  "(a b -- a op b) arithmetic, bitwise and in-place operators";
            CompareOp      "COMPARE_OP"           binary         cmpop   compare_op        "(a b -- a cmp b) rich comparison";
            IsOp           "IS_OP"                binary         int     is_op             "(a b -- a is b) identity; arg 1 negates";
            ContainsOp     "CONTAINS_OP"          binary         int     contains_op       "(a b -- a in b) membership; arg 1 negates";
            BinarySubscr   "BINARY_SUBSCR"        binary         none    subscript         "(c k -- c[k])";
            StoreSubscr    "STORE_SUBSCR"         store_subscr   none    store_subscript   "(v c k -- ) c[k] = v";
            DeleteSubscr   "DELETE_SUBSCR"        delete_subscr  none    delete_subscript  "(c k -- ) del c[k]";
            LoadAttr       "LOAD_ATTR"            attr           name    load_attr_cached  "(o -- o.name)";
            StoreAttr      "STORE_ATTR"           store_attr     name    store_attr_cached "(v o -- ) o.name = v";
            DeleteAttr     "DELETE_ATTR"          delete_attr    name    delete_attr       "(o -- ) del o.name";
            BuildList      "BUILD_LIST"           build          int     build_list        "(v1 .. vn -- [v1, .., vn])";
            BuildTuple     "BUILD_TUPLE"          build          int     build_tuple       "(v1 .. vn -- (v1, .., vn))";
            BuildSet       "BUILD_SET"            build          int     build_set         "(v1 .. vn -- {v1, .., vn})";
            BuildMap       "BUILD_MAP"            build          int     build_map         "(k1 v1 .. kn vn -- {k1: v1, ..}); arg counts stack items, 2 per pair";
            BuildSlice     "BUILD_SLICE"          build          int     build_slice       "(start stop [step] -- slice(start, stop[, step])); arg 2 or 3";
            BuildString    "BUILD_STRING"         build          int     build_string      "(s1 .. sn -- s1 + .. + sn) joins an f-string's pieces";
            FormatValue    "FORMAT_VALUE"         format_value   int     format_value      "(v [spec] -- format(conv(v), spec)) arg & 3: conversion (1 str, 2 repr, 3 ascii); arg & 4: a spec is on the stack";
            SetAdd         "SET_ADD"              add_to         int     set_add           "(c .. v -- c ..) adds v to the set arg items down";
            SetUpdate      "SET_UPDATE"           add_to         int     set_update        "(c .. it -- c ..) adds an iterable's items to the set arg items down";
            MapAdd         "MAP_ADD"              map_add        int     map_add           "(c .. k v -- c ..) sets c[k] = v in the dict arg items down";
            DictUpdate     "DICT_UPDATE"          add_to         int     dict_update       "(c .. m -- c ..) updates the dict arg items down from a mapping ({**m})";
            DictMerge      "DICT_MERGE"           dict_merge     int     dict_merge_call   "(f a c .. m -- f a c ..) as DICT_UPDATE for f(**m), refusing repeated keys";
            ListToTuple    "LIST_TO_TUPLE"        unary          none    list_to_tuple     "(list -- tuple(list))";
            ListAppend     "LIST_APPEND"          add_to         int     list_append       "(c .. v -- c ..) appends v to the list arg items down (1 = the new top)";
            ListExtend     "LIST_EXTEND"          add_to         int     list_extend       "(c .. it -- c ..) extends the list arg items down by an iterable";
            UnpackSequence "UNPACK_SEQUENCE"      unpack         int     unpack_sequence   "(s -- sn .. s1) exactly arg items, first on top";
            UnpackEx       "UNPACK_EX"            unpack_ex      int     unpack_ex         "(s -- sn .. s1) arg & 0xff items, a list of the rest, arg >> 8 items";
            GetIter        "GET_ITER"             unary          none    get_iter          "(o -- iter(o))";
            // --- control flow ----------------------------------------------------------------------
            ForIter        "FOR_ITER"             for_iter       jump    for_iter_next     "(it -- it next) or, when exhausted, (it -- ) and jump";
            JumpForward    "JUMP_FORWARD"         jump           jump    _                 "( -- ) jumps forward";
            JumpBackward   "JUMP_BACKWARD"        jump_back      jump    check_interrupt   "( -- ) jumps backward (loop back edge); raises KeyboardInterrupt after a Ctrl-C";
            PopJumpIfFalse "POP_JUMP_IF_FALSE"    pop_jump_if    jump    is_false          "(v -- ) jumps if v is falsy";
            PopJumpIfTrue  "POP_JUMP_IF_TRUE"     pop_jump_if    jump    is_true           "(v -- ) jumps if v is truthy";
            JumpIfFalseOrPop "JUMP_IF_FALSE_OR_POP" jump_or_pop  jump    is_false          "(v -- v) and jump if falsy, else (v -- )";
            JumpIfTrueOrPop "JUMP_IF_TRUE_OR_POP" jump_or_pop    jump    is_true           "(v -- v) and jump if truthy, else (v -- )";
            ReturnValue    "RETURN_VALUE"         return_value   none    _                 "(v -- ) returns v to the caller";
            // --- calls and definitions -------------------------------------------------------------
            KwNames        "KW_NAMES"             kw_names       konst   _                 "( -- ) names the keyword arguments of the next CALL";
            Call           "CALL"                 call           int     _                 "(f a1 .. an -- f(a1, .., an))";
            CallFunctionEx "CALL_FUNCTION_EX"     call_ex        int     _                 "(f args [kwargs] -- f(*args, **kwargs)); arg 1: kwargs present";
            LoadMethod     "LOAD_METHOD"          load_method    name    load_method_cached "(o -- m self) or (o -- attr NULL)";
            CallMethod     "CALL_METHOD"          call_method    int     _                 "(m self a1 .. an -- m(self, a1, .., an))";
            LoadBuildClass "LOAD_BUILD_CLASS"     produce        none    load_build_class  "( -- f) pushes the builtin __build_class__";
            LoadName       "LOAD_NAME"            load_name      name    load_name         "( -- v) a class body's name: its namespace, then globals, then builtins";
            StoreName      "STORE_NAME"           store_name     name    store_name        "(v -- ) binds a name in the class body's namespace";
            DeleteName     "DELETE_NAME"          delete_name    name    delete_name       "( -- ) unbinds a name in the class body's namespace";
            MakeFunction   "MAKE_FUNCTION"        make_function  int     make_function     "([defaults] [kwdefaults] [annotations] [closure] code -- fn); arg bits 1, 2, 4, 8 say which are present";
            ImportName     "IMPORT_NAME"          import_name    name    import_name       "(level fromlist -- module) imports a module (vm::import): the top package, or with a fromlist the module itself";
            ImportFrom     "IMPORT_FROM"          import_from    name    import_from       "(module -- module attr) `from module import name`: the attribute, else the submodule";
            ImportStar     "IMPORT_STAR"          import_star    none    import_star       "(module -- ) binds the module's public names (its __all__) as globals";
            PrintExpr      "PRINT_EXPR"           consume        none    print_expr        "(v -- ) interactive mode: prints repr(v) unless v is None, and binds it to _";
            // --- exceptions (handlers are found through the exception table) ---------------------
            PushExcInfo    "PUSH_EXC_INFO"        pair           none    push_exc_info     "(exc -- prev exc) makes exc the handled exception, saving the previous one";
            PopExcept      "POP_EXCEPT"           consume        none    pop_except        "(prev -- ) restores the previously handled exception";
            CheckExcMatch  "CHECK_EXC_MATCH"      check_match    none    check_exc_match   "(exc type -- exc matched) whether exc matches an except clause";
            Reraise        "RERAISE"              reraise        int     reraise           "(.. exc -- ) raises exc again; arg > 0: a lasti lies arg items down";
            RaiseVarargs   "RAISE_VARARGS"        raise          int     raise_varargs     "(exc [cause] -- ) arg 0: re-raise, 1: raise exc, 2: raise exc from cause";
            BeforeWith     "BEFORE_WITH"          enter_with     none    before_with       "(mgr -- exit enter()) calls __enter__, keeping the bound __exit__";
            WithExceptStart "WITH_EXCEPT_START"   with_except_start none with_except_start "(exit lasti prev exc -- exit lasti prev exc res) res = exit(type(exc), exc, tb)";
            LoadAssertionError "LOAD_ASSERTION_ERROR" produce    none    load_assertion_error "( -- AssertionError)";
            // --- generators (frames that suspend; see runtime::generator) --------------------------
            ReturnGenerator "RETURN_GENERATOR"    produce        none    return_generator  "( -- None) a generator's first instruction once resumed; the call made the generator";
            YieldValue     "YIELD_VALUE"          yield_value    int     _                 "(v -- sent) suspends the generator, handing v out; arg 1: the yield of a yield from";
            GetYieldFromIter "GET_YIELD_FROM_ITER" unary         none    get_yield_from_iter "(o -- it) a generator as it is, anything else iter(o)";
            Send           "SEND"                 send           jump    send_value        "(recv v -- recv next) or, when recv returns, (recv v -- result) and jump";
            GetAwaitable   "GET_AWAITABLE"        unary_arg      int     get_awaitable     "(o -- it) a coroutine as it is, else o.__await__(); arg 1: from __aenter__, 2: from __aexit__";
            BeforeAsyncWith "BEFORE_ASYNC_WITH"   pair           none    before_async_with "(mgr -- aexit mgr.__aenter__())";
            GetAiter       "GET_AITER"            unary          none    get_aiter         "(o -- o.__aiter__())";
            GetAnext       "GET_ANEXT"            pair           none    get_anext         "(aiter -- aiter awaitable) what aiter.__anext__() returns, made awaitable";
            EndAsyncFor    "END_ASYNC_FOR"        consume        none    end_async_for     "(exc -- ) an async for's handler: StopAsyncIteration ends the loop, else re-raised";
        }
    };
}

macro_rules! define_opcodes {
    ($( $variant:ident $name:literal $shape:ident $operand:ident $sem:tt $doc:literal; )*) => {
        /// Every opcode. The discriminant is the opcode number.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[repr(u8)]
        pub enum Opcode { $( #[doc = $doc] $variant, )* }

        impl Opcode {
            pub const ALL: &'static [Opcode] = &[$(Opcode::$variant,)*];

            /// CPython-style name, as `dis` prints it.
            pub fn name(self) -> &'static str {
                match self { $(Opcode::$variant => $name,)* }
            }

            pub fn shape(self) -> Shape {
                match self { $(Opcode::$variant => Shape::$shape,)* }
            }

            pub fn operand(self) -> OperandKind {
                match self { $(Opcode::$variant => OperandKind::$operand,)* }
            }

            /// The one-line meaning from the table.
            pub fn doc(self) -> &'static str {
                match self { $(Opcode::$variant => $doc,)* }
            }
        }
    };
}

for_each_opcode!(define_opcodes);

/// The stack patterns. An engine implements each shape once; the opcode table says which
/// semantic function fills it in.
#[allow(non_camel_case_types)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    nop,
    pop_top,
    copy,
    swap,
    load_const,
    load_fast,
    store_fast,
    load_global,
    store_global,
    delete_local,
    delete_global,
    make_cell,
    copy_free_vars,
    store_deref,
    unary,
    binary,
    store_subscr,
    delete_subscr,
    attr,
    store_attr,
    delete_attr,
    produce,
    load_name,
    store_name,
    delete_name,
    build,
    format_value,
    add_to,
    map_add,
    dict_merge,
    unpack,
    unpack_ex,
    for_iter,
    jump,
    jump_back,
    pop_jump_if,
    jump_or_pop,
    return_value,
    kw_names,
    call,
    call_ex,
    load_method,
    call_method,
    make_function,
    pair,
    enter_with,
    consume,
    check_match,
    reraise,
    raise,
    with_except_start,
    yield_value,
    send,
    unary_arg,
    import_name,
    import_from,
    import_star,
}

/// What an instruction's `arg` refers to.
#[allow(non_camel_case_types)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OperandKind {
    /// No operand.
    none,
    /// A plain number (a count or a flag).
    int,
    /// An index into `Code::consts`.
    konst,
    /// An index into `Code::names`.
    name,
    /// A local variable slot (`Code::varnames`).
    local,
    /// A module global slot (`Code::global_names`).
    global,
    /// An absolute instruction index.
    jump,
    /// A `BinOp` number.
    binop,
    /// A `CmpOp` number.
    cmpop,
}

impl Opcode {
    /// How many stack items the instruction consumes and how many it leaves, per its shape's
    /// `(inputs -- outputs)` pattern; `jumped` selects the branch-taken pattern. Items an
    /// instruction only reads (`COPY`'s source) count as consumed and produced again, so
    /// "the stack holds at least `inputs` items" is the precondition the verifier checks.
    pub fn stack_io(self, arg: u32, jumped: bool) -> (u32, u32) {
        let n = arg;
        match self.shape() {
            Shape::nop | Shape::jump | Shape::jump_back | Shape::kw_names => (0, 0),
            Shape::delete_local | Shape::delete_global | Shape::make_cell => (0, 0),
            Shape::copy_free_vars => (0, 0),
            Shape::pop_top | Shape::store_fast | Shape::store_global | Shape::store_deref => (1, 0),
            Shape::pop_jump_if | Shape::return_value => (1, 0),
            Shape::copy => (n, n.saturating_add(1)),
            Shape::swap => (n, n),
            Shape::load_const | Shape::load_fast | Shape::load_global => (0, 1),
            Shape::unary | Shape::unary_arg | Shape::attr => (1, 1),
            Shape::store_attr => (2, 0),
            Shape::delete_attr | Shape::store_name => (1, 0),
            Shape::produce | Shape::load_name => (0, 1),
            Shape::delete_name => (0, 0),
            Shape::binary => (2, 1),
            Shape::store_subscr => (3, 0),
            Shape::delete_subscr => (2, 0),
            // The container is only read: it counts as consumed and produced again.
            Shape::add_to => (n.saturating_add(1), n),
            Shape::map_add => (n.saturating_add(2), n),
            // The callee two items below the dict is read too.
            Shape::dict_merge => (n.saturating_add(3), n.saturating_add(2)),
            Shape::build => (n, 1),
            Shape::format_value => (1 + ((n >> 2) & 1), 1),
            Shape::unpack => (1, n),
            Shape::unpack_ex => (1, unpack_ex_items(n) as u32),
            Shape::for_iter => (1, if jumped { 0 } else { 2 }),
            Shape::jump_or_pop => (1, if jumped { 1 } else { 0 }),
            Shape::call => (n.saturating_add(1), 1),
            Shape::call_ex => (2 + (n & 1), 1),
            Shape::load_method => (1, 2),
            Shape::call_method => (n.saturating_add(2), 1),
            Shape::make_function => (
                1 + (n & 1) + ((n >> 1) & 1) + ((n >> 2) & 1) + ((n >> 3) & 1),
                1,
            ),
            Shape::pair | Shape::enter_with => (1, 2),
            Shape::consume | Shape::reraise => (1, 0),
            Shape::check_match => (2, 2),
            Shape::raise => (n, 0),
            Shape::with_except_start => (4, 5),
            Shape::yield_value => (1, 1),
            Shape::send => (2, if jumped { 1 } else { 2 }),
            Shape::import_name => (2, 1),
            Shape::import_from => (1, 2),
            Shape::import_star => (1, 0),
        }
    }

    /// Net stack effect of the instruction; `jumped` selects the branch-taken effect.
    pub fn stack_effect(self, arg: u32, jumped: bool) -> i32 {
        let (inputs, outputs) = self.stack_io(arg, jumped);
        outputs as i32 - inputs as i32
    }

    /// Whether `arg` is a jump target.
    pub fn is_jump(self) -> bool {
        self.operand() == OperandKind::jump
    }

    /// Whether execution never falls through to the next instruction.
    pub fn is_terminator(self) -> bool {
        matches!(
            self,
            Opcode::JumpForward
                | Opcode::JumpBackward
                | Opcode::ReturnValue
                | Opcode::Reraise
                | Opcode::RaiseVarargs
        )
    }
}

/// `UNPACK_EX arg`'s split: the targets before the starred one (`arg & 0xff`) and after it
/// (`arg >> 8`).
pub fn unpack_ex_split(arg: u32) -> (usize, usize) {
    ((arg & 0xff) as usize, (arg >> 8) as usize)
}

/// How many stack items `UNPACK_EX arg` pushes: the targets around the starred one, plus the
/// starred one's list.
pub fn unpack_ex_items(arg: u32) -> usize {
    let (before, after) = unpack_ex_split(arg);
    before + after + 1
}

/// `BINARY_OP` operators, numbered as CPython 3.11 numbers them (`NB_*`). In-place forms are the
/// plain number plus `INPLACE_OFFSET`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum BinOp {
    Add = 0,
    And = 1,
    FloorDivide = 2,
    LShift = 3,
    MatMul = 4,
    Multiply = 5,
    Remainder = 6,
    Or = 7,
    Power = 8,
    RShift = 9,
    Subtract = 10,
    TrueDivide = 11,
    Xor = 12,
}

impl BinOp {
    pub const INPLACE_OFFSET: u32 = 13;
    const ALL: [BinOp; 13] = [
        BinOp::Add,
        BinOp::And,
        BinOp::FloorDivide,
        BinOp::LShift,
        BinOp::MatMul,
        BinOp::Multiply,
        BinOp::Remainder,
        BinOp::Or,
        BinOp::Power,
        BinOp::RShift,
        BinOp::Subtract,
        BinOp::TrueDivide,
        BinOp::Xor,
    ];

    /// Decodes a `BINARY_OP` arg into the operator and whether it is the in-place form.
    pub fn from_arg(arg: u32) -> (BinOp, bool) {
        let inplace = arg >= Self::INPLACE_OFFSET;
        let base = if inplace {
            arg - Self::INPLACE_OFFSET
        } else {
            arg
        };
        (Self::ALL[(base as usize).min(12)], inplace)
    }

    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::And => "&",
            BinOp::FloorDivide => "//",
            BinOp::LShift => "<<",
            BinOp::MatMul => "@",
            BinOp::Multiply => "*",
            BinOp::Remainder => "%",
            BinOp::Or => "|",
            BinOp::Power => "**",
            BinOp::RShift => ">>",
            BinOp::Subtract => "-",
            BinOp::TrueDivide => "/",
            BinOp::Xor => "^",
        }
    }
}

/// `COMPARE_OP` operators in CPython's numbering.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum CmpOp {
    Lt = 0,
    Le = 1,
    Eq = 2,
    Ne = 3,
    Gt = 4,
    Ge = 5,
}

impl CmpOp {
    pub fn from_arg(arg: u32) -> CmpOp {
        match arg {
            0 => CmpOp::Lt,
            1 => CmpOp::Le,
            2 => CmpOp::Eq,
            3 => CmpOp::Ne,
            4 => CmpOp::Gt,
            _ => CmpOp::Ge,
        }
    }

    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Eq => "==",
            CmpOp::Ne => "!=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Engines read an operand the way its shape implies (the threaded engine dereferences
    /// resolved constant, name and jump pointers): each shape must come with its operand kind.
    #[test]
    fn every_shape_has_the_operand_kind_engines_read() {
        for &op in Opcode::ALL {
            let expected = match op.shape() {
                Shape::load_const | Shape::kw_names => Some(OperandKind::konst),
                Shape::attr | Shape::load_method => Some(OperandKind::name),
                Shape::store_attr | Shape::delete_attr => Some(OperandKind::name),
                Shape::import_name | Shape::import_from => Some(OperandKind::name),
                Shape::load_name | Shape::store_name | Shape::delete_name => {
                    Some(OperandKind::name)
                }
                Shape::load_fast | Shape::store_fast | Shape::store_deref => {
                    Some(OperandKind::local)
                }
                Shape::delete_local | Shape::make_cell => Some(OperandKind::local),
                Shape::load_global | Shape::store_global | Shape::delete_global => {
                    Some(OperandKind::global)
                }
                Shape::for_iter
                | Shape::send
                | Shape::jump
                | Shape::jump_back
                | Shape::pop_jump_if
                | Shape::jump_or_pop => Some(OperandKind::jump),
                _ => None,
            };
            if let Some(kind) = expected {
                assert_eq!(
                    op.operand(),
                    kind,
                    "{} has the wrong operand kind",
                    op.name()
                );
            }
        }
    }
}
