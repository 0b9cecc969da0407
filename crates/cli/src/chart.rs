//! `lmp chart`: a run or control chart from a CSV file, printed as JSON and optionally drawn
//! as SVG. Needs no database: the numbers come from the file, the statistics from
//! `lmp_domain::qi`, the drawing from `lmp_web::qi_svg`.

use std::path::{Path, PathBuf};

use anyhow::Context;
use clap::builder::TypedValueParser as _;
use lmp_domain::improvement::data::{self, Layout};
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
        let svg = lmp_web::qi_svg::render(lmp_web::i18n::Lang::En, &chart, &title, &[]);
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
fn explain(path: &Path, lines: &[usize], error: QiError) -> anyhow::Error {
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
    lines: Vec<usize>,
}

/// Reads the file with the same parser the site uses for pasted and uploaded data; every bad
/// line is reported, each with its number.
fn read_csv(path: &Path, kind: ChartKind) -> anyhow::Result<Data> {
    let bytes = std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
    let text = String::from_utf8(bytes)
        .map_err(|_| anyhow::anyhow!("{}: the file is not UTF-8 text", path.display()))?;
    let parsed = data::parse(&text, Layout::file(kind));
    if !parsed.errors.is_empty() {
        let lines: Vec<String> = parsed
            .errors
            .iter()
            .map(|e| {
                let problem = lmp_web::i18n::english(&e.problem);
                format!("{} line {}: {problem}", path.display(), e.line)
            })
            .collect();
        anyhow::bail!("{}", lines.join("\n"));
    }
    Ok(Data {
        observations: parsed.rows.iter().map(|r| r.observation()).collect(),
        lines: parsed.rows.iter().map(|r| r.line).collect(),
    })
}
