//! Go's `text/tabwriter` as kubectl's `describe` configures it (no minimum
//! width, two spaces of padding, no flags): tab-terminated cells of
//! consecutive lines form a column as wide as its widest cell. The layout of
//! `describe` output depends on exactly this rule — a line without a tab ends
//! every column above it — so it is reproduced here rather than approximated
//! with a table.

/// Aligns the tab-separated cells of `text`, padding each column to its
/// widest cell plus `padding` spaces; the last cell of a line is not padded.
pub fn align(text: &str, padding: usize) -> String {
    let lines: Vec<Vec<&str>> = text
        .split_terminator('\n')
        .map(|line| line.split('\t').collect())
        .collect();
    let mut aligned = Aligned {
        lines: &lines,
        padding,
        widths: Vec::new(),
        out: String::with_capacity(text.len() + text.len() / 2),
    };
    aligned.format(0, lines.len());
    if !text.ends_with('\n') && aligned.out.ends_with('\n') {
        aligned.out.pop();
    }
    aligned.out
}

struct Aligned<'a> {
    lines: &'a [Vec<&'a str>],
    padding: usize,
    /// The widths of the columns of the block being formatted, outermost first.
    widths: Vec<usize>,
    out: String,
}

impl Aligned<'_> {
    /// Go's `Writer.format`: finds the blocks of consecutive lines that have a
    /// cell in the next column, sizes that column per block and recurses.
    fn format(&mut self, first: usize, end: usize) {
        let column = self.widths.len();
        let mut unwritten = first;
        let mut line = first;
        while line < end {
            if !self.has_column(line, column) {
                line += 1;
                continue;
            }
            self.write_lines(unwritten, line);
            let block_start = line;
            let mut width = 0;
            while line < end && self.has_column(line, column) {
                width = width.max(self.lines[line][column].chars().count() + self.padding);
                line += 1;
            }
            self.widths.push(width);
            self.format(block_start, line);
            self.widths.pop();
            unwritten = line;
        }
        self.write_lines(unwritten, end);
    }

    /// Whether `line` has a tab-terminated cell in `column`.
    fn has_column(&self, line: usize, column: usize) -> bool {
        column + 1 < self.lines[line].len()
    }

    fn write_lines(&mut self, first: usize, end: usize) {
        for line in &self.lines[first..end] {
            for (column, cell) in line.iter().enumerate() {
                self.out.push_str(cell);
                if let Some(width) = self.widths.get(column) {
                    let pad = width.saturating_sub(cell.chars().count());
                    self.out.extend(std::iter::repeat_n(' ', pad));
                }
            }
            self.out.push('\n');
        }
    }
}

#[cfg(test)]
mod tests {
    use super::align;

    #[test]
    fn consecutive_lines_share_a_column() {
        assert_eq!(
            align("Name:\tweb\nNamespace:\tdefault\n", 2),
            "Name:       web\nNamespace:  default\n"
        );
    }

    #[test]
    fn a_line_without_a_tab_ends_the_column() {
        assert_eq!(
            align("A:\t1\nheading\nLonger:\t2\n", 2),
            "A:  1\nheading\nLonger:  2\n"
        );
    }

    #[test]
    fn inner_columns_are_sized_per_block_of_the_outer_one() {
        let text = "  Type\tStatus\tReason\n  ----\t------\t------\n  Available \tTrue\tMinimumReplicasAvailable\n";
        assert_eq!(
            align(text, 2),
            "  Type        Status  Reason\n  ----        ------  ------\n  Available   True    MinimumReplicasAvailable\n"
        );
    }

    #[test]
    fn empty_leading_cells_continue_a_column() {
        assert_eq!(
            align("Labels:\ta=1\n\tb=2\nAnnotations:\t<none>\n", 2),
            "Labels:       a=1\n              b=2\nAnnotations:  <none>\n"
        );
    }

    #[test]
    fn widths_count_characters_not_bytes() {
        assert_eq!(align("ü:\t1\nab:\t2\n", 2), "ü:   1\nab:  2\n");
    }
}
