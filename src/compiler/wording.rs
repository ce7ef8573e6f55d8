//! CPython 3.11's specific SyntaxError messages for parse errors ruff reports in its own terms:
//! the message and the range CPython's `invalid_*` grammar rules give, found from ruff's error,
//! the (error-recovered) syntax tree and the token stream.

use ruff_python_ast::token::{Token, TokenKind, Tokens};
use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{self as ast, Expr, Stmt, UnaryOp};
use ruff_python_parser::{ParseError, ParseErrorType};
use ruff_text_size::{Ranged, TextRange, TextSize};

use super::limits;

/// The walks over the syntax tree stop descending here, as `limits`'s does: a tree that failed
/// to parse may be arbitrarily deep.
const DESCENT_CAP: usize = limits::COMPILER_RECURSION_LIMIT + limits::PARSER_STACK_LIMIT;

/// What the parse produced, for reading the context of an error.
pub struct Parsed<'a> {
    pub body: &'a [Stmt],
    pub tokens: &'a Tokens,
    pub source: &'a str,
}

/// CPython's message and range for `err`, when it has a specific one.
pub fn specific_error(parsed: &Parsed, err: &ParseError) -> Option<(TextRange, String)> {
    let at = err.location;
    if let Some(found) = augmented_assignment_to_tuple(parsed, at.start()) {
        return Some(found);
    }
    match &err.error {
        ParseErrorType::NonDefaultParamAfterDefaultParam => Some((
            at,
            "non-default argument follows default argument".to_string(),
        )),
        ParseErrorType::ExpectedKeywordParam => bare_star(parsed, at.start()),
        ParseErrorType::PositionalAfterKeywordArgument
        | ParseErrorType::PositionalAfterKeywordUnpacking => {
            positional_after_keyword(parsed, at.start())
        }
        ParseErrorType::InvalidArgumentUnpackingOrder => unpacking_order(parsed, at.start()),
        ParseErrorType::InvalidDeleteTarget => {
            let Some(Stmt::Delete(delete)) = innermost_stmt(parsed.body, at.start()) else {
                return None;
            };
            let target = delete
                .targets
                .iter()
                .find_map(|target| invalid_target(target, Targets::Delete))?;
            Some((
                target.range(),
                format!("cannot delete {}", expr_name(target)),
            ))
        }
        ParseErrorType::InvalidAssignmentTarget => assignment(parsed, at),
        ParseErrorType::InvalidAugmentedAssignmentTarget => {
            let Some(Stmt::AugAssign(statement)) = innermost_stmt(parsed.body, at.start()) else {
                return None;
            };
            let target = &*statement.target;
            Some((
                target.range(),
                format!(
                    "'{}' is an illegal expression for augmented assignment",
                    expr_name(target)
                ),
            ))
        }
        ParseErrorType::ExpectedExpression => dict_value_missing(parsed, at.start()),
        ParseErrorType::ExpectedToken {
            expected: TokenKind::Comma,
            ..
        } => forgotten_comma(parsed, at.start()),
        ParseErrorType::ExpectedToken {
            expected: TokenKind::Else,
            found,
        } if *found != TokenKind::Colon => missing_else(parsed, at.start()),
        ParseErrorType::ExpectedToken {
            expected: TokenKind::Lpar,
            ..
        } => {
            let mut before = parsed.tokens
                [..parsed.tokens.partition_point(|t| t.start() < at.start())]
                .iter()
                .rev()
                .filter(|token| !token.kind().is_trivia());
            let name = before.next()?;
            let def = before.next()?;
            (name.kind() == TokenKind::Name && def.kind() == TokenKind::Def)
                .then(|| (at, "expected '('".to_string()))
        }
        ParseErrorType::ExpectedToken {
            expected: TokenKind::Colon,
            found,
        } if *found != TokenKind::Newline => {
            let condition = (*found == TokenKind::Equal)
                .then(|| condition_assignment(parsed, at.start()))
                .flatten();
            condition.or_else(|| Some(expected_colon(parsed, at.start())))
        }
        ParseErrorType::SimpleStatementsOnSameLine => legacy_print(parsed, at.start()),
        ParseErrorType::OtherError(message) if message == "Expected a parameter name" => {
            keyword_not_a_name(parsed, at)
        }
        ParseErrorType::ExpectedToken {
            expected: TokenKind::Rpar,
            found: TokenKind::For,
        } => keyword_with_comprehension(parsed, at.start()),
        ParseErrorType::UnparenthesizedGeneratorExpression => {
            let message = "Generator expression must be parenthesized".to_string();
            if innermost_call(parsed.body, at.start()).is_some() {
                return Some((at, message));
            }
            let Some(Stmt::ClassDef(class)) = innermost_stmt(parsed.body, at.start()) else {
                return None;
            };
            let next = significant(tokens_from(parsed.tokens, at.end())).next()?;
            if class
                .arguments
                .as_ref()
                .is_some_and(|bases| bases.len() > 1)
                || next.kind() != TokenKind::Rpar
            {
                return Some((at, message));
            }
            // A class's only base: CPython's parser stops at the `for`.
            let stop = significant(tokens_from(parsed.tokens, at.start()))
                .find(|token| matches!(token.kind(), TokenKind::For | TokenKind::Async))?;
            Some((stop.range(), "invalid syntax".to_string()))
        }
        _ => None,
    }
}

/// The range CPython underlines for its generic "invalid syntax" at `at`: the token there.
pub fn invalid_syntax_range(tokens: &Tokens, at: TextSize) -> TextRange {
    let index = tokens.partition_point(|token| token.start() < at);
    let next = tokens[index..].iter().find(|token| {
        !matches!(
            token.kind(),
            TokenKind::Dedent | TokenKind::NonLogicalNewline | TokenKind::Comment
        )
    });
    match next {
        Some(token)
            if token.start() == at
                && !token.kind().is_trivia()
                && !matches!(
                    token.kind(),
                    TokenKind::Newline
                        | TokenKind::Indent
                        | TokenKind::Dedent
                        | TokenKind::EndOfFile
                        | TokenKind::Unknown
                ) =>
        {
            token.range()
        }
        _ => TextRange::empty(at),
    }
}

/// `name` in CPython's "cannot assign to NAME" (`_PyPegen_get_expr_name`).
fn expr_name(expr: &Expr) -> &'static str {
    match expr {
        Expr::Attribute(_) => "attribute",
        Expr::Subscript(_) => "subscript",
        Expr::Starred(_) => "starred",
        Expr::Name(_) => "name",
        Expr::List(_) => "list",
        Expr::Tuple(_) => "tuple",
        Expr::Lambda(_) => "lambda",
        Expr::Call(_) => "function call",
        Expr::BoolOp(_) | Expr::BinOp(_) | Expr::UnaryOp(_) => "expression",
        Expr::Generator(_) => "generator expression",
        Expr::Yield(_) | Expr::YieldFrom(_) => "yield expression",
        Expr::Await(_) => "await expression",
        Expr::ListComp(_) => "list comprehension",
        Expr::SetComp(_) => "set comprehension",
        Expr::DictComp(_) => "dict comprehension",
        Expr::Dict(_) => "dict literal",
        Expr::Set(_) => "set display",
        Expr::FString(_) | Expr::TString(_) => "f-string expression",
        Expr::NoneLiteral(_) => "None",
        Expr::BooleanLiteral(literal) if literal.value => "True",
        Expr::BooleanLiteral(_) => "False",
        Expr::EllipsisLiteral(_) => "ellipsis",
        Expr::NumberLiteral(_) | Expr::StringLiteral(_) | Expr::BytesLiteral(_) => "literal",
        Expr::Compare(_) => "comparison",
        Expr::If(_) => "conditional expression",
        Expr::Named(_) => "named expression",
        Expr::Slice(_) | Expr::IpyEscapeCommand(_) => "expression",
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Targets {
    Assign,
    Delete,
}

/// The first part of `expr` that cannot be assigned to or deleted
/// (`_PyPegen_get_invalid_target`).
fn invalid_target(expr: &Expr, targets: Targets) -> Option<&Expr> {
    match expr {
        Expr::List(ast::ExprList { elts, .. }) | Expr::Tuple(ast::ExprTuple { elts, .. }) => {
            elts.iter().find_map(|elt| invalid_target(elt, targets))
        }
        Expr::Starred(starred) if targets == Targets::Assign => {
            invalid_target(&starred.value, targets)
        }
        Expr::Name(_) | Expr::Subscript(_) | Expr::Attribute(_) => None,
        _ => Some(expr),
    }
}

/// Whether CPython's `bitwise_or` rule can parse all of `expr`: a `disjunction` that is not a
/// comparison, `and`/`or` or `not`.
fn is_bitwise_or(expr: &Expr) -> bool {
    is_disjunction(expr)
        && !matches!(expr, Expr::Compare(_) | Expr::BoolOp(_))
        && !matches!(expr, Expr::UnaryOp(unary) if unary.op == UnaryOp::Not)
}

/// Whether `expr` begins with a list or tuple display, a parenthesized generator or
/// `True`/`None`/`False`, which CPython's "cannot assign to ... here" rule looks past.
fn starts_with_display(expr: &Expr) -> bool {
    let mut leftmost = expr;
    loop {
        let next = match leftmost {
            Expr::BinOp(binary) => &*binary.left,
            Expr::Call(call) => &*call.func,
            Expr::Attribute(attribute) => &*attribute.value,
            Expr::Subscript(subscript) => &*subscript.value,
            _ => break,
        };
        if next.start() != leftmost.start() {
            break;
        }
        leftmost = next;
    }
    leftmost.start() == expr.start()
        && match leftmost {
            Expr::List(_) | Expr::BooleanLiteral(_) | Expr::NoneLiteral(_) => true,
            Expr::Tuple(tuple) => tuple.parenthesized,
            Expr::Generator(generator) => generator.parenthesized,
            _ => false,
        }
}

fn significant(tokens: &[Token]) -> impl Iterator<Item = &Token> {
    tokens.iter().filter(|token| !token.kind().is_trivia())
}

/// The tokens from the first one starting at or after `offset`.
fn tokens_from(tokens: &Tokens, offset: TextSize) -> &[Token] {
    &tokens[tokens.partition_point(|token| token.start() < offset)..]
}

/// The significant token before `offset`.
fn token_before(tokens: &Tokens, offset: TextSize) -> Option<&Token> {
    let before = &tokens[..tokens.partition_point(|token| token.start() < offset)];
    before.iter().rev().find(|token| !token.kind().is_trivia())
}

/// An assignment to something that cannot be assigned to (ruff's error covers `at`).
fn assignment(parsed: &Parsed, at: TextRange) -> Option<(TextRange, String)> {
    let Some(Stmt::Assign(statement)) = innermost_stmt(parsed.body, at.start()) else {
        // A `for` or `with` target, or a comprehension's.
        let target = find_expr(parsed.body, at)?;
        let target = invalid_target(target, Targets::Assign).unwrap_or(target);
        return Some((
            target.range(),
            format!("cannot assign to {}", expr_name(target)),
        ));
    };
    if let [target] = &statement.targets[..]
        && let Some(found) = assignment_here(parsed, target)
    {
        return Some(found);
    }
    let target = statement
        .targets
        .iter()
        .find_map(|target| invalid_target(target, Targets::Assign))?;
    let parenthesized = token_before(parsed.tokens, target.start())
        .is_some_and(|token| token.kind() == TokenKind::Lpar);
    let message = match target {
        Expr::Yield(_) | Expr::YieldFrom(_) if !parenthesized => {
            "assignment to yield expression not possible".to_string()
        }
        _ => format!("cannot assign to {}", expr_name(target)),
    };
    Some((target.range(), message))
}

/// CPython's `invalid_named_expression` for `target = value`: an invalid target that is a
/// single `bitwise_or` (or ends a tuple) followed by `=` and a value starting with a
/// `bitwise_or` is reported with "here. Maybe you meant '==' instead of '='?"; a name ending
/// such a tuple gives "invalid syntax. Maybe you meant '==' or ':=' instead of '='?".
fn assignment_here(parsed: &Parsed, target: &Expr) -> Option<(TextRange, String)> {
    let after_target = significant(tokens_from(parsed.tokens, target.end()))
        .skip_while(|token| token.kind() == TokenKind::Rpar)
        .collect::<Vec<_>>();
    let (equal, rest) = after_target.split_first()?;
    if equal.kind() != TokenKind::Equal {
        return None;
    }
    let first = rest.first()?;
    if matches!(
        first.kind(),
        TokenKind::Not | TokenKind::Lambda | TokenKind::Yield | TokenKind::Star
    ) {
        return None;
    }
    let last = match target {
        Expr::Tuple(tuple) if !tuple.parenthesized => {
            let last = tuple.elts.last()?;
            // A trailing comma ends the tuple before the `=`.
            let next = significant(tokens_from(parsed.tokens, last.end())).next()?;
            if next.kind() == TokenKind::Comma {
                return None;
            }
            if let Expr::Name(_) = last {
                let end = first_bitwise_or_end(rest);
                return Some((
                    TextRange::new(last.start(), end),
                    "invalid syntax. Maybe you meant '==' or ':=' instead of '='?".to_string(),
                ));
            }
            last
        }
        _ => target,
    };
    if !is_bitwise_or(last) || starts_with_display(last) {
        return None;
    }
    Some((
        last.range(),
        format!(
            "cannot assign to {} here. Maybe you meant '==' instead of '='?",
            expr_name(last)
        ),
    ))
}

/// Where the `bitwise_or` that `tokens` start with ends.
fn first_bitwise_or_end(tokens: &[&Token]) -> TextSize {
    let mut depth = 0usize;
    let mut end = tokens
        .first()
        .map_or(TextSize::default(), |token| token.end());
    for token in tokens {
        match token.kind() {
            TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace => depth += 1,
            TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace if depth > 0 => depth -= 1,
            TokenKind::EqEqual
            | TokenKind::NotEqual
            | TokenKind::Less
            | TokenKind::Greater
            | TokenKind::LessEqual
            | TokenKind::GreaterEqual
            | TokenKind::In
            | TokenKind::Not
            | TokenKind::Is
            | TokenKind::And
            | TokenKind::Or
            | TokenKind::If
            | TokenKind::Else
            | TokenKind::For
            | TokenKind::Comma
            | TokenKind::Colon
            | TokenKind::Equal
            | TokenKind::ColonEqual
            | TokenKind::Semi
            | TokenKind::Newline
            | TokenKind::EndOfFile
                if depth == 0 =>
            {
                break;
            }
            TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => break,
            _ => {}
        }
        end = token.end();
    }
    end
}

/// `a, b += 1`: ruff stops at the operator; CPython's `invalid_assignment` names the tuple.
fn augmented_assignment_to_tuple(parsed: &Parsed, at: TextSize) -> Option<(TextRange, String)> {
    let operator = tokens_from(parsed.tokens, at).first()?;
    if operator.start() != at || operator.kind().as_augmented_assign_operator().is_none() {
        return None;
    }
    let Some(Stmt::Expr(statement)) = innermost_stmt(parsed.body, at) else {
        return None;
    };
    let Expr::Tuple(tuple) = &*statement.value else {
        return None;
    };
    if tuple.parenthesized
        || tuple.start() != statement.start()
        || tuple.elts.iter().any(|elt| elt.range().contains(at))
    {
        return None;
    }
    let end = token_before(parsed.tokens, at)?.end();
    Some((
        TextRange::new(tuple.start(), end),
        "'tuple' is an illegal expression for augmented assignment".to_string(),
    ))
}

/// `def f(*, **k)`: CPython points at the `*`; in a lambda, at the token it stopped at (the
/// `:` or `**` after the `*`).
fn bare_star(parsed: &Parsed, at: TextSize) -> Option<(TextRange, String)> {
    let star = parsed.tokens[..parsed.tokens.partition_point(|token| token.start() <= at)]
        .iter()
        .rev()
        .find(|token| token.kind() == TokenKind::Star)?;
    let message = "named arguments must follow bare *".to_string();
    let in_lambda = innermost(
        parsed.body,
        star.start(),
        |expr| matches!(expr, Expr::Lambda(lambda) if lambda.body.start() > star.start()),
    )
    .is_some();
    if !in_lambda {
        return Some((star.range(), message));
    }
    let mut after = significant(tokens_from(parsed.tokens, star.end()));
    let mut stop = after.next()?;
    if stop.kind() == TokenKind::Comma {
        stop = after.next()?;
    }
    Some((stop.range(), message))
}

/// A positional argument after a keyword argument (or `**` unpacking): CPython points at the
/// token after the call's last argument (and its trailing comma).
fn positional_after_keyword(parsed: &Parsed, at: TextSize) -> Option<(TextRange, String)> {
    let call = innermost_call(parsed.body, at)?;
    let arguments = &call.arguments;
    let unpacking = arguments
        .keywords
        .iter()
        .any(|keyword| keyword.arg.is_none() && keyword.start() < at);
    let last_end = arguments.iter_source_order().map(|arg| arg.end()).max()?;
    // CPython's parser has looked past a trailing comma for one more argument.
    let mut after = significant(tokens_from(parsed.tokens, last_end));
    let mut next = after.next()?;
    if next.kind() == TokenKind::Comma {
        next = after.next()?;
    }
    let message = if unpacking {
        "positional argument follows keyword argument unpacking"
    } else {
        "positional argument follows keyword argument"
    };
    Some((next.range(), message.to_string()))
}

/// `f(**k, *a)`: CPython underlines the arguments before the `*`.
fn unpacking_order(parsed: &Parsed, at: TextSize) -> Option<(TextRange, String)> {
    let call = innermost_call(parsed.body, at)?;
    let mut before = call
        .arguments
        .iter_source_order()
        .filter(|arg| arg.end() <= at);
    let first = before.next()?;
    let end = before.last().map_or(first.end(), |arg| arg.end());
    let message = "iterable argument unpacking follows keyword argument unpacking";
    Some((TextRange::new(first.start(), end), message.to_string()))
}

/// `{k: }`: CPython points at the `:`.
fn dict_value_missing(parsed: &Parsed, at: TextSize) -> Option<(TextRange, String)> {
    let next = tokens_from(parsed.tokens, at).first()?;
    if next.start() != at || !matches!(next.kind(), TokenKind::Rbrace | TokenKind::Comma) {
        return None;
    }
    let colon = token_before(parsed.tokens, at)?;
    if colon.kind() != TokenKind::Colon {
        return None;
    }
    let dict = innermost(parsed.body, at, |expr| matches!(expr, Expr::Dict(_)))?;
    let Expr::Dict(dict) = dict else { return None };
    // The colon must separate one of this dictionary's keys from its (missing) value.
    let key_before = dict.items.iter().any(|item| {
        item.key
            .as_ref()
            .is_some_and(|key| key.end() <= colon.start() && item.value.start() >= colon.end())
    });
    key_before.then(|| {
        (
            colon.range(),
            "expression expected after dictionary key and ':'".to_string(),
        )
    })
}

/// The innermost statement containing `offset`.
fn innermost_stmt(body: &[Stmt], offset: TextSize) -> Option<&Stmt> {
    struct Finder<'a> {
        offset: TextSize,
        found: Option<&'a Stmt>,
        depth: usize,
    }
    impl<'a> Visitor<'a> for Finder<'a> {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            if stmt.range().contains_inclusive(self.offset) && self.depth < DESCENT_CAP {
                self.found = Some(stmt);
                self.depth += 1;
                visitor::walk_stmt(self, stmt);
                self.depth -= 1;
            }
        }
        fn visit_expr(&mut self, _: &'a Expr) {}
    }
    let mut finder = Finder {
        offset,
        found: None,
        depth: 0,
    };
    finder.visit_body(body);
    finder.found
}

/// The innermost expression containing `offset` that `wanted` accepts.
fn innermost(body: &[Stmt], offset: TextSize, wanted: impl Fn(&Expr) -> bool) -> Option<&Expr> {
    struct Finder<'a, F> {
        offset: TextSize,
        wanted: F,
        found: Option<&'a Expr>,
        depth: usize,
    }
    impl<'a, F: Fn(&Expr) -> bool> Visitor<'a> for Finder<'a, F> {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            if stmt.range().contains_inclusive(self.offset) && self.depth < DESCENT_CAP {
                self.depth += 1;
                visitor::walk_stmt(self, stmt);
                self.depth -= 1;
            }
        }
        fn visit_expr(&mut self, expr: &'a Expr) {
            if expr.range().contains_inclusive(self.offset) && self.depth < DESCENT_CAP {
                if (self.wanted)(expr) {
                    self.found = Some(expr);
                }
                self.depth += 1;
                visitor::walk_expr(self, expr);
                self.depth -= 1;
            }
        }
    }
    let mut finder = Finder {
        offset,
        wanted,
        found: None,
        depth: 0,
    };
    finder.visit_body(body);
    finder.found
}

/// The innermost call whose parentheses contain `offset`.
fn innermost_call(body: &[Stmt], offset: TextSize) -> Option<&ast::ExprCall> {
    let call = innermost(
        body,
        offset,
        |expr| matches!(expr, Expr::Call(call) if call.arguments.range().contains(offset)),
    )?;
    call.as_call_expr()
}

/// The outermost expression spanning exactly `range`.
fn find_expr(body: &[Stmt], range: TextRange) -> Option<&Expr> {
    struct Finder<'a> {
        range: TextRange,
        found: Option<&'a Expr>,
        depth: usize,
    }
    impl<'a> Visitor<'a> for Finder<'a> {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            if self.depth < DESCENT_CAP {
                self.depth += 1;
                visitor::walk_stmt(self, stmt);
                self.depth -= 1;
            }
        }
        fn visit_expr(&mut self, expr: &'a Expr) {
            if self.found.is_some() || self.depth >= DESCENT_CAP {
                return;
            }
            if expr.range() == self.range {
                self.found = Some(expr);
            } else if expr.range().contains_range(self.range) {
                self.depth += 1;
                visitor::walk_expr(self, expr);
                self.depth -= 1;
            }
        }
    }
    let mut finder = Finder {
        range,
        found: None,
        depth: 0,
    };
    finder.visit_body(body);
    finder.found
}

/// `print "x"`: CPython's `invalid_legacy_expression`, from the name to the end of what follows.
fn legacy_print(parsed: &Parsed, at: TextSize) -> Option<(TextRange, String)> {
    let Some(Stmt::Expr(statement)) = innermost_stmt(parsed.body, at) else {
        return None;
    };
    if statement.start() != at {
        return None;
    }
    let before = token_before(parsed.tokens, at)?;
    let Some(Stmt::Expr(previous)) = innermost_stmt(parsed.body, before.start()) else {
        return None;
    };
    let Expr::Name(name) = &*previous.value else {
        return None;
    };
    let name = name.id.as_str();
    if !matches!(name, "print" | "exec") || before.kind() != TokenKind::Name {
        return None;
    }
    Some((
        TextRange::new(previous.start(), statement.value.end()),
        format!("Missing parentheses in call to '{name}'. Did you mean {name}(...)?"),
    ))
}

/// Whether `expr` is what CPython's `disjunction` rule parses.
fn is_disjunction(expr: &Expr) -> bool {
    !matches!(
        expr,
        Expr::If(_)
            | Expr::Lambda(_)
            | Expr::Named(_)
            | Expr::Starred(_)
            | Expr::Yield(_)
            | Expr::YieldFrom(_)
            | Expr::Slice(_)
    ) && !matches!(expr, Expr::Tuple(tuple) if !tuple.parenthesized)
}

/// All expressions, outermost first, that `keep` accepts.
fn exprs_where(body: &[Stmt], keep: impl Fn(&Expr) -> bool) -> Vec<&Expr> {
    struct Collector<'a, F> {
        keep: F,
        found: Vec<&'a Expr>,
        depth: usize,
    }
    impl<'a, F: Fn(&Expr) -> bool> Visitor<'a> for Collector<'a, F> {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            if self.depth < DESCENT_CAP {
                self.depth += 1;
                visitor::walk_stmt(self, stmt);
                self.depth -= 1;
            }
        }
        fn visit_expr(&mut self, expr: &'a Expr) {
            if self.depth >= DESCENT_CAP {
                return;
            }
            if (self.keep)(expr) {
                self.found.push(expr);
            }
            self.depth += 1;
            visitor::walk_expr(self, expr);
            self.depth -= 1;
        }
    }
    let mut collector = Collector {
        keep,
        found: Vec::new(),
        depth: 0,
    };
    collector.visit_body(body);
    collector.found
}

/// `[a b]`: inside brackets, two expressions in a row are CPython's "Perhaps you forgot a
/// comma?", underlining both.
fn forgotten_comma(parsed: &Parsed, at: TextSize) -> Option<(TextRange, String)> {
    let before = &parsed.tokens[..parsed.tokens.partition_point(|token| token.start() < at)];
    let mut depth = 0i32;
    for token in before {
        match token.kind() {
            TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace => depth += 1,
            TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => depth -= 1,
            _ => {}
        }
    }
    if depth <= 0 {
        return None;
    }
    let previous_end = token_before(parsed.tokens, at)?.end();
    let first = *exprs_where(parsed.body, |expr| {
        expr.end() == previous_end && is_disjunction(expr)
    })
    .iter()
    .min_by_key(|expr| expr.start())?;
    // CPython's rule does not start at a name followed by a string, or at a soft keyword.
    let mut from_first = significant(tokens_from(parsed.tokens, first.start()));
    let head = from_first.next()?;
    let after_head = from_first.next()?;
    let head_text = &parsed.source[head.range()];
    if head.kind().is_soft_keyword()
        || (head.kind() == TokenKind::Name
            && (head_text == "_" || after_head.kind() == TokenKind::String))
    {
        return None;
    }
    let second_end = exprs_where(parsed.body, |expr| expr.start() == at)
        .iter()
        .map(|expr| expr.end())
        .max()
        .or_else(|| {
            let token = tokens_from(parsed.tokens, at).first()?;
            (token.start() == at).then(|| token.end())
        })?;
    let range = TextRange::new(first.start(), second_end);
    if let Expr::Name(name) = first
        && matches!(name.id.as_str(), "print" | "exec")
    {
        let name = name.id.as_str();
        let message = format!("Missing parentheses in call to '{name}'. Did you mean {name}(...)?");
        return Some((range, message));
    }
    Some((
        range,
        "invalid syntax. Perhaps you forgot a comma?".to_string(),
    ))
}

/// `a if b` without `else`: CPython underlines `a if b`.
fn missing_else(parsed: &Parsed, at: TextSize) -> Option<(TextRange, String)> {
    let previous_end = token_before(parsed.tokens, at)?.end();
    let conditional = exprs_where(
        parsed.body,
        |expr| matches!(expr, Expr::If(conditional) if conditional.test.end() == previous_end),
    )
    .pop()?;
    let Expr::If(conditional) = conditional else {
        return None;
    };
    Some((
        TextRange::new(conditional.body.start(), conditional.test.end()),
        "expected 'else' after 'if' expression".to_string(),
    ))
}

/// `if x = 1:` (or `elif`, `while`): CPython's `invalid_named_expression` in the condition.
fn condition_assignment(parsed: &Parsed, at: TextSize) -> Option<(TextRange, String)> {
    let previous = token_before(parsed.tokens, at)?;
    let previous_end = previous.end();
    let condition = match innermost_stmt(parsed.body, previous.start())? {
        Stmt::If(statement) => std::iter::once(&*statement.test)
            .chain(
                statement
                    .elif_else_clauses
                    .iter()
                    .filter_map(|clause| clause.test.as_ref()),
            )
            .find(|test| test.end() == previous_end)?,
        Stmt::While(statement) if statement.test.end() == previous_end => &*statement.test,
        _ => return None,
    };
    let rest: Vec<_> = significant(tokens_from(parsed.tokens, at))
        .skip(1)
        .collect();
    let first = rest.first()?;
    if matches!(
        first.kind(),
        TokenKind::Not | TokenKind::Lambda | TokenKind::Yield | TokenKind::Star
    ) {
        return None;
    }
    let end = first_bitwise_or_end(&rest);
    let after = significant(tokens_from(parsed.tokens, end)).next()?;
    if matches!(after.kind(), TokenKind::Equal | TokenKind::ColonEqual) {
        return None;
    }
    if let Expr::Name(_) = condition {
        return Some((
            TextRange::new(condition.start(), end),
            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?".to_string(),
        ));
    }
    if !is_bitwise_or(condition) || starts_with_display(condition) {
        return None;
    }
    Some((
        condition.range(),
        format!(
            "cannot assign to {} here. Maybe you meant '==' instead of '='?",
            expr_name(condition)
        ),
    ))
}

/// A header not followed by `:` on the same line: CPython demands the `:` (its forced token)
/// after `def ...`, `try`, `else` and `finally`; elsewhere its parser stops at the token with
/// a plain "invalid syntax".
fn expected_colon(parsed: &Parsed, at: TextSize) -> (TextRange, String) {
    let range = invalid_syntax_range(parsed.tokens, at);
    let Some(previous) = token_before(parsed.tokens, at) else {
        return (range, "invalid syntax".to_string());
    };
    let forced_after = matches!(
        previous.kind(),
        TokenKind::Try | TokenKind::Else | TokenKind::Finally
    );
    let in_def_header = matches!(
        innermost_stmt(parsed.body, previous.start()),
        Some(Stmt::FunctionDef(function)) if function.body.first().is_none_or(|first| at <= first.start())
    );
    if forced_after || in_def_header {
        (range, "expected ':'".to_string())
    } else {
        (range, "invalid syntax".to_string())
    }
}

/// `f(a + 1=2)` or `f(True=1)`: CPython's `invalid_kwarg` underlines the expression and `=`.
fn keyword_not_a_name(parsed: &Parsed, at: TextRange) -> Option<(TextRange, String)> {
    let equal = significant(tokens_from(parsed.tokens, at.end())).next()?;
    if equal.kind() != TokenKind::Equal {
        return None;
    }
    let first = significant(tokens_from(parsed.tokens, at.start())).next()?;
    let range = TextRange::new(at.start(), equal.end());
    let message = match first.kind() {
        TokenKind::True | TokenKind::False | TokenKind::None if first.end() == at.end() => {
            format!("cannot assign to {}", &parsed.source[first.range()])
        }
        _ => "expression cannot contain assignment, perhaps you meant \"==\"?".to_string(),
    };
    Some((range, message))
}

/// `f(a=1 for a in b)`: CPython underlines `a=`.
fn keyword_with_comprehension(parsed: &Parsed, at: TextSize) -> Option<(TextRange, String)> {
    let previous = token_before(parsed.tokens, at)?;
    let call = innermost_call(parsed.body, previous.start())?;
    let keyword = call.arguments.keywords.last()?;
    let name = keyword.arg.as_ref()?;
    if keyword.end() != previous.end() {
        return None;
    }
    let equal = significant(tokens_from(parsed.tokens, name.end())).next()?;
    Some((
        TextRange::new(name.start(), equal.end()),
        "invalid syntax. Maybe you meant '==' or ':=' instead of '='?".to_string(),
    ))
}
