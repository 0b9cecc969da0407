//! Run and control charts (`lmp_domain::qi`) drawn as SVG on the server, in the style of
//! `charts.rs`: readable without scripts, marked as an image whose `aria-label` says in words
//! what the chart shows (centre line, runs analysis, points outside the limits), since a
//! screen reader cannot read the lines.
//!
//! What is drawn: the values as points joined by a line (broken between phases), the centre
//! line of each phase (red and dashed when the runs rules signal, as qicharts2 does), the
//! per-point 3-sigma limits as dashed step lines, points outside the limits (and IHI
//! astronomical points) filled red, points in an IHI shift or trend ringed red, period labels
//! thinned to about a dozen, phase labels, and short notes on points.
//!
//! Every word is the reader's language, from the catalogue (`locales/*/charts.ftl`).

use std::collections::BTreeSet;
use std::fmt::Write;

use lmp_domain::qi::{Chart, ChartKind, IhiKind, Phase, Point};

use crate::i18n::{self, Arg, Lang};

const INK: &str = "#1b1f23";
const LINE: &str = "#0b5563";
const GRID: &str = "#d0d7de";
const MUTED: &str = "#4a5560";
const SIGNAL: &str = "#a4161a";

const WIDTH: f64 = 720.0;
const HEIGHT: f64 = 340.0;
const LEFT: f64 = 64.0;
const RIGHT: f64 = 24.0;
const TOP: f64 = 48.0;
const BOTTOM: f64 = 52.0;
/// About this many period labels fit under the chart.
const MAX_LABELS: usize = 12;

/// The catalogue's message `id` in `lang`, with `args`.
fn say(lang: Lang, id: &str, args: &[(&str, Arg<'_>)]) -> String {
    i18n::message(lang, id, args)
}

/// A count, for a message's plural selector.
fn count(n: usize) -> Arg<'static> {
    Arg::Number(i64::try_from(n).unwrap_or(i64::MAX))
}

/// The chart kind's name for people, e.g. "P chart (proportions)".
fn kind_name(lang: Lang, kind: ChartKind) -> String {
    let id = match kind {
        ChartKind::Run => "chart-kind-run",
        ChartKind::I => "chart-kind-i",
        ChartKind::Mr => "chart-kind-mr",
        ChartKind::P => "chart-kind-p",
        ChartKind::U => "chart-kind-u",
        ChartKind::C => "chart-kind-c",
    };
    say(lang, id, &[])
}

/// Escapes text for SVG (XML).
fn xml(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The chart as an SVG document, worded in `lang`. `annotations` are short notes on points
/// (position, text), written above them.
pub fn render(lang: Lang, chart: &Chart, title: &str, annotations: &[(usize, String)]) -> String {
    let mut svg = String::new();
    let _ = write!(
        svg,
        r#"<svg class="chart qi-chart" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" aria-label="{}" xmlns="http://www.w3.org/2000/svg">"#,
        xml(&summary(lang, chart, title))
    );
    let _ = write!(
        svg,
        r#"<text x="{LEFT}" y="22" font-size="15" font-weight="600" fill="{INK}">{}</text>"#,
        xml(title)
    );
    let _ = write!(
        svg,
        r#"<text x="{}" y="22" text-anchor="end" font-size="12" fill="{MUTED}">{}</text>"#,
        WIDTH - RIGHT,
        xml(&kind_name(lang, chart.chart))
    );
    if chart.points.is_empty() {
        let _ = write!(
            svg,
            r#"<text x="{}" y="{}" text-anchor="middle" font-size="14" fill="{MUTED}">{}</text></svg>"#,
            WIDTH / 2.0,
            HEIGHT / 2.0,
            xml(&say(lang, "chart-no-data", &[]))
        );
        return svg;
    }
    let frame = Frame::new(chart);
    draw_grid(&mut svg, chart.chart, &frame);
    draw_phase_marks(&mut svg, lang, chart, &frame);
    draw_limits(&mut svg, chart, &frame);
    draw_center_lines(&mut svg, chart, &frame);
    draw_values(&mut svg, chart, &frame);
    draw_points(&mut svg, lang, chart, &frame);
    draw_center_labels(&mut svg, lang, chart, &frame);
    draw_period_labels(&mut svg, chart, &frame);
    draw_annotations(&mut svg, chart, &frame, annotations);
    svg.push_str("</svg>");
    svg
}

/// Where things go: the value range and the slot of each point.
struct Frame {
    low: f64,
    high: f64,
    step: f64,
}

impl Frame {
    fn new(chart: &Chart) -> Frame {
        let numbers = chart.points.iter().flat_map(|p| {
            [p.value, Some(p.center), p.lcl, p.ucl]
                .into_iter()
                .flatten()
                .filter(|v| v.is_finite())
        });
        let (mut low, mut high) = numbers
            .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| {
                (lo.min(v), hi.max(v))
            });
        if !low.is_finite() {
            (low, high) = (0.0, 1.0);
        }
        if (high - low).abs() < f64::EPSILON {
            (low, high) = (low - 1.0, high + 1.0);
        }
        let pad = (high - low) * 0.08;
        // Data that cannot go below 0 keeps its axis at 0 or above.
        let floor = if low >= 0.0 { 0.0 } else { f64::NEG_INFINITY };
        Frame {
            low: (low - pad).max(floor),
            high: high + pad,
            step: (WIDTH - LEFT - RIGHT) / chart.points.len() as f64,
        }
    }

    fn x(&self, index: usize) -> f64 {
        LEFT + self.step * (index as f64 + 0.5)
    }

    fn y(&self, value: f64) -> f64 {
        let plot_h = HEIGHT - TOP - BOTTOM;
        TOP + plot_h - (value - self.low) / (self.high - self.low) * plot_h
    }
}

/// A number as people read it on this chart: percentages for p charts, else up to three
/// decimals without trailing zeros.
fn number(kind: ChartKind, value: f64) -> String {
    if kind == ChartKind::P {
        return format!("{}%", trim(format!("{:.1}", value * 100.0)));
    }
    let decimals = if value.abs() >= 100.0 { 1 } else { 3 };
    trim(format!("{value:.decimals$}"))
}

fn trim(text: String) -> String {
    if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        text
    }
}

/// Round values for the axis: about five steps of 1, 2, 2.5 or 5 times a power of ten.
fn ticks(low: f64, high: f64) -> Vec<f64> {
    let rough = (high - low) / 5.0;
    let magnitude = 10f64.powf(rough.log10().floor());
    let step = [1.0, 2.0, 2.5, 5.0, 10.0]
        .into_iter()
        .map(|m| m * magnitude)
        .find(|&step| step >= rough)
        .unwrap_or(rough);
    let first = (low / step).ceil();
    (0..)
        .map(|i| (first + f64::from(i)) * step)
        .map(|v| if v.abs() < step * 1e-9 { 0.0 } else { v })
        .take_while(|&v| v <= high + step * 1e-9)
        .take(12)
        .collect()
}

fn draw_grid(svg: &mut String, kind: ChartKind, frame: &Frame) {
    for value in ticks(frame.low, frame.high) {
        let y = frame.y(value);
        let _ = write!(
            svg,
            r#"<line x1="{LEFT}" x2="{}" y1="{y:.1}" y2="{y:.1}" stroke="{GRID}"/><text x="{}" y="{:.1}" text-anchor="end" font-size="11" fill="{MUTED}">{}</text>"#,
            WIDTH - RIGHT,
            LEFT - 6.0,
            y + 4.0,
            xml(&number(kind, value))
        );
    }
}

/// A thin line before each new phase and the phase's label at its top.
fn draw_phase_marks(svg: &mut String, lang: Lang, chart: &Chart, frame: &Frame) {
    if chart.phases.len() < 2 {
        return;
    }
    for phase in &chart.phases {
        let x0 = frame.x(phase.first_index) - frame.step / 2.0;
        if phase.first_index > 0 {
            let _ = write!(
                svg,
                r#"<line x1="{x0:.1}" x2="{x0:.1}" y1="{TOP}" y2="{}" stroke="{MUTED}" stroke-dasharray="2 3"/>"#,
                HEIGHT - BOTTOM
            );
        }
        let number = ("phase", count(phase.number));
        let label = match &phase.label {
            Some(label) => say(
                lang,
                "chart-phase-label",
                &[number, ("label", Arg::Text(label))],
            ),
            None => say(lang, "chart-phase", &[number]),
        };
        let _ = write!(
            svg,
            r#"<text x="{:.1}" y="{}" font-size="11" fill="{MUTED}">{}</text>"#,
            x0 + 4.0,
            TOP - 6.0,
            xml(&label)
        );
    }
}

/// Upper and lower limits as step lines, one step per point (limits vary with subgroup size).
fn draw_limits(svg: &mut String, chart: &Chart, frame: &Frame) {
    for phase in &chart.phases {
        let points = &chart.points[phase.first_index..=phase.last_index];
        for limit in [|p: &Point| p.ucl, |p: &Point| p.lcl] {
            let path = step_path(points, frame, limit);
            if !path.is_empty() {
                let _ = write!(
                    svg,
                    r#"<path d="{path}" fill="none" stroke="{MUTED}" stroke-width="1.5" stroke-dasharray="5 3"/>"#
                );
            }
        }
    }
}

/// A horizontal segment across each point's slot at its limit, joined by vertical steps.
fn step_path(points: &[Point], frame: &Frame, limit: impl Fn(&Point) -> Option<f64>) -> String {
    let mut path = String::new();
    let mut drawing = false;
    for point in points {
        let Some(value) = limit(point).filter(|v| v.is_finite()) else {
            drawing = false;
            continue;
        };
        let x0 = frame.x(point.index) - frame.step / 2.0;
        let x1 = x0 + frame.step;
        let y = frame.y(value);
        if drawing {
            let _ = write!(path, "L{x0:.1},{y:.1} H{x1:.1} ");
        } else {
            let _ = write!(path, "M{x0:.1},{y:.1} H{x1:.1} ");
        }
        drawing = true;
    }
    path.trim_end().to_string()
}

/// Each phase's centre line; red and dashed when the phase's runs rules signal.
fn draw_center_lines(svg: &mut String, chart: &Chart, frame: &Frame) {
    for (phase, span) in center_spans(chart, frame) {
        let (colour, dash) = if phase.runs.as_ref().is_some_and(|r| r.signal) {
            (SIGNAL, r#" stroke-dasharray="6 4""#)
        } else {
            (MUTED, "")
        };
        let _ = write!(
            svg,
            r#"<line x1="{:.1}" x2="{:.1}" y1="{y:.1}" y2="{y:.1}" stroke="{colour}" stroke-width="2"{dash}/>"#,
            span.0,
            span.1,
            y = span.2
        );
    }
}

/// The centre lines' values at their right ends, drawn last on a white backing so that the
/// data line never runs through them.
fn draw_center_labels(svg: &mut String, lang: Lang, chart: &Chart, frame: &Frame) {
    let id = if chart.chart.has_limits() {
        "chart-centre-label"
    } else {
        "chart-median-label"
    };
    for (phase, (_, x1, y)) in center_spans(chart, frame) {
        let colour = if phase.runs.as_ref().is_some_and(|r| r.signal) {
            SIGNAL
        } else {
            MUTED
        };
        let value = number(chart.chart, phase.center);
        let label = say(lang, id, &[("value", Arg::Text(&value))]);
        // About 6 px per character at 11 px; the backing keeps the label readable.
        let width = 6.2 * label.chars().count() as f64 + 4.0;
        let _ = write!(
            svg,
            r#"<rect x="{:.1}" y="{:.1}" width="{width:.1}" height="14" fill="white" fill-opacity="0.85"/><text x="{:.1}" y="{:.1}" text-anchor="end" font-size="11" fill="{colour}">{}</text>"#,
            x1 - width,
            y - 16.0,
            x1 - 2.0,
            y - 5.0,
            xml(&label)
        );
    }
}

/// Each phase with a centre line, and where that line runs: (x0, x1, y).
fn center_spans<'a>(
    chart: &'a Chart,
    frame: &'a Frame,
) -> impl Iterator<Item = (&'a Phase, (f64, f64, f64))> + 'a {
    chart
        .phases
        .iter()
        .filter(|phase| phase.center.is_finite())
        .map(|phase| {
            let x0 = frame.x(phase.first_index) - frame.step / 2.0;
            let x1 = frame.x(phase.last_index) + frame.step / 2.0;
            (phase, (x0, x1, frame.y(phase.center)))
        })
}

/// The values joined by a line, broken where a value is missing and between phases.
fn draw_values(svg: &mut String, chart: &Chart, frame: &Frame) {
    let mut path = String::new();
    let mut previous_phase = 0;
    let mut drawing = false;
    for point in &chart.points {
        let Some(value) = point.value else {
            drawing = false;
            continue;
        };
        let command = if drawing && point.phase == previous_phase {
            'L'
        } else {
            'M'
        };
        let _ = write!(
            path,
            "{command}{:.1},{:.1} ",
            frame.x(point.index),
            frame.y(value)
        );
        drawing = true;
        previous_phase = point.phase;
    }
    let _ = write!(
        svg,
        r#"<path d="{}" fill="none" stroke="{LINE}" stroke-width="2"/>"#,
        path.trim_end()
    );
}

/// How a point is marked.
#[derive(PartialEq)]
enum Mark {
    Plain,
    /// Part of an IHI shift or trend: ringed red.
    InPattern,
    /// Outside the limits, or an IHI astronomical point: filled red.
    Outside,
}

fn marks(chart: &Chart) -> Vec<Mark> {
    let mut pattern = BTreeSet::new();
    let mut outside: BTreeSet<usize> = chart.outside_limits.iter().copied().collect();
    for signal in chart.ihi_signals.iter().flatten() {
        let set = if signal.kind == IhiKind::AstronomicalPoint {
            &mut outside
        } else {
            &mut pattern
        };
        set.extend(signal.indices.iter().copied());
    }
    (0..chart.points.len())
        .map(|i| {
            if outside.contains(&i) {
                Mark::Outside
            } else if pattern.contains(&i) {
                Mark::InPattern
            } else {
                Mark::Plain
            }
        })
        .collect()
}

/// A dot per value, with its period and value as a tooltip.
fn draw_points(svg: &mut String, lang: Lang, chart: &Chart, frame: &Frame) {
    for (point, mark) in chart.points.iter().zip(marks(chart)) {
        let Some(value) = point.value else { continue };
        let (radius, fill, stroke, id) = match mark {
            Mark::Plain => (3.5, LINE, LINE, "chart-point"),
            Mark::InPattern => (4.5, "#ffffff", SIGNAL, "chart-point-in-pattern"),
            Mark::Outside => (5.0, SIGNAL, SIGNAL, "chart-point-outside"),
        };
        let period = period_of(point);
        let shown = number(chart.chart, value);
        let tooltip = say(
            lang,
            id,
            &[("period", Arg::Text(&period)), ("value", Arg::Text(&shown))],
        );
        let _ = write!(
            svg,
            r#"<circle cx="{:.1}" cy="{:.1}" r="{radius}" fill="{fill}" stroke="{stroke}" stroke-width="2"><title>{}</title></circle>"#,
            frame.x(point.index),
            frame.y(value),
            xml(&tooltip)
        );
    }
}

/// The point's period label, or its 1-based position.
fn period_of(point: &Point) -> String {
    point
        .period
        .clone()
        .unwrap_or_else(|| (point.index + 1).to_string())
}

/// Period labels under the axis, every k-th so that about [`MAX_LABELS`] fit.
fn draw_period_labels(svg: &mut String, chart: &Chart, frame: &Frame) {
    let every = chart.points.len().div_ceil(MAX_LABELS).max(1);
    for point in chart.points.iter().step_by(every) {
        let _ = write!(
            svg,
            r#"<text x="{:.1}" y="{}" text-anchor="middle" font-size="11" fill="{MUTED}">{}</text>"#,
            frame.x(point.index),
            HEIGHT - BOTTOM + 18.0,
            xml(&period_of(point))
        );
    }
}

/// Short notes above their points, cut to 24 characters (the whole note in a tooltip).
fn draw_annotations(
    svg: &mut String,
    chart: &Chart,
    frame: &Frame,
    annotations: &[(usize, String)],
) {
    for (index, text) in annotations {
        let Some(point) = chart.points.get(*index) else {
            continue;
        };
        let y = point.value.map_or(TOP + 12.0, |v| frame.y(v) - 10.0);
        let short: String = if text.chars().count() > 24 {
            text.chars().take(23).chain(['…']).collect()
        } else {
            text.clone()
        };
        let _ = write!(
            svg,
            r#"<text x="{:.1}" y="{:.1}" text-anchor="middle" font-size="10" fill="{MUTED}">{}<title>{}</title></text>"#,
            frame.x(point.index),
            y.max(TOP + 10.0),
            xml(&short),
            xml(text)
        );
    }
}

/// The chart in words, in `lang`, for the `aria-label`: what kind, the centre line(s), the
/// runs analysis, the points outside the limits and the IHI signals.
pub fn summary(lang: Lang, chart: &Chart, title: &str) -> String {
    let kind = chart.chart;
    let chart_name = kind_name(lang, kind);
    let mut parts = vec![say(
        lang,
        "chart-summary",
        &[
            ("title", Arg::Text(title)),
            ("chart", Arg::Text(&chart_name)),
            ("count", count(chart.points.len())),
        ],
    )];
    let several = chart.phases.len() > 1;
    for phase in &chart.phases {
        let id = match (several, kind.has_limits()) {
            (true, true) => "chart-summary-phase-centre",
            (true, false) => "chart-summary-phase-median",
            (false, true) => "chart-summary-centre",
            (false, false) => "chart-summary-median",
        };
        let value = number(kind, phase.center);
        let mut text = say(
            lang,
            id,
            &[("phase", count(phase.number)), ("value", Arg::Text(&value))],
        );
        if let Some(runs) = &phase.runs {
            text.push_str(", ");
            text.push_str(&runs_in_words(lang, runs));
        }
        parts.push(text);
    }
    if kind.has_limits() {
        parts.push(outside_in_words(lang, chart));
    }
    if let Some(signals) = &chart.ihi_signals {
        let of_kind = |kind| count(signals.iter().filter(|s| s.kind == kind).count());
        parts.push(say(
            lang,
            "chart-ihi",
            &[
                ("shifts", of_kind(IhiKind::Shift)),
                ("trends", of_kind(IhiKind::Trend)),
                ("astronomical", of_kind(IhiKind::AstronomicalPoint)),
            ],
        ));
    }
    let mut text = parts.join(". ");
    text.push('.');
    text
}

fn runs_in_words(lang: Lang, runs: &lmp_domain::qi::RunsAnalysis) -> String {
    match (runs.longest_run_limit, runs.crossings_limit) {
        (Some(run_limit), Some(crossings_limit)) => {
            let verdict = say(
                lang,
                if runs.signal {
                    "chart-runs-signal"
                } else {
                    "chart-runs-no-signal"
                },
                &[],
            );
            say(
                lang,
                "chart-runs",
                &[
                    ("verdict", Arg::Text(&verdict)),
                    ("run", count(runs.longest_run)),
                    ("limit", count(run_limit)),
                    ("crossings", count(runs.crossings)),
                    ("expected", count(crossings_limit)),
                ],
            )
        }
        _ => say(
            lang,
            "chart-runs-not-applied",
            &[("count", count(runs.useful_observations))],
        ),
    }
}

fn outside_in_words(lang: Lang, chart: &Chart) -> String {
    match chart.outside_limits.len() {
        0 => say(lang, "chart-outside-none", &[]),
        n => {
            let mut shown: Vec<String> = chart
                .outside_limits
                .iter()
                .take(10)
                .map(|&i| period_of(&chart.points[i]))
                .collect();
            if n > 10 {
                shown.push("…".to_string());
            }
            let points = shown.join(", ");
            say(
                lang,
                "chart-outside",
                &[("count", count(n)), ("points", Arg::Text(&points))],
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use lmp_domain::qi::{compute, Observation, Options};

    fn chart(kind: ChartKind, observations: &[Observation], ihi: bool) -> Chart {
        compute(kind, observations, &Options { freeze: None, ihi }).unwrap()
    }

    #[test]
    fn a_run_chart_with_a_shift_says_so_in_words_and_in_red() {
        let data: Vec<Observation> = (0..24)
            .map(|i| {
                let value = if i < 12 {
                    10.0 + f64::from(i % 3)
                } else {
                    20.0 + f64::from(i % 3)
                };
                Observation::value(value).with_period(format!("M{i:02} <&>"))
            })
            .collect();
        let svg = render(
            Lang::En,
            &chart(ChartKind::Run, &data, true),
            "Falls \"per\" ward",
            &[],
        );
        assert!(svg.starts_with("<svg"));
        assert!(svg.contains(r#"role="img""#));
        assert!(svg.contains(
            "aria-label=\"Falls &quot;per&quot; ward: Run chart of 24 points. Median 16, "
        ));
        assert!(
            svg.contains("runs signal non-random variation: longest run 12 (limit 8), 1 crossing")
        );
        assert!(svg.contains("IHI rules: 2 shift(s)"));
        assert!(
            svg.contains("M00 &lt;&amp;&gt;"),
            "period labels are escaped"
        );
        assert!(!svg.contains("<&>"));
        assert!(svg.contains(SIGNAL), "the signalling median is red");
        assert_eq!(svg.matches("<circle").count(), 24);
        // 24 points, at most 12 labels: every second period.
        assert_eq!(svg.matches(">M01 ").count(), 1, "only in the tooltip");
        assert!(svg.ends_with("</svg>"));
    }

    #[test]
    fn a_p_chart_draws_stepped_limits_and_marks_the_point_outside() {
        let data: Vec<Observation> = [
            (4.0, 20.0),
            (8.0, 100.0),
            (6.0, 50.0),
            (36.0, 400.0),
            (6.0, 30.0),
            (60.0, 400.0),
        ]
        .iter()
        .map(|&(n, d)| Observation::ratio(n, d))
        .collect();
        let computed = compute(
            ChartKind::P,
            &data,
            &Options {
                freeze: Some(5),
                ihi: false,
            },
        )
        .unwrap();
        let svg = render(
            Lang::En,
            &computed,
            "Readmissions",
            &[(5, "New discharge checklist started".into())],
        );
        assert!(svg.contains("Centre line 10%"));
        assert!(svg.contains("1 point outside the limits: 6"));
        assert!(svg.contains(&format!(r#"fill="{SIGNAL}""#)));
        // Two dashed limit paths with a step per point.
        assert_eq!(svg.matches(r#"stroke-dasharray="5 3""#).count(), 2);
        assert!(svg.contains("New discharge checklist…"));
        assert!(svg.contains("<title>New discharge checklist started</title>"));
    }

    #[test]
    fn axis_ticks_are_round_numbers() {
        let close = |actual: Vec<f64>, expected: &[f64]| {
            assert_eq!(actual.len(), expected.len(), "{actual:?}");
            for (a, e) in actual.iter().zip(expected) {
                assert!((a - e).abs() < 1e-9, "{actual:?}");
            }
        };
        close(ticks(17.2, 28.8), &[17.5, 20.0, 22.5, 25.0, 27.5]);
        close(ticks(0.0, 0.294), &[0.0, 0.1, 0.2]);
        close(ticks(-3.0, 3.0), &[-2.0, 0.0, 2.0]);
    }

    #[test]
    fn phases_are_labelled() {
        let data: Vec<Observation> = [1.0, 2.0, 3.0, 7.0, 8.0, 9.0]
            .iter()
            .enumerate()
            .map(|(i, &v)| Observation::value(v).with_phase(if i < 3 { "before" } else { "after" }))
            .collect();
        let svg = render(Lang::En, &chart(ChartKind::I, &data, false), "Waits", &[]);
        assert!(svg.contains("Phase 2: after"));
        assert!(
            svg.contains("Phase 1: centre line 2, runs rules not applied (2 useful observations)")
        );
    }

    #[test]
    fn a_chart_speaks_spanish_to_a_spanish_reader() {
        let data: Vec<Observation> = (0..24)
            .map(|i| {
                let value = if i < 12 { 10.0 } else { 20.0 } + f64::from(i % 3);
                Observation::value(value).with_period(format!("M{i:02}"))
            })
            .collect();
        let svg = render(Lang::Es, &chart(ChartKind::Run, &data, true), "Caídas", &[]);
        assert!(svg.contains(
            "aria-label=\"Caídas: Gráfico de tendencia de 24 puntos. Mediana 16, las rachas indican \
             una variación no aleatoria: racha más larga de 12 puntos (límite 8), 1 cruce de la \
             línea central"
        ));
        assert!(
            svg.contains("Reglas del IHI: 2 desplazamientos, 1 tendencia, "),
            "{svg}"
        );
        assert!(svg.contains(">mediana 16<"));
        assert!(svg.contains("(parte de un desplazamiento o de una tendencia)"));
        assert!(!svg.contains("median "), "no English left: {svg}");

        let phased: Vec<Observation> = [1.0, 2.0, 3.0, 7.0, 8.0, 9.0]
            .iter()
            .enumerate()
            .map(|(i, &v)| {
                Observation::value(v).with_phase(if i < 3 { "antes" } else { "después" })
            })
            .collect();
        let svg = render(
            Lang::Es,
            &chart(ChartKind::I, &phased, false),
            "Esperas",
            &[],
        );
        assert!(svg.contains("Fase 2: después"));
        assert!(svg.contains(
            "Fase 1: línea central 2, no se aplican las reglas de rachas (2 observaciones útiles)"
        ));
        assert!(svg.contains("Ningún punto fuera de los límites"));
        assert!(svg.contains(">LC 2<"));
        assert!(!svg.contains("Phase"), "no English left: {svg}");
    }
}
