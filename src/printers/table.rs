//! kubectl's borderless tables: left-aligned columns, three spaces apart,
//! each at least six characters wide, the last one unpadded.

use std::io::{self, Write};

use comfy_table::{ColumnConstraint, ContentArrangement, Table, Width, presets::NOTHING};

/// The gap kubectl's tabwriter leaves after every column but the last.
const COLUMN_GAP: u16 = 3;
/// kubectl's tabwriter minimum cell width, gap included.
const MIN_CELL_WIDTH: u16 = 6;

/// Renders `header` (unless empty) and `rows` as a kubectl-style table, each
/// cell made safe as kubectl makes it: every table prints text from objects.
/// No line ends in spaces.
pub fn write_plain<W, R>(out: &mut W, header: &[&str], rows: R) -> io::Result<()>
where
    W: Write + ?Sized,
    R: IntoIterator<Item = Vec<String>>,
{
    write(out, header, rows, false)
}

/// As [`write_plain`], but a row whose last cell is empty keeps the padding
/// of the cell before it, as kubectl's `get` prints it (`-L` of a missing
/// label); its other tables trim it.
pub fn write_get<W, R>(out: &mut W, header: &[&str], rows: R) -> io::Result<()>
where
    W: Write + ?Sized,
    R: IntoIterator<Item = Vec<String>>,
{
    write(out, header, rows, true)
}

fn write<W, R>(out: &mut W, header: &[&str], rows: R, pad_before_empty_last: bool) -> io::Result<()>
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
    let rows: Vec<Vec<String>> = rows
        .into_iter()
        .map(|row| row.iter().map(|cell| safe_cell(cell)).collect())
        .collect();
    // kubectl pads every cell but the last: a row whose last cell is empty
    // ends with the padding of the cell before it (`-L` of a missing label).
    let mut last_cell_empty: Vec<bool> = rows
        .iter()
        .map(|row| pad_before_empty_last && row.last().is_some_and(String::is_empty))
        .collect();
    if !header.is_empty() {
        last_cell_empty.insert(0, false);
    }
    table.add_rows(rows);
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
    let last_width = usize::from(
        table
            .column_max_content_widths()
            .last()
            .copied()
            .unwrap_or(0),
    );
    for (line, last_empty) in table.lines().zip(last_cell_empty) {
        let line = if last_empty && columns > 1 {
            // The empty last cell is padded to its column's width: only that goes.
            let keep = line.len().saturating_sub(last_width);
            line.get(..keep).unwrap_or(&line).to_string()
        } else {
            line.trim_end().to_string()
        };
        writeln!(out, "{line}")?;
    }
    Ok(())
}

/// kubectl's tabwriter as `get -w` drives it: flushed after every event,
/// but remembering the widest cell of each column seen so far (cli-runtime's
/// `RememberWidths`), so that later rows line up with the header and the
/// first rows unless one of theirs is wider.
#[derive(Debug, Default)]
pub struct RememberedColumns {
    widths: Vec<usize>,
}

impl RememberedColumns {
    /// Writes `lines` (a header is just the first line) aligned to every
    /// line written before; cells are made safe as in [`write_plain`].
    pub fn write<W: Write + ?Sized>(
        &mut self,
        out: &mut W,
        lines: &[Vec<String>],
    ) -> io::Result<()> {
        let lines: Vec<Vec<String>> = lines
            .iter()
            .map(|line| line.iter().map(|cell| safe_cell(cell)).collect())
            .collect();
        for line in &lines {
            // The last cell ends the line and sets no width, as in Go's tabwriter.
            for (column, cell) in line.iter().enumerate().take(line.len().saturating_sub(1)) {
                let width = (cell.chars().count() + usize::from(COLUMN_GAP))
                    .max(usize::from(MIN_CELL_WIDTH));
                match self.widths.get_mut(column) {
                    Some(known) => *known = (*known).max(width),
                    None => self.widths.push(width),
                }
            }
        }
        for line in &lines {
            let mut text = String::new();
            for (column, cell) in line.iter().enumerate() {
                text.push_str(cell);
                if column + 1 < line.len() {
                    let pad = self.widths[column].saturating_sub(cell.chars().count());
                    text.extend(std::iter::repeat_n(' ', pad));
                }
            }
            writeln!(out, "{text}")?;
        }
        Ok(())
    }
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
    fn an_empty_last_cell_keeps_the_padding_before_it_in_get_tables_only() {
        let rows = || {
            vec![
                vec!["web".to_string(), "x".into(), "db".into()],
                vec!["kube-root-ca.crt".to_string(), String::new(), String::new()],
            ]
        };
        let header = ["NAME", "APP", "ROLE"];
        let mut get = Vec::new();
        write_get(&mut get, &header, rows()).unwrap();
        assert_eq!(
            String::from_utf8(get).unwrap(),
            "NAME               APP   ROLE\nweb                x     db\nkube-root-ca.crt         \n"
        );
        let mut plain = Vec::new();
        write_plain(&mut plain, &header, rows()).unwrap();
        assert!(
            String::from_utf8(plain)
                .unwrap()
                .ends_with("kube-root-ca.crt\n")
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

    fn lines(rows: &[&[&str]]) -> Vec<Vec<String>> {
        rows.iter()
            .map(|row| row.iter().map(|c| c.to_string()).collect())
            .collect()
    }

    #[test]
    fn later_rows_keep_the_widths_of_earlier_ones_and_widen_them() {
        let mut columns = RememberedColumns::default();
        let mut out = Vec::new();
        columns
            .write(
                &mut out,
                &lines(&[&["NAME", "DATA", "AGE"], &["a", "1", "5s"]]),
            )
            .unwrap();
        columns
            .write(&mut out, &lines(&[&["b", "2", "0s"]]))
            .unwrap();
        columns
            .write(&mut out, &lines(&[&["a-much-longer-name", "3", "0s"]]))
            .unwrap();
        columns
            .write(&mut out, &lines(&[&["c", "4", "0s"]]))
            .unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "NAME   DATA   AGE\na      1      5s\nb      2      0s\n\
             a-much-longer-name   3      0s\nc                    4      0s\n"
        );
    }

    #[test]
    fn short_columns_are_padded_to_kubectls_minimum_width() {
        let text = render(&[], vec![vec!["a", "b"]]);
        assert_eq!(text, "a     b\n");
    }
}
