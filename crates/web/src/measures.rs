//! Measures of a project: their data, entered by hand or pasted as CSV, and their run or
//! control charts (computed by `lmp_domain::qi`, drawn by `qi_svg`).

use askama::Template;
use axum::extract::State;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use lmp_domain::improvement::data::{self, Shape};
use lmp_domain::qi::{self, Chart, ChartKind, Observation, Options, PointProblem, QiError};
use lmp_domain::Msg;
use lmp_store::improvement::{Measure, Point, PointInput};
use serde::Deserialize;

use crate::auth::{CurrentUser, Session, User};
use crate::authz;
use crate::error::{AppError, AppResult};
use crate::extract::{Form, Json, Path, Query, TextForm};
use crate::i18n::{self, Arg, Lang};
use crate::pages::{render, render_with};
use crate::state::AppState;
use crate::views::Layout;

pub fn chart_kind(measure: &Measure) -> ChartKind {
    match measure.chart.as_str() {
        "i" => ChartKind::I,
        "mr" => ChartKind::Mr,
        "p" => ChartKind::P,
        "u" => ChartKind::U,
        "c" => ChartKind::C,
        _ => ChartKind::Run,
    }
}

fn layout(kind: ChartKind) -> data::Layout {
    data::Layout::measure(kind)
}

fn observations(points: &[Point]) -> Vec<Observation> {
    points
        .iter()
        .map(|p| {
            let observation = match (p.numerator, p.denominator) {
                (Some(n), Some(d)) => Observation::ratio(n, d),
                _ => Observation::value(p.value.unwrap_or(0.0)),
            };
            observation
                .with_period(p.period.clone())
                .with_phase(p.phase.to_string())
        })
        .collect()
}

/// The chart of a measure's points, or why it cannot be drawn.
pub fn compute(measure: &Measure, points: &[Point]) -> Result<Chart, qi::QiError> {
    qi::compute(
        chart_kind(measure),
        &observations(points),
        &Options {
            freeze: None,
            ihi: chart_kind(measure) == ChartKind::Run,
        },
    )
}

/// Notes written on points, as chart annotations (index, text).
fn annotations(points: &[Point]) -> Vec<(usize, String)> {
    points
        .iter()
        .enumerate()
        .filter(|(_, p)| !p.note.trim().is_empty())
        .map(|(i, p)| (i, p.note.clone()))
        .collect()
}

/// Why a series cannot be charted, as a message of the catalogue (`improvement.ftl`,
/// `measure-qi-…`): the page words it in the reader's language, the API in English.
pub fn qi_error_msg(error: &QiError) -> Msg {
    let kind = |kind: &ChartKind| kind.code().to_string();
    match error {
        QiError::NoData => Msg::new("measure-qi-no-data"),
        QiError::Point { index, problem } => Msg::new("measure-qi-point")
            .number("number", index.saturating_add(1))
            .msg("problem", point_problem_msg(problem)),
        QiError::FreezeTooShort { minimum, kind: k } => Msg::new("measure-qi-freeze-short")
            .number("minimum", *minimum)
            .text("chart", kind(k)),
        QiError::FreezeBeyondData { freeze, points } => Msg::new("measure-qi-freeze-long")
            .number("freeze", *freeze)
            .number("points", *points),
        QiError::FreezeWithPhases => Msg::new("measure-qi-freeze-phases"),
        QiError::PhaseTooShort {
            phase,
            points,
            kind: k,
        } => Msg::new("measure-qi-phase-short")
            .text("phase", phase.clone())
            .number("points", *points)
            .text("chart", kind(k)),
    }
}

fn point_problem_msg(problem: &PointProblem) -> Msg {
    match problem {
        PointProblem::NotFinite(v) => {
            Msg::new("measure-qi-not-finite").text("value", v.to_string())
        }
        PointProblem::MissingDenominator(k) => {
            Msg::new("measure-qi-missing-denominator").text("chart", k.code())
        }
        PointProblem::DenominatorNotPositive(v) => {
            Msg::new("measure-qi-denominator").text("value", v.to_string())
        }
        PointProblem::NumeratorAboveDenominator {
            numerator,
            denominator,
        } => Msg::new("measure-qi-above")
            .text("numerator", numerator.to_string())
            .text("denominator", denominator.to_string()),
        PointProblem::NegativeCount(v, k) => Msg::new("measure-qi-negative")
            .text("value", v.to_string())
            .text("chart", k.code()),
        PointProblem::UnexpectedDenominator => Msg::new("measure-qi-ratio-in-c"),
    }
}

/// The chart of a measure as SVG, for the project page, in the reader's language.
pub async fn chart_svg_in(state: &AppState, lang: Lang, measure: &Measure) -> AppResult<String> {
    let points = state.store.points(measure.id).await?;
    Ok(svg_of(lang, measure, &points))
}

fn svg_of(lang: Lang, measure: &Measure, points: &[Point]) -> String {
    if points.is_empty() {
        return format!(
            "<p class=\"empty\">{}</p>",
            escape(&i18n::message(lang, "measure-chart-empty", &[]))
        );
    }
    match compute(measure, points) {
        Ok(chart) => crate::qi_svg::render(lang, &chart, &measure.name, &annotations(points)),
        Err(e) => format!(
            "<p class=\"empty\">{}</p>",
            escape(&i18n::render(
                lang,
                &Msg::new("measure-chart-cannot").msg("why", qi_error_msg(&e))
            ))
        ),
    }
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Signals in words, for people who do not read the chart.
fn signals(chart: &Chart) -> Vec<Msg> {
    let mut out = Vec::new();
    if !chart.outside_limits.is_empty() {
        out.push(Msg::new("measure-signal-outside").number("count", chart.outside_limits.len()));
    }
    for phase in &chart.phases {
        if let Some(runs) = &phase.runs {
            if runs.longest_run_signal {
                out.push(
                    Msg::new("measure-signal-run")
                        .number("phase", phase.number)
                        .number("run", runs.longest_run)
                        .number("limit", runs.longest_run_limit.unwrap_or(0)),
                );
            }
            if runs.crossings_signal {
                out.push(
                    Msg::new("measure-signal-crossings")
                        .number("phase", phase.number)
                        .number("count", runs.crossings)
                        .number("limit", runs.crossings_limit.unwrap_or(0)),
                );
            }
        }
    }
    out
}

struct MeasureAccess {
    measure: Measure,
    project: lmp_store::improvement::Project,
    can_edit: bool,
}

async fn access(state: &AppState, user: &User, measure_id: i64) -> AppResult<MeasureAccess> {
    let measure = state.store.measure(measure_id).await?;
    let access = authz::project_access(state, user, measure.project_id).await?;
    Ok(MeasureAccess {
        can_edit: access.can_edit,
        measure,
        project: access.project,
    })
}

/// One line of the data table: period, value, centre, lower limit, upper limit, phase, note,
/// outside the limits.
type DataLine = (String, String, String, String, String, i64, String, bool);

fn require_edit(access: &MeasureAccess) -> AppResult<()> {
    if access.can_edit {
        Ok(())
    } else {
        Err(AppError::Forbidden(Msg::new("measure-only-editors")))
    }
}

#[derive(Template)]
#[template(path = "measure.html")]
struct MeasurePage {
    layout: Layout,
    id: i64,
    name: String,
    description: String,
    project_id: i64,
    project_title: String,
    flash: Option<String>,
    errors: Vec<String>,
    error_intro: String,
    chart: String,
    summary: String,
    signals: Vec<String>,
    value_label: &'static str,
    rows: Vec<DataLine>,
    can_edit: bool,
    ratio: bool,
    point_form: (String, String, String, String, String),
    columns: &'static str,
    pasted: String,
}

fn fmt(v: Option<f64>) -> String {
    v.map(|v| {
        format!("{:.3}", v)
            .trim_end_matches('0')
            .trim_end_matches('.')
            .to_string()
    })
    .unwrap_or_default()
}

async fn measure_page(
    state: &AppState,
    session: &Session,
    user: &User,
    measure_id: i64,
    flash: Option<&'static str>,
    errors: Vec<String>,
    error_intro: Option<Msg>,
    point_form: (String, String, String, String, String),
    pasted: String,
) -> AppResult<MeasurePage> {
    let lang = session.lang;
    let a = access(state, user, measure_id).await?;
    let points = state.store.points(measure_id).await?;
    let kind = chart_kind(&a.measure);
    let chart = if points.is_empty() {
        None
    } else {
        compute(&a.measure, &points).ok()
    };
    let rows = points
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let value = match (p.numerator, p.denominator) {
                (Some(n), Some(d)) => {
                    format!("{} / {} = {}", fmt(Some(n)), fmt(Some(d)), fmt(Some(n / d)))
                }
                _ => fmt(p.value),
            };
            let point = chart.as_ref().and_then(|c| c.points.get(i));
            (
                p.period.clone(),
                value,
                fmt(point.map(|q| q.center)),
                fmt(point.and_then(|q| q.lcl)),
                fmt(point.and_then(|q| q.ucl)),
                p.phase,
                p.note.clone(),
                point.is_some_and(|q| q.outside_limits),
            )
        })
        .collect();
    let ratio = matches!(kind, ChartKind::P | ChartKind::U);
    let target = a
        .measure
        .target
        .map(|t| {
            let id = if a.measure.direction == "up" {
                "measure-target-higher"
            } else {
                "measure-target-lower"
            };
            i18n::message(session.lang, id, &[("target", Arg::Text(&fmt(Some(t))))])
        })
        .unwrap_or_default();
    Ok(MeasurePage {
        layout: Layout::new(session, a.measure.name.clone(), "teams"),
        id: measure_id,
        description: format!(
            "{}{}{}",
            i18n::message(
                session.lang,
                match a.measure.kind.as_str() {
                    "outcome" => "measure-of-outcome",
                    "process" => "measure-of-process",
                    "balancing" => "measure-of-balancing",
                    _ => "measure-of-other",
                },
                &[("kind", Arg::Text(&a.measure.kind))],
            ),
            if a.measure.unit.is_empty() {
                String::new()
            } else {
                format!(
                    " {}",
                    i18n::message(
                        session.lang,
                        "measure-in-unit",
                        &[("unit", Arg::Text(&a.measure.unit))]
                    )
                )
            },
            target
        ),
        name: a.measure.name.clone(),
        project_id: a.project.id,
        project_title: a.project.title.clone(),
        flash: flash.map(|id| i18n::message(lang, id, &[])),
        errors,
        error_intro: error_intro.map_or_else(String::new, |m| i18n::render(lang, &m)),
        chart: svg_of(lang, &a.measure, &points),
        summary: match &chart {
            Some(c) => i18n::message(
                session.lang,
                "measure-summary",
                &[
                    (
                        "chart",
                        Arg::Text(&i18n::message(session.lang, kind_label(kind), &[])),
                    ),
                    (
                        "count",
                        Arg::Number(i64::try_from(c.points.len()).unwrap_or(i64::MAX)),
                    ),
                ],
            ),
            None => i18n::message(session.lang, "measure-no-chart", &[]),
        },
        signals: chart
            .as_ref()
            .map(signals)
            .unwrap_or_default()
            .iter()
            .map(|m| i18n::render(lang, m))
            .collect(),
        value_label: if ratio {
            "measure-col-ratio"
        } else {
            "measure-col-value"
        },
        rows,
        can_edit: a.can_edit,
        ratio,
        point_form,
        columns: if ratio {
            "period,numerator,denominator,phase,note"
        } else {
            "period,value,phase,note"
        },
        pasted,
    })
}

fn kind_label(kind: ChartKind) -> &'static str {
    crate::pages::projects::CHART_KINDS
        .iter()
        .find(|(code, _)| *code == chart_code(kind))
        .map(|(_, label)| *label)
        .unwrap_or("measure-chart-run")
}

fn chart_code(kind: ChartKind) -> &'static str {
    match kind {
        ChartKind::Run => "run",
        ChartKind::I => "i",
        ChartKind::Mr => "mr",
        ChartKind::P => "p",
        ChartKind::U => "u",
        ChartKind::C => "c",
    }
}

#[derive(Deserialize)]
pub struct DoneQuery {
    #[serde(default)]
    done: String,
}

pub async fn show(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Path(id): Path<i64>,
    Query(done): Query<DoneQuery>,
) -> AppResult<Response> {
    let flash = match done.done.as_str() {
        "point" => Some("measure-flash-point"),
        "import" => Some("measure-flash-import"),
        _ => None,
    };
    let empty = (
        String::new(),
        String::new(),
        String::new(),
        "1".to_string(),
        String::new(),
    );
    render(
        &measure_page(
            &state,
            &session,
            &user,
            id,
            flash,
            Vec::new(),
            None,
            empty,
            String::new(),
        )
        .await?,
    )
}

#[derive(Deserialize)]
pub struct PointForm {
    #[serde(default)]
    period: String,
    #[serde(default)]
    value: String,
    #[serde(default)]
    numerator: String,
    #[serde(default)]
    denominator: String,
    #[serde(default)]
    phase: String,
    #[serde(default)]
    note: String,
}

pub async fn save_point(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Path(id): Path<i64>,
    Form(form): Form<PointForm>,
) -> AppResult<Response> {
    let a = access(&state, &user, id).await?;
    require_edit(&a)?;
    let kind = chart_kind(&a.measure);
    // One row through the same checks as an import.
    let csv = match layout(kind).shape {
        Shape::Value | Shape::ValueOrRatio => format!(
            "period,value,phase,note\n{},{},{},\"{}\"\n",
            form.period.replace(',', " "),
            form.value.replace(',', ""),
            form.phase,
            form.note.replace('"', "'")
        ),
        Shape::Ratio { .. } => format!(
            "period,numerator,denominator,phase,note\n{},{},{},{},\"{}\"\n",
            form.period.replace(',', " "),
            form.numerator.replace(',', ""),
            form.denominator.replace(',', ""),
            form.phase,
            form.note.replace('"', "'")
        ),
    };
    let parsed = data::parse(&csv, layout(kind));
    if !parsed.errors.is_empty() || parsed.rows.is_empty() {
        let errors = if parsed.errors.is_empty() {
            vec![i18n::message(session.lang, "measure-point-fill", &[])]
        } else {
            parsed
                .errors
                .iter()
                .map(|e| capitalise(&i18n::render(session.lang, &e.problem)))
                .collect()
        };
        let typed = (
            form.period,
            if !matches!(layout(kind).shape, Shape::Ratio { .. }) {
                form.value
            } else {
                form.numerator
            },
            form.denominator,
            form.phase,
            form.note,
        );
        let page = measure_page(
            &state,
            &session,
            &user,
            id,
            None,
            errors,
            Some(Msg::new("measure-point-not-saved")),
            typed,
            String::new(),
        )
        .await?;
        return render_with(StatusCode::UNPROCESSABLE_ENTITY, &page);
    }
    state
        .store
        .save_points(id, &to_inputs(&parsed.rows))
        .await?;
    state
        .store
        .audit(
            Some(user.person.id),
            "measure.point",
            "measure",
            Some(id),
            &parsed.rows[0].period,
        )
        .await?;
    Ok(Redirect::to(&format!("/measures/{id}?done=point")).into_response())
}

/// A line's problem as a sentence of its own: capitalised, with a full stop.
fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().collect::<String>() + chars.as_str() + ".",
        None => String::new(),
    }
}

fn to_inputs(rows: &[data::DataRow]) -> Vec<PointInput> {
    rows.iter()
        .map(|r| PointInput {
            period: r.period.clone(),
            value: r.value,
            numerator: r.numerator,
            denominator: r.denominator,
            phase: r.phase,
            note: r.note.clone(),
        })
        .collect()
}

/// Import of many points: a pasted table (`csv`) or a chosen file (`file`), and whether to
/// skip bad rows (`skip_bad`). The page posts it as a file upload; a plain form works too.
pub async fn import(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Path(id): Path<i64>,
    fields: TextForm,
) -> AppResult<Response> {
    let form = ImportForm {
        csv: if fields.get("file").is_empty() {
            fields.get("csv").to_string()
        } else {
            fields.get("file").to_string()
        },
        skip_bad: fields.get("skip_bad").to_string(),
    };
    let a = access(&state, &user, id).await?;
    require_edit(&a)?;
    if form.csv.len() > 512 * 1024 {
        return Err(AppError::BadRequest(Msg::new("measure-import-too-big")));
    }
    let parsed = data::parse(&form.csv, layout(chart_kind(&a.measure)));
    let skip = form.skip_bad == "1";
    if parsed.rows.is_empty() || (!parsed.errors.is_empty() && !skip) {
        let errors = parsed
            .errors
            .iter()
            .map(|e| i18n::render(session.lang, &e.msg()))
            .collect::<Vec<_>>();
        let intro = if parsed.errors.is_empty() {
            Msg::new("measure-import-no-rows")
        } else {
            Msg::new("measure-import-nothing").number("count", parsed.errors.len())
        };
        let empty = (
            String::new(),
            String::new(),
            String::new(),
            "1".to_string(),
            String::new(),
        );
        let page = measure_page(
            &state,
            &session,
            &user,
            id,
            None,
            errors,
            Some(intro),
            empty,
            form.csv,
        )
        .await?;
        return render_with(StatusCode::UNPROCESSABLE_ENTITY, &page);
    }
    let saved = state
        .store
        .save_points(id, &to_inputs(&parsed.rows))
        .await?;
    state
        .store
        .audit(
            Some(user.person.id),
            "measure.import",
            "measure",
            Some(id),
            &format!("{saved} rows, {} skipped", parsed.errors.len()),
        )
        .await?;
    Ok(Redirect::to(&format!("/measures/{id}?done=import")).into_response())
}

struct ImportForm {
    csv: String,
    skip_bad: String,
}

pub async fn data_csv(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let a = access(&state, &user, id).await?;
    let points = state.store.points(id).await?;
    let chart = compute(&a.measure, &points).ok();
    let mut csv = String::from(
        "period,value,numerator,denominator,phase,center,lcl,ucl,outside_limits,note\n",
    );
    for (i, p) in points.iter().enumerate() {
        let q = chart.as_ref().and_then(|c| c.points.get(i));
        csv.push_str(&format!(
            "{},{},{},{},{},{},{},{},{},\"{}\"\n",
            p.period,
            fmt(p.value),
            fmt(p.numerator),
            fmt(p.denominator),
            p.phase,
            fmt(q.map(|q| q.center)),
            fmt(q.and_then(|q| q.lcl)),
            fmt(q.and_then(|q| q.ucl)),
            q.is_some_and(|q| q.outside_limits),
            p.note.replace('"', "\"\"")
        ));
    }
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"measure-{id}.csv\""),
            ),
        ],
        csv,
    )
        .into_response())
}

/// The chart as JSON, the same shape `lmp chart` prints.
#[utoipa::path(get, path = "/api/v1/measures/{id}/chart", tag = "improvement", params(("id" = i64, Path)),
    responses((status = 200, description = "The computed chart: centre line, per-point limits, runs analysis, signals"),
        (status = 401, body = crate::error::Problem), (status = 403, body = crate::error::Problem), (status = 404, body = crate::error::Problem), (status = 422, body = crate::error::Problem)),
    security(("token" = []), ("session" = [])))]
pub async fn chart_json(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    Path(id): Path<i64>,
) -> AppResult<Json<Chart>> {
    let a = access(&state, &user, id).await?;
    let points = state.store.points(id).await?;
    compute(&a.measure, &points).map(Json).map_err(|e| {
        AppError::Validation({
            let mut errors = lmp_domain::FieldErrors::new();
            errors.add("data", qi_error_msg(&e));
            errors
        })
    })
}
