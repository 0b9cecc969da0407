//! Measure data as people paste or upload it, and as `lmp chart` reads it: a CSV with a header
//! row. Every bad row is reported with its line number (the header is line 1), and nothing is
//! taken unless every row is good — or the person chooses to skip the bad ones.
//!
//! Columns (any order, case-insensitive): `period`, `value` (run, I, MR, c charts) or
//! `numerator` and `denominator` (p and u charts; run, I and MR charts take them too when there
//! is no value column), `phase` and `note`. [`Layout`] says which are required and how a phase
//! is written: a measure's data on the site needs a period and numbers its phases 1, 2, …; a
//! file for `lmp chart` may leave the period out and name its phases freely.

use serde::Serialize;

use crate::message::Msg;
use crate::qi::{ChartKind, Observation};

/// One good row.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DataRow {
    pub line: usize,
    /// The period's label; empty when the layout does not require one and the row has none.
    pub period: String,
    pub value: Option<f64>,
    pub numerator: Option<f64>,
    pub denominator: Option<f64>,
    /// The phase's number, from 1.
    pub phase: i64,
    /// The phase as written in the file, when there was one.
    pub phase_label: Option<String>,
    pub note: String,
}

impl DataRow {
    /// The row as a chart point.
    pub fn observation(&self) -> Observation {
        let mut observation = match (self.value, self.numerator, self.denominator) {
            (Some(value), _, _) => Observation::value(value),
            (None, Some(n), Some(d)) => Observation::ratio(n, d),
            _ => Observation::value(0.0),
        };
        observation.period = (!self.period.is_empty()).then(|| self.period.clone());
        observation.phase = Some(
            self.phase_label
                .clone()
                .unwrap_or_else(|| self.phase.to_string()),
        );
        observation
    }
}

/// A problem with one line of the file (1-based, the header is line 1), named by its message
/// (`improvement.ftl`, `measure-csv-…`) so a page words it in the reader's language and
/// `lmp chart` in English.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowError {
    pub line: usize,
    pub problem: Msg,
}

impl RowError {
    /// "Line 3: the period is empty."
    pub fn msg(&self) -> Msg {
        Msg::new("measure-csv-line")
            .number("line", self.line)
            .msg("problem", self.problem.clone())
    }
}

/// For logs and tests: the message ids and values, not a sentence for people.
impl std::fmt::Display for RowError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.msg())
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Parsed {
    pub rows: Vec<DataRow>,
    pub errors: Vec<RowError>,
}

/// Which columns a chart needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// A value per period (c charts, and run, I and MR charts entered on the site).
    Value,
    /// A value, or — when the file has no value column — a numerator and a denominator whose
    /// ratio is the value (run, I and MR charts read from a file).
    ValueOrRatio,
    /// A numerator and a denominator per period (p and u charts); for p the numerator may not
    /// exceed the denominator.
    Ratio { proportion: bool },
}

/// What a file must hold and how its phases are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Layout {
    pub shape: Shape,
    /// Every row needs a period, and no period may appear twice.
    pub period_required: bool,
    /// Phases are free labels ("before", "after") numbered in order of first appearance;
    /// otherwise a phase is a whole number from 1.
    pub phase_labels: bool,
}

impl Layout {
    /// A measure's data on the site: one row per period, phases numbered.
    pub fn measure(kind: ChartKind) -> Layout {
        Layout {
            shape: match kind {
                ChartKind::P => Shape::Ratio { proportion: true },
                ChartKind::U => Shape::Ratio { proportion: false },
                _ => Shape::Value,
            },
            period_required: true,
            phase_labels: false,
        }
    }

    /// A file for `lmp chart`: periods optional, phases named freely, and run, I and MR charts
    /// may be given as numerator over denominator.
    pub fn file(kind: ChartKind) -> Layout {
        Layout {
            shape: match kind {
                ChartKind::P => Shape::Ratio { proportion: true },
                ChartKind::U => Shape::Ratio { proportion: false },
                ChartKind::C => Shape::Value,
                ChartKind::Run | ChartKind::I | ChartKind::Mr => Shape::ValueOrRatio,
            },
            period_required: false,
            phase_labels: true,
        }
    }
}

/// The cells of one row and where to report its problems.
struct Line<'a> {
    number: usize,
    record: &'a csv::StringRecord,
    errors: &'a mut Vec<RowError>,
}

impl Line<'_> {
    fn text(&self, at: Option<usize>) -> String {
        at.and_then(|i| self.record.get(i))
            .unwrap_or("")
            .to_string()
    }

    fn fail(&mut self, problem: Msg) {
        self.errors.push(RowError {
            line: self.number,
            problem,
        });
    }

    fn number(&mut self, at: usize, column: &str) -> Option<f64> {
        let text = self.text(Some(at));
        if text.is_empty() {
            self.fail(Msg::new("measure-csv-empty").text("column", column));
            return None;
        }
        match text.replace(',', "").parse::<f64>() {
            Ok(v) if v.is_finite() => Some(v),
            _ => {
                self.fail(
                    Msg::new("measure-csv-not-number")
                        .text("text", text)
                        .text("column", column),
                );
                None
            }
        }
    }
}

/// Where the measure is in a row.
enum Measure {
    Value(usize),
    Ratio {
        numerator: usize,
        denominator: usize,
        proportion: bool,
    },
}

fn measure_columns(
    shape: Shape,
    column: impl Fn(&str) -> Option<usize>,
) -> Result<Measure, Vec<&'static str>> {
    let ratio = |proportion| match (column("numerator"), column("denominator")) {
        (Some(numerator), Some(denominator)) => Ok(Measure::Ratio {
            numerator,
            denominator,
            proportion,
        }),
        (None, Some(_)) => Err(vec!["numerator"]),
        (Some(_), None) => Err(vec!["denominator"]),
        (None, None) => Err(vec!["numerator", "denominator"]),
    };
    match shape {
        Shape::Value => column("value").map(Measure::Value).ok_or(vec!["value"]),
        Shape::Ratio { proportion } => ratio(proportion),
        Shape::ValueOrRatio => match column("value") {
            Some(at) => Ok(Measure::Value(at)),
            None => ratio(false).map_err(|_| vec!["value"]),
        },
    }
}

/// The header lacks the columns `missing` (named as the file must name them).
fn needs(missing: &[&str]) -> Msg {
    Msg::new("measure-csv-header-needs")
        .number("count", missing.len())
        .text("columns", missing.join(", "))
}

pub fn parse(text: &str, layout: Layout) -> Parsed {
    // Spreadsheets often start a CSV file with a byte-order mark; it is not part of the header.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    // Lines are numbered as an editor shows them: the CSV reader ends a record at a lone
    // carriage return (old Mac files) but counts only line feeds, so every line ends in one.
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut parsed = Parsed::default();
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let headers: Vec<String> = match reader.headers() {
        Ok(h) => h.iter().map(|c| c.to_lowercase()).collect(),
        Err(e) => {
            parsed.errors.push(RowError {
                line: 1,
                problem: Msg::new("measure-csv-header-unreadable").text("why", e.to_string()),
            });
            return parsed;
        }
    };
    let column = |name: &str| headers.iter().position(|h| h == name);
    let mut missing: Vec<&str> = Vec::new();
    if layout.period_required && column("period").is_none() {
        missing.push("period");
    }
    let measure = match measure_columns(layout.shape, column) {
        Ok(measure) => Some(measure),
        Err(names) => {
            missing.extend(names);
            None
        }
    };
    let Some(measure) = measure.filter(|_| missing.is_empty()) else {
        parsed.errors.push(RowError {
            line: 1,
            problem: needs(&missing),
        });
        return parsed;
    };
    let (period_at, phase_at, note_at) = (column("period"), column("phase"), column("note"));
    let mut seen = std::collections::HashSet::new();
    let mut phase_names: Vec<String> = Vec::new();
    // The reader gives where it started reading a record, before the blank lines it skipped.
    let line_of = |position: Option<&csv::Position>, fallback: usize| {
        let Some(position) = position else {
            return fallback;
        };
        let blank = usize::try_from(position.byte())
            .ok()
            .and_then(|at| text.as_bytes().get(at..))
            .map_or(0, |rest| rest.iter().take_while(|b| **b == b'\n').count());
        usize::try_from(position.line()).map_or(fallback, |line| line + blank)
    };
    for (i, record) in reader.records().enumerate() {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                parsed.errors.push(RowError {
                    line: line_of(e.position(), i + 2),
                    problem: Msg::new("measure-csv-line-unreadable").text("why", e.to_string()),
                });
                continue;
            }
        };
        if record.iter().all(|f| f.is_empty()) {
            continue;
        }
        let number = line_of(record.position(), i + 2);
        let before = parsed.errors.len();
        let mut line = Line {
            number,
            record: &record,
            errors: &mut parsed.errors,
        };
        let period = line.text(period_at);
        if period.is_empty() {
            if layout.period_required {
                line.fail(Msg::new("measure-csv-period-empty"));
            }
        } else if !seen.insert(period.clone()) && layout.period_required {
            line.fail(Msg::new("measure-csv-period-twice").text("period", period.clone()));
        }
        let (value, numerator, denominator) = match measure {
            Measure::Value(at) => (line.number(at, "value"), None, None),
            Measure::Ratio {
                numerator,
                denominator,
                proportion,
            } => {
                let n = line.number(numerator, "numerator");
                let d = line.number(denominator, "denominator");
                if let Some(d) = d.filter(|d| *d <= 0.0) {
                    line.fail(
                        Msg::new("measure-csv-denominator-positive").text("value", d.to_string()),
                    );
                }
                if let Some(n) = n.filter(|n| *n < 0.0) {
                    line.fail(
                        Msg::new("measure-csv-numerator-negative").text("value", n.to_string()),
                    );
                }
                if let (Some(n), Some(d)) = (n, d) {
                    if proportion && d > 0.0 && n > d {
                        line.fail(
                            Msg::new("measure-csv-numerator-above")
                                .text("numerator", n.to_string())
                                .text("denominator", d.to_string()),
                        );
                    }
                }
                (None, n, d)
            }
        };
        let phase_text = line.text(phase_at);
        let (phase, phase_label) = if phase_text.is_empty() {
            (1, None)
        } else if layout.phase_labels {
            let at = match phase_names.iter().position(|p| *p == phase_text) {
                Some(at) => at,
                None => {
                    phase_names.push(phase_text.clone());
                    phase_names.len() - 1
                }
            };
            (at as i64 + 1, Some(phase_text))
        } else {
            match phase_text.parse::<i64>() {
                Ok(p) if p >= 1 => (p, None),
                _ => {
                    line.fail(Msg::new("measure-csv-phase").text("phase", phase_text.clone()));
                    (1, None)
                }
            }
        };
        let note = line.text(note_at);
        if parsed.errors.len() == before {
            parsed.rows.push(DataRow {
                line: number,
                period,
                value,
                numerator,
                denominator,
                phase,
                phase_label,
                note,
            });
        }
    }
    parsed
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site(kind: ChartKind) -> Layout {
        Layout::measure(kind)
    }

    #[test]
    fn good_rows_are_read_in_any_column_order() {
        let parsed = parse(
            "Value,Period,note\n12,2026-01,\n 9.5 ,2026-02,new rota\n",
            site(ChartKind::Run),
        );
        assert!(parsed.errors.is_empty(), "{:?}", parsed.errors);
        assert_eq!(parsed.rows.len(), 2);
        assert_eq!(parsed.rows[1].value, Some(9.5));
        assert_eq!(parsed.rows[1].note, "new rota");
        assert_eq!(parsed.rows[1].line, 3);
    }

    #[test]
    fn bad_rows_are_reported_with_their_line_numbers() {
        let text = "period,numerator,denominator\n2026-01,3,40\n2026-02,abc,40\n2026-03,5,0\n2026-04,50,40\n2026-01,1,2\n2026-05,,3\n";
        let parsed = parse(text, site(ChartKind::P));
        assert_eq!(parsed.rows.len(), 1);
        let lines: Vec<usize> = parsed.errors.iter().map(|e| e.line).collect();
        assert_eq!(lines, vec![3, 4, 5, 6, 7]);
        assert_eq!(
            parsed.errors[0].problem,
            Msg::new("measure-csv-not-number")
                .text("text", "abc")
                .text("column", "numerator")
        );
        assert_eq!(
            parsed.errors[1].problem,
            Msg::new("measure-csv-denominator-positive").text("value", "0")
        );
        assert_eq!(
            parsed.errors[2].problem,
            Msg::new("measure-csv-numerator-above")
                .text("numerator", "50")
                .text("denominator", "40")
        );
        assert_eq!(
            parsed.errors[3].problem,
            Msg::new("measure-csv-period-twice").text("period", "2026-01")
        );
        assert_eq!(
            parsed.errors[4].problem,
            Msg::new("measure-csv-empty").text("column", "numerator")
        );
        assert_eq!(
            parsed.errors[4].msg(),
            Msg::new("measure-csv-line")
                .number("line", 7)
                .msg("problem", parsed.errors[4].problem.clone())
        );
        let rates = parse(
            "period,numerator,denominator\n2026-05,50,40\n",
            site(ChartKind::U),
        );
        assert!(rates.errors.is_empty(), "a rate may exceed 1");
    }

    #[test]
    fn line_numbers_count_blank_lines_and_every_line_ending() {
        // Found by fuzzing (fuzz/regressions/measure_csv): the reader skips blank lines and
        // ends a record at a lone carriage return, so counting records gave wrong lines.
        let text = "period,value\n\n2026-01,x\r\n2026-02,3\r2026-03,y\n\n\n2026-04,\"4\"\n";
        let parsed = parse(text, site(ChartKind::Run));
        let lines: Vec<usize> = parsed.errors.iter().map(|e| e.line).collect();
        assert_eq!(lines, vec![3, 5], "{:?}", parsed.errors);
        let rows: Vec<usize> = parsed.rows.iter().map(|r| r.line).collect();
        assert_eq!(rows, vec![4, 8]);
    }

    #[test]
    fn a_missing_column_is_one_clear_error() {
        let parsed = parse("period,count\n2026-01,3\n", site(ChartKind::I));
        assert_eq!(parsed.errors.len(), 1);
        assert_eq!(parsed.errors[0].line, 1);
        assert_eq!(parsed.errors[0].problem, needs(&["value"]));
        assert_eq!(
            parse("", site(ChartKind::Run)).errors[0].problem,
            Msg::new("measure-csv-header-needs")
                .number("count", 2)
                .text("columns", "period, value")
        );
        assert_eq!(
            parse("numerator\n3\n", Layout::file(ChartKind::P)).errors[0].problem,
            Msg::new("measure-csv-header-needs")
                .number("count", 1)
                .text("columns", "denominator")
        );
    }

    #[test]
    fn a_byte_order_mark_does_not_hide_the_first_column() {
        let parsed = parse("\u{feff}period,value\n2026-01,3\n", site(ChartKind::Run));
        assert!(parsed.errors.is_empty(), "{:?}", parsed.errors);
        assert_eq!(parsed.rows[0].period, "2026-01");
    }

    #[test]
    fn a_site_phase_is_a_whole_number() {
        let parsed = parse(
            "period,value,phase\n2026-01,3,1\n2026-02,4,after\n2026-03,4,2\n",
            site(ChartKind::Run),
        );
        assert_eq!(parsed.errors.len(), 1);
        assert_eq!(parsed.errors[0].line, 3);
        assert_eq!(
            parsed.errors[0].problem,
            Msg::new("measure-csv-phase").text("phase", "after")
        );
        assert_eq!(parsed.rows[1].phase, 2);
    }

    #[test]
    fn a_file_may_leave_out_periods_and_name_its_phases() {
        let parsed = parse(
            "value,phase\n3,before\n4,before\n5,after\n6,after\n",
            Layout::file(ChartKind::I),
        );
        assert!(parsed.errors.is_empty(), "{:?}", parsed.errors);
        let phases: Vec<i64> = parsed.rows.iter().map(|r| r.phase).collect();
        assert_eq!(phases, vec![1, 1, 2, 2]);
        let observation = parsed.rows[2].observation();
        assert_eq!(observation.phase.as_deref(), Some("after"));
        assert_eq!(observation.period, None);
        assert_eq!(observation.numerator, 5.0);
    }

    #[test]
    fn a_run_chart_file_may_give_a_ratio_instead_of_a_value() {
        let parsed = parse(
            "numerator,denominator\n3,10\n",
            Layout::file(ChartKind::Run),
        );
        assert!(parsed.errors.is_empty(), "{:?}", parsed.errors);
        let observation = parsed.rows[0].observation();
        assert_eq!(
            (observation.numerator, observation.denominator),
            (3.0, Some(10.0))
        );
        // On the site a run chart takes a value, so the same file is refused.
        assert_eq!(
            parse(
                "period,numerator,denominator\n2026-01,3,10\n",
                site(ChartKind::Run)
            )
            .errors[0]
                .problem,
            needs(&["value"])
        );
    }
}
