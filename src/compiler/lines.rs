//! Source positions: byte offsets (what the parser reports) to 1-based line numbers and
//! character columns (what SyntaxErrors and tracebacks show). Every lookup is O(log lines)
//! or better, so compiling a huge one-line display stays linear.

use ruff_text_size::TextSize;

/// Bytes per block of the character-count table of a non-ASCII source.
const BLOCK_BYTES: usize = 256;

/// Maps byte offsets in the source to 1-based line and column numbers.
pub struct LineIndex<'a> {
    source: &'a str,
    /// Byte offset where each line starts.
    starts: Vec<usize>,
    /// Characters before each `BLOCK_BYTES` boundary of the source. Empty when the source is
    /// ASCII: a byte offset is then a character offset.
    chars_before_block: Vec<u32>,
}

/// Whether `byte` starts a character (is not a UTF-8 continuation byte).
fn starts_char(byte: &u8) -> bool {
    byte & 0xC0 != 0x80
}

impl<'a> LineIndex<'a> {
    pub fn new(source: &'a str) -> LineIndex<'a> {
        let mut starts = vec![0];
        starts.extend(source.match_indices('\n').map(|(i, _)| i + 1));
        let mut chars_before_block = Vec::new();
        if !source.is_ascii() {
            let mut chars = 0u32;
            for block in source.as_bytes().chunks(BLOCK_BYTES) {
                chars_before_block.push(chars);
                chars += block.iter().filter(|b| starts_char(b)).count() as u32;
            }
        }
        LineIndex {
            source,
            starts,
            chars_before_block,
        }
    }

    /// The text indexed.
    pub fn source(&self) -> &'a str {
        self.source
    }

    /// How many lines the source has (a final newline does not start another).
    pub fn line_count(&self) -> u32 {
        let ends_in_newline = self.source.ends_with('\n');
        (self.starts.len() - usize::from(ends_in_newline)).max(1) as u32
    }

    pub fn line_of(&self, offset: TextSize) -> u32 {
        let offset = usize::from(offset);
        (self.starts.partition_point(|start| *start <= offset)) as u32
    }

    /// Byte offset where `line` (1-based) starts; the source's end past the last line.
    pub fn line_start(&self, line: u32) -> usize {
        let index = (line as usize).saturating_sub(1);
        self.starts.get(index).copied().unwrap_or(self.source.len())
    }

    /// Characters in the source before byte `offset`: one table lookup plus a scan of less
    /// than one block.
    fn chars_before(&self, offset: usize) -> usize {
        let offset = offset.min(self.source.len());
        if self.chars_before_block.is_empty() {
            return offset;
        }
        let block = offset / BLOCK_BYTES;
        let counted = self.chars_before_block.get(block).copied().unwrap_or(0) as usize;
        let bytes = self.source.as_bytes();
        let rest = bytes.get(block * BLOCK_BYTES..offset).unwrap_or(&[]);
        counted + rest.iter().filter(|b| starts_char(b)).count()
    }

    /// 1-based character column of `offset` within its line.
    pub fn column_of(&self, offset: TextSize) -> u32 {
        let offset = usize::from(offset).min(self.source.len());
        let start = self.line_start(self.line_of(TextSize::from(offset as u32)));
        (self.chars_before(offset) - self.chars_before(start)) as u32 + 1
    }

    /// The text of `line` (1-based) without its line ending; empty past the end.
    pub fn line_text(&self, line: u32) -> &'a str {
        let start = self.line_start(line);
        let end = self.line_start(line + 1);
        self.source
            .get(start..end)
            .unwrap_or("")
            .trim_end_matches(['\n', '\r'])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_count_characters_across_blocks() {
        let line = format!("{}é = 'ü{}' + 1\n", "x".repeat(300), "ß".repeat(400));
        let source = format!("a = 1\n{line}b\n");
        let index = LineIndex::new(&source);
        for (byte, _) in line.char_indices() {
            let offset = TextSize::from((6 + byte) as u32);
            let expected = line[..byte].chars().count() as u32 + 1;
            assert_eq!(index.column_of(offset), expected);
            assert_eq!(index.line_of(offset), 2);
        }
        let b = TextSize::from((6 + line.len()) as u32);
        assert_eq!((index.line_of(b), index.column_of(b)), (3, 1));
        assert_eq!(index.line_count(), 3);
    }

    #[test]
    fn ascii_sources_need_no_character_table() {
        let source = format!("x = [{}]\n", "1, ".repeat(300_000));
        let index = LineIndex::new(&source);
        assert!(index.chars_before_block.is_empty());
        let near_end = TextSize::from((source.len() - 3) as u32);
        assert_eq!(index.column_of(near_end) as usize, source.len() - 3 + 1);
    }
}
