//! kubectl's borderless tables: left-aligned columns, three spaces apart,
//! each at least six characters wide, no trailing spaces.

use std::io::{self, Write};

use comfy_table::{ColumnConstraint, ContentArrangement, Table, Width, presets::NOTHING};

/// The gap kubectl's tabwriter leaves after every column but the last.
const COLUMN_GAP: u16 = 3;
/// kubectl's tabwriter minimum cell width, gap included.
const MIN_CELL_WIDTH: u16 = 6;

/// Renders `header` (unless empty) and `rows` as a kubectl-style table, each
/// cell made safe as kubectl makes it: every table prints text from objects.
pub fn write_plain<W, R>(out: &mut W, header: &[&str], rows: R) -> io::Result<()>
where
    W: Write + ?Sized,
    R: IntoIterator<Item = Vec<String>>,
{
    let mut table = Table::new();
    table
        .load_style(NOTHING)
        .set_content_arrangement(ContentArrangement::Disabled)
        .force_no_tty();
    if !header.is_empty() {
        table.set_header(header.to_vec());
    }
    table.add_rows(
        rows.into_iter()
            .map(|row| row.iter().map(|cell| safe_cell(cell)).collect::<Vec<_>>()),
    );
    let columns = table.column_count();
    for (index, column) in table.column_iter_mut().enumerate() {
        if index + 1 == columns {
            column.set_padding((0, 0));
        } else {
            // comfy-table's boundary includes the padding, like the tabwriter's minimum.
            column.set_padding((0, COLUMN_GAP));
            column.set_constraint(ColumnConstraint::LowerBoundary(Width::Fixed(
                MIN_CELL_WIDTH,
            )));
        }
    }
    if table.row_count() == 0 && header.is_empty() {
        return Ok(());
    }
    for line in table.lines() {
        writeln!(out, "{}", line.trim_end())?;
    }
    Ok(())
}

/// A cell on one line that cannot drive the terminal: cut at the first line
/// break (with `...`), control characters escaped, as kubectl's table printer does.
fn safe_cell(cell: &str) -> String {
    match cell.find(['\n', '\r', '\x0c']) {
        Some(line_end) => format!("{}...", super::escape_terminal(&cell[..line_end])),
        None => super::escape_terminal(cell).into_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(header: &[&str], rows: Vec<Vec<&str>>) -> String {
        let mut out = Vec::new();
        let rows = rows
            .into_iter()
            .map(|r| r.into_iter().map(String::from).collect());
        write_plain(&mut out, header, rows).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn columns_are_three_spaces_apart_without_trailing_space() {
        let text = render(
            &["NAME", "READY", "AGE"],
            vec![vec!["flask-app", "3/3", "5m"], vec!["db", "1/1", "10d"]],
        );
        assert_eq!(
            text,
            "NAME        READY   AGE\nflask-app   3/3     5m\ndb          1/1     10d\n"
        );
    }

    #[test]
    fn control_characters_in_cells_are_escaped() {
        let text = render(
            &["NAME", "X"],
            vec![vec!["evil\x1b[2J\x07", "a\x1b[31mb\rc\nd"]],
        );
        assert_eq!(text, "NAME          X\nevil^[[2J^G   a^[[31mb...\n");
    }

    #[test]
    fn short_columns_are_padded_to_kubectls_minimum_width() {
        let text = render(&[], vec![vec!["a", "b"]]);
        assert_eq!(text, "a     b\n");
    }
}
