//! Charts drawn on the server as SVG, readable without scripts. Every chart comes with a
//! table of the same numbers on its page (the SVG is marked as an image with a summary).

use std::fmt::Write;

/// Escapes text for SVG (XML).
fn xml(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// A step chart of a team's level over time: one step per approved assessment.
pub fn level_steps(points: &[(String, u8)], summary: &str) -> String {
    let width = 640.0;
    let height = 220.0;
    let (left, right, top, bottom) = (70.0, 16.0, 14.0, 40.0);
    let plot_w = width - left - right;
    let plot_h = height - top - bottom;
    let y = |level: u8| top + plot_h - f64::from(level) / 5.0 * plot_h;
    let mut svg = String::new();
    let _ = write!(
        svg,
        r#"<svg class="chart" viewBox="0 0 {width} {height}" role="img" aria-label="{}" xmlns="http://www.w3.org/2000/svg">"#,
        xml(summary)
    );
    for level in 0..=5u8 {
        let _ = write!(
            svg,
            r##"<line x1="{left}" x2="{}" y1="{y}" y2="{y}" stroke="#d0d7de"/><text x="{}" y="{}" text-anchor="end" font-size="12" fill="#4a5560">{}</text>"##,
            width - right,
            left - 8.0,
            y(level) + 4.0,
            if level == 0 {
                "none".to_string()
            } else {
                format!("Level {level}")
            },
            y = y(level)
        );
    }
    if points.is_empty() {
        let _ = write!(
            svg,
            r##"<text x="{}" y="{}" text-anchor="middle" font-size="14" fill="#4a5560">No approved assessment yet</text>"##,
            left + plot_w / 2.0,
            top + plot_h / 2.0
        );
    } else {
        let step = plot_w / points.len() as f64;
        let mut path = String::new();
        for (i, (_, level)) in points.iter().enumerate() {
            let x0 = left + step * i as f64;
            let x1 = x0 + step;
            let _ = write!(
                path,
                "{}{x0:.1},{:.1} L{x1:.1},{:.1} ",
                if i == 0 { "M" } else { "L" },
                y(*level),
                y(*level)
            );
        }
        let _ = write!(
            svg,
            r##"<path d="{path}" fill="none" stroke="#0b5563" stroke-width="3"/>"##
        );
        let every = (points.len() / 8).max(1);
        for (i, (label, level)) in points.iter().enumerate() {
            let cx = left + step * (i as f64 + 0.5);
            let _ = write!(
                svg,
                r##"<circle cx="{cx:.1}" cy="{:.1}" r="4" fill="#0b5563"/>"##,
                y(*level)
            );
            if i % every == 0 || i + 1 == points.len() {
                let _ = write!(
                    svg,
                    r##"<text x="{cx:.1}" y="{}" text-anchor="middle" font-size="11" fill="#4a5560">{}</text>"##,
                    height - bottom + 18.0,
                    xml(label)
                );
            }
        }
    }
    svg.push_str("</svg>");
    svg
}

/// Horizontal bars, one per labelled value, with the value written at the end of the bar.
pub fn bars(items: &[(String, usize)], summary: &str) -> String {
    let row = 28.0;
    let left = 120.0;
    let width = 640.0;
    let bar_w = width - left - 80.0;
    let height = row * items.len() as f64 + 10.0;
    let max = items.iter().map(|(_, v)| *v).max().unwrap_or(0).max(1) as f64;
    let mut svg = String::new();
    let _ = write!(
        svg,
        r#"<svg class="chart" viewBox="0 0 {width} {height}" role="img" aria-label="{}" xmlns="http://www.w3.org/2000/svg">"#,
        xml(summary)
    );
    for (i, (label, value)) in items.iter().enumerate() {
        let y = 5.0 + row * i as f64;
        let w = bar_w * (*value as f64) / max;
        let _ = write!(
            svg,
            r##"<text x="{}" y="{}" text-anchor="end" font-size="13" fill="#1b1f23">{}</text><rect x="{left}" y="{}" width="{w:.1}" height="{}" fill="#0b5563"/><text x="{}" y="{}" font-size="13" fill="#1b1f23">{value}</text>"##,
            left - 8.0,
            y + 17.0,
            xml(label),
            y + 4.0,
            row - 10.0,
            left + w + 6.0,
            y + 17.0
        );
    }
    svg.push_str("</svg>");
    svg
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn charts_escape_their_text_and_draw_each_point() {
        let svg = level_steps(&[("2026-01".into(), 2), ("2026-04".into(), 3)], "Level <b>");
        assert!(svg.contains("aria-label=\"Level &lt;b&gt;\""));
        assert_eq!(svg.matches("<circle").count(), 2);
        assert!(level_steps(&[], "x").contains("No approved assessment yet"));
        let svg = bars(&[("Level 1 & up".into(), 4), ("Level 2".into(), 0)], "s");
        assert!(svg.contains("Level 1 &amp; up"));
        assert_eq!(svg.matches("<rect").count(), 2);
    }
}
