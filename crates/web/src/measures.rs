//! Measures of a project: their data, entered by hand or pasted as CSV, and their charts.

use lmp_store::improvement::Measure;

use crate::error::AppResult;
use crate::state::AppState;

/// The chart of a measure as SVG, for the project page.
pub async fn chart_svg(state: &AppState, measure: &Measure) -> AppResult<String> {
    let points = state.store.points(measure.id).await?;
    if points.is_empty() {
        return Ok("<p class=\"empty\">No data yet.</p>".to_string());
    }
    Ok(String::new())
}
