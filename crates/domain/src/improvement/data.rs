//! Measure data as people paste or upload it: a CSV with a header row. Every bad row is
//! reported with its line number, and nothing is taken unless every row is good — or the person
//! chooses to skip the bad ones.
//!
//! Columns (any order, case-insensitive): `period` (required), `value` (run, I, c charts) or
//! `numerator` and `denominator` (p and u charts), optional `phase` (a whole number, default 1)
//! and `note`.

use serde::Serialize;

/// One good row.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DataRow {
    pub line: usize,
    pub period: String,
    pub value: Option<f64>,
    pub numerator: Option<f64>,
    pub denominator: Option<f64>,
    pub phase: i64,
    pub note: String,
}

/// A problem with one line of the file (1-based, the header is line 1).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RowError {
    pub line: usize,
    pub message: String,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Parsed {
    pub rows: Vec<DataRow>,
    pub errors: Vec<RowError>,
}

/// Which columns a chart needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// A value per period (run, I, MR and c charts).
    Value,
    /// A numerator and a denominator per period (p and u charts); for p the numerator may not
    /// exceed the denominator.
    Ratio { proportion: bool },
}

fn number(text: &str, column: &str, line: usize, errors: &mut Vec<RowError>) -> Option<f64> {
    let text = text.trim();
    match text.replace(',', "").parse::<f64>() {
        Ok(v) if v.is_finite() => Some(v),
        _ => {
            errors.push(RowError {
                line,
                message: format!("“{text}” in column {column} is not a number"),
            });
            None
        }
    }
}

pub fn parse(text: &str, shape: Shape) -> Parsed {
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
                message: format!("the header row cannot be read: {e}"),
            });
            return parsed;
        }
    };
    let column = |name: &str| headers.iter().position(|h| h == name);
    let needed: &[&str] = match shape {
        Shape::Value => &["period", "value"],
        Shape::Ratio { .. } => &["period", "numerator", "denominator"],
    };
    let missing: Vec<&str> = needed
        .iter()
        .copied()
        .filter(|c| column(c).is_none())
        .collect();
    if !missing.is_empty() {
        parsed.errors.push(RowError {
            line: 1,
            message: format!(
                "the header row needs the column{} {}",
                if missing.len() == 1 { "" } else { "s" },
                missing.join(", ")
            ),
        });
        return parsed;
    }
    let (period_at, phase_at, note_at) = (column("period"), column("phase"), column("note"));
    let mut seen = std::collections::HashSet::new();
    for (i, record) in reader.records().enumerate() {
        let line = i + 2;
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                parsed.errors.push(RowError {
                    line,
                    message: format!("the line cannot be read: {e}"),
                });
                continue;
            }
        };
        if record.iter().all(|f| f.is_empty()) {
            continue;
        }
        let field = |at: Option<usize>| at.and_then(|i| record.get(i)).unwrap_or("").to_string();
        let before = parsed.errors.len();
        let period = field(period_at);
        if period.is_empty() {
            parsed.errors.push(RowError {
                line,
                message: "the period is empty".into(),
            });
        } else if !seen.insert(period.clone()) {
            parsed.errors.push(RowError {
                line,
                message: format!("the period {period} appears twice"),
            });
        }
        let (value, numerator, denominator) = match shape {
            Shape::Value => (
                number(&field(column("value")), "value", line, &mut parsed.errors),
                None,
                None,
            ),
            Shape::Ratio { proportion } => {
                let n = number(
                    &field(column("numerator")),
                    "numerator",
                    line,
                    &mut parsed.errors,
                );
                let d = number(
                    &field(column("denominator")),
                    "denominator",
                    line,
                    &mut parsed.errors,
                );
                if let Some(d) = d {
                    if d <= 0.0 {
                        parsed.errors.push(RowError {
                            line,
                            message: "the denominator must be more than 0".into(),
                        });
                    }
                }
                if let (Some(n), Some(d)) = (n, d) {
                    if n < 0.0 {
                        parsed.errors.push(RowError {
                            line,
                            message: "the numerator cannot be negative".into(),
                        });
                    }
                    if proportion && d > 0.0 && n > d {
                        parsed.errors.push(RowError {
                            line,
                            message: "the numerator is larger than the denominator".into(),
                        });
                    }
                }
                (None, n, d)
            }
        };
        let phase_text = field(phase_at);
        let phase = if phase_text.is_empty() {
            1
        } else {
            match phase_text.parse::<i64>() {
                Ok(p) if p >= 1 => p,
                _ => {
                    parsed.errors.push(RowError {
                        line,
                        message: format!("the phase “{phase_text}” is not a whole number from 1"),
                    });
                    1
                }
            }
        };
        if parsed.errors.len() == before {
            parsed.rows.push(DataRow {
                line,
                period,
                value,
                numerator,
                denominator,
                phase,
                note: field(note_at),
            });
        }
    }
    parsed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn good_rows_are_read_in_any_column_order() {
        let parsed = parse(
            "Value,Period,note\n12,2026-01,\n 9.5 ,2026-02,new rota\n",
            Shape::Value,
        );
        assert!(parsed.errors.is_empty(), "{:?}", parsed.errors);
        assert_eq!(parsed.rows.len(), 2);
        assert_eq!(parsed.rows[1].value, Some(9.5));
        assert_eq!(parsed.rows[1].note, "new rota");
        assert_eq!(parsed.rows[1].line, 3);
    }

    #[test]
    fn bad_rows_are_reported_with_their_line_numbers() {
        let text = "period,numerator,denominator\n2026-01,3,40\n2026-02,abc,40\n2026-03,5,0\n2026-04,50,40\n2026-01,1,2\n";
        let parsed = parse(text, Shape::Ratio { proportion: true });
        assert_eq!(parsed.rows.len(), 1);
        let lines: Vec<usize> = parsed.errors.iter().map(|e| e.line).collect();
        assert_eq!(lines, vec![3, 4, 5, 6]);
        assert!(parsed.errors[0]
            .message
            .contains("“abc” in column numerator is not a number"));
        assert!(parsed.errors[2]
            .message
            .contains("larger than the denominator"));
        assert!(parsed.errors[3].message.contains("appears twice"));
        let rates = parse(
            "period,numerator,denominator\n2026-05,50,40\n",
            Shape::Ratio { proportion: false },
        );
        assert!(rates.errors.is_empty(), "a rate may exceed 1");
    }

    #[test]
    fn a_missing_column_is_one_clear_error() {
        let parsed = parse("period,count\n2026-01,3\n", Shape::Value);
        assert_eq!(parsed.errors.len(), 1);
        assert_eq!(parsed.errors[0].line, 1);
        assert!(parsed.errors[0].message.contains("value"));
        assert!(parse("", Shape::Value).errors[0].message.contains("period"));
    }
}
