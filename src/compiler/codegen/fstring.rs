//! f-strings, compiled as CPython 3.11 compiles them: each literal piece is a `LOAD_CONST`, each
//! replacement field its expression, then its spec (itself an f-string, built the same way),
//! then `FORMAT_VALUE flags`; the pieces are joined by `BUILD_STRING n` (left out when there is
//! exactly one). `{x=}` adds the literal text `x=` (spaces kept) and, without a conversion or a
//! spec, converts with `repr`. The formatting instructions carry the whole f-string's position,
//! so a failing `format()` underlines the f-string as CPython 3.11 does.

use ast::{ConversionFlag, FStringPart, InterpolatedElement, InterpolatedStringElement};

use super::*;

/// One piece of an f-string: literal text (adjacent literals merged) or a replacement field.
enum Piece<'e> {
    Text(String),
    Field(&'e InterpolatedElement),
}

/// Appends the pieces of `elements` to `pieces`, merging adjacent literal text.
fn collect<'e>(elements: &'e [InterpolatedStringElement], pieces: &mut Vec<Piece<'e>>) {
    for element in elements {
        match element {
            InterpolatedStringElement::Literal(literal) => push_text(pieces, &literal.value),
            InterpolatedStringElement::Interpolation(field) => {
                if let Some(debug) = &field.debug_text {
                    push_text(pieces, debug.as_str());
                }
                pieces.push(Piece::Field(field));
            }
        }
    }
}

fn push_text(pieces: &mut Vec<Piece<'_>>, text: &str) {
    if text.is_empty() {
        return;
    }
    match pieces.last_mut() {
        Some(Piece::Text(last)) => last.push_str(text),
        _ => pieces.push(Piece::Text(text.to_string())),
    }
}

impl Compiler<'_> {
    /// An f-string expression (possibly implicitly concatenated with plain strings).
    pub(super) fn fstring(&mut self, fstring: &ast::ExprFString) -> CResult {
        let mut pieces = Vec::new();
        for part in fstring.value.iter() {
            match part {
                FStringPart::Literal(literal) => push_text(&mut pieces, &literal.value),
                FStringPart::FString(f) => collect(&f.elements, &mut pieces),
            }
        }
        // Without any field, an f-string is a constant (CPython folds it while parsing).
        if let [Piece::Text(text)] = pieces.as_slice() {
            self.emit_const(Value::str(text));
            return Ok(());
        }
        self.joined(&pieces)
    }

    /// Emits the pieces and joins them.
    fn joined(&mut self, pieces: &[Piece<'_>]) -> CResult {
        for piece in pieces {
            match piece {
                Piece::Text(text) => self.emit_const(Value::str(text)),
                Piece::Field(field) => self.formatted_value(field)?,
            }
        }
        if pieces.len() != 1 {
            self.emit(Opcode::BuildString, pieces.len() as u32);
        }
        Ok(())
    }

    /// One replacement field: the value, its spec if any, `FORMAT_VALUE`.
    fn formatted_value(&mut self, field: &InterpolatedElement) -> CResult {
        self.expr(&field.expression)?;
        let mut flags = match field.conversion {
            ConversionFlag::None if field.debug_text.is_some() && field.format_spec.is_none() => 2,
            ConversionFlag::None => 0,
            ConversionFlag::Str => 1,
            ConversionFlag::Repr => 2,
            ConversionFlag::Ascii => 3,
        };
        if let Some(spec) = &field.format_spec {
            let mut pieces = Vec::new();
            collect(&spec.elements, &mut pieces);
            self.joined(&pieces)?;
            flags |= 4;
        }
        self.emit(Opcode::FormatValue, flags);
        Ok(())
    }
}
