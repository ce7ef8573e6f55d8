//! Import statements, compiled as CPython 3.11 compiles them: `IMPORT_NAME` takes the relative
//! level and the fromlist from the stack and leaves a module; `IMPORT_FROM` reads one name off
//! it; `IMPORT_STAR` binds a module's public names. What an import *does* is `vm::import`'s.

use super::*;

impl Compiler<'_> {
    /// `import a.b.c` binds `a` (the top package); `import a.b.c as d` walks to `a.b.c` through
    /// `IMPORT_FROM` and binds it to `d`.
    pub(super) fn import_alias(&mut self, alias: &ast::Alias) {
        let module = alias.name.id.as_str();
        self.emit_const(Value::Int(0));
        self.emit_const(Value::None);
        let i = self.name_index(module);
        self.emit(Opcode::ImportName, i);
        match &alias.asname {
            None => {
                let top = module.split('.').next().unwrap_or(module);
                self.store_name(top);
            }
            Some(asname) => {
                let mut parts = module.split('.').skip(1).peekable();
                while let Some(part) = parts.next() {
                    let attr = self.name_index(part);
                    self.emit(Opcode::ImportFrom, attr);
                    if parts.peek().is_some() {
                        self.emit(Opcode::Swap, 2);
                        self.emit(Opcode::PopTop, 0);
                    } else {
                        self.store_name(asname.id.as_str());
                        self.emit(Opcode::PopTop, 0);
                        return;
                    }
                }
                self.store_name(asname.id.as_str());
            }
        }
    }

    /// `from [.]module import a, b as c` and `from module import *`.
    pub(super) fn import_from(&mut self, s: &ast::StmtImportFrom) -> CResult {
        let star = s.names.iter().find(|alias| alias.name.id.as_str() == "*");
        if let Some(star) = star
            && self.unit().scope.is_some()
        {
            return Err(self.error(star.start(), "import * only allowed at module level"));
        }
        self.emit_const(Value::Int(i64::from(s.level)));
        let names = s
            .names
            .iter()
            .map(|alias| Value::str(alias.name.id.as_str()))
            .collect();
        self.emit_const(Value::tuple(names));
        let module = s.module.as_ref().map_or("", |m| m.id.as_str());
        let i = self.name_index(module);
        self.emit(Opcode::ImportName, i);
        if star.is_some() {
            self.emit(Opcode::ImportStar, 0);
            return Ok(());
        }
        for alias in &s.names {
            let attr = self.name_index(alias.name.id.as_str());
            self.emit(Opcode::ImportFrom, attr);
            let bound = alias.asname.as_ref().unwrap_or(&alias.name);
            self.store_name(bound.id.as_str());
        }
        self.emit(Opcode::PopTop, 0);
        Ok(())
    }
}
