//! `lmp chart`: a run or control chart from a CSV file, printed as JSON and optionally drawn
//! as SVG. Needs no database: the numbers come from the file, the statistics from
//! `lmp_domain::qi`, the drawing from `lmp_web::qi_svg`.

use std::path::{Path, PathBuf};

use anyhow::Context;
use clap::builder::TypedValueParser as _;
use lmp_domain::qi::{self, ChartKind, Observation, Options, QiError};

const AFTER_HELP: &str = "\
The CSV file has a header row; column names are matched without regard to case:
  value                   the measure (run, i, mr and c charts); run, i and mr charts
                          also take numerator and denominator instead
  numerator, denominator  events and subgroup size (p and u charts; a value column is
                          then ignored)
  period                  optional label of each point, e.g. 2026-03
  phase                   optional; a new phase starts where the label changes, and
                          the centre line and limits are recomputed for it

The chart is printed as JSON on standard output. A bad line is reported with its
number, counting the header as line 1.

Examples:
  lmp chart --type run --input crates/cli/tests/data/run_shift.csv --ihi
  lmp chart --type p --input crates/cli/tests/data/p_varying.csv --svg readmissions.svg";

#[derive(clap::Args)]
#[command(after_help = AFTER_HELP)]
pub struct Args {
    /// The chart: run, i (individual values), mr (moving ranges), p (proportions),
    /// u (rates) or c (counts).
    #[arg(
        long = "type",
        value_name = "TYPE",
        value_parser = clap::builder::PossibleValuesParser::new(ChartKind::ALL.map(ChartKind::code))
            .map(|code| code.parse::<ChartKind>().expect("a listed chart type"))
    )]
    kind: ChartKind,
    /// The CSV file with the data.
    #[arg(long, value_name = "FILE")]
    input: PathBuf,
    /// Compute the centre line and limits from the first N points only and extend them over
    /// the rest (not with several phases).
    #[arg(long, value_name = "N")]
    freeze: Option<usize>,
    /// Also apply the IHI run chart rules: shift, trend, astronomical point.
    #[arg(long)]
    ihi: bool,
    /// Also draw the chart as SVG into FILE.
    #[arg(long, value_name = "FILE")]
    svg: Option<PathBuf>,
    /// The title of the SVG chart (default: the input file's name).
    #[arg(long)]
    title: Option<String>,
}

pub fn run(args: Args) -> anyhow::Result<()> {
    let data = read_csv(&args.input, args.kind)?;
    let options = Options {
        freeze: args.freeze,
        ihi: args.ihi,
    };
    let chart = qi::compute(args.kind, &data.observations, &options)
        .map_err(|e| explain(&args.input, &data.lines, e))?;
    println!("{}", serde_json::to_string_pretty(&chart)?);
    if let Some(svg_path) = &args.svg {
        let title = args.title.clone().unwrap_or_else(|| file_name(&args.input));
        let svg = lmp_web::qi_svg::render(&chart, &title, &[]);
        std::fs::write(svg_path, svg)
            .with_context(|| format!("cannot write {}", svg_path.display()))?;
    }
    Ok(())
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

/// A chart error in terms of the file: a bad point is named by its line.
fn explain(path: &Path, lines: &[u64], error: QiError) -> anyhow::Error {
    match error {
        QiError::Point { index, problem } => {
            anyhow::anyhow!("{} line {}: {problem}", path.display(), lines[index])
        }
        other => anyhow::anyhow!("{}: {other}", path.display()),
    }
}

/// The points of the file and the line each came from.
struct Data {
    observations: Vec<Observation>,
    lines: Vec<u64>,
}

/// How the measure is read from a row.
enum Measure {
    Value(usize),
    Ratio {
        numerator: usize,
        denominator: usize,
    },
}

/// Where the columns are.
struct Columns {
    measure: Measure,
    period: Option<usize>,
    phase: Option<usize>,
}

fn read_csv(path: &Path, kind: ChartKind) -> anyhow::Result<Data> {
    let mut reader = csv::ReaderBuilder::new()
        .trim(csv::Trim::All)
        .from_path(path)
        .with_context(|| format!("cannot read {}", path.display()))?;
    let header = reader.headers().map_err(|e| csv_error(path, e))?.clone();
    let columns = find_columns(path, kind, &header)?;
    let mut data = Data {
        observations: Vec::new(),
        lines: Vec::new(),
    };
    for record in reader.records() {
        let record = record.map_err(|e| csv_error(path, e))?;
        let line = record.position().map_or(0, csv::Position::line);
        let row = Row {
            path,
            line,
            header: &header,
            record: &record,
        };
        data.observations.push(row.observation(&columns)?);
        data.lines.push(line);
    }
    Ok(data)
}

fn find_columns(
    path: &Path,
    kind: ChartKind,
    header: &csv::StringRecord,
) -> anyhow::Result<Columns> {
    let find = |name: &str| header.iter().position(|h| h.eq_ignore_ascii_case(name));
    let missing = |name: &str, needs: &str| {
        let found: Vec<&str> = header.iter().collect();
        anyhow::anyhow!(
            "{} line 1: missing column \"{name}\" (a {kind} chart needs {needs}; found: {})",
            path.display(),
            found.join(", ")
        )
    };
    let ratio = match (find("numerator"), find("denominator")) {
        (Some(numerator), Some(denominator)) => Some(Measure::Ratio {
            numerator,
            denominator,
        }),
        _ => None,
    };
    let measure = if kind.needs_denominator() {
        let needs = "numerator and denominator";
        find("numerator").ok_or_else(|| missing("numerator", needs))?;
        find("denominator").ok_or_else(|| missing("denominator", needs))?;
        ratio.expect("both columns found")
    } else if let Some(value) = find("value") {
        Measure::Value(value)
    } else if kind == ChartKind::C {
        return Err(missing("value", "a value column"));
    } else {
        ratio.ok_or_else(|| missing("value", "value, or numerator and denominator"))?
    };
    Ok(Columns {
        measure,
        period: find("period"),
        phase: find("phase"),
    })
}

/// One data row of the file.
struct Row<'a> {
    path: &'a Path,
    line: u64,
    header: &'a csv::StringRecord,
    record: &'a csv::StringRecord,
}

impl Row<'_> {
    fn observation(&self, columns: &Columns) -> anyhow::Result<Observation> {
        let mut observation = match columns.measure {
            Measure::Value(column) => Observation::value(self.number(column)?),
            Measure::Ratio {
                numerator,
                denominator,
            } => Observation::ratio(self.number(numerator)?, self.number(denominator)?),
        };
        observation.period = columns.period.and_then(|c| self.text(c));
        observation.phase = columns.phase.and_then(|c| self.text(c));
        Ok(observation)
    }

    fn number(&self, column: usize) -> anyhow::Result<f64> {
        let name = &self.header[column];
        let raw = self.record.get(column).unwrap_or("");
        if raw.is_empty() {
            anyhow::bail!(
                "{} line {}: column {name} is empty",
                self.path.display(),
                self.line
            );
        }
        match raw.parse::<f64>() {
            Ok(number) if number.is_finite() => Ok(number),
            _ => anyhow::bail!(
                "{} line {}: {raw:?} in column {name} is not a number",
                self.path.display(),
                self.line
            ),
        }
    }

    fn text(&self, column: usize) -> Option<String> {
        self.record
            .get(column)
            .filter(|text| !text.is_empty())
            .map(str::to_string)
    }
}

/// A CSV syntax error with the file and line it is on.
fn csv_error(path: &Path, error: csv::Error) -> anyhow::Error {
    let line = error.position().map_or(0, csv::Position::line);
    match error.kind() {
        csv::ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => anyhow::anyhow!(
            "{} line {line}: {len} field(s) where the header has {expected_len}",
            path.display()
        ),
        csv::ErrorKind::Utf8 { .. } => {
            anyhow::anyhow!("{} line {line}: the text is not UTF-8", path.display())
        }
        _ => anyhow::anyhow!("{}: {error}", path.display()),
    }
}
