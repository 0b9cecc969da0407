//! `lmp chart` as a person runs it: the shipped example files, a bad file, and the SVG.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

fn data(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(name)
}

fn lmp_chart(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_lmp"))
        .arg("chart")
        .args(args)
        .env("LMP_LOG", "warn")
        .output()
        .unwrap()
}

/// Runs `lmp chart` and parses its JSON, failing with stderr when it does not succeed.
fn chart_json(args: &[&str]) -> Value {
    let out = lmp_chart(args);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("JSON on stdout")
}

/// A file of its own for each test, removed when done.
struct TempFile(PathBuf);

impl TempFile {
    fn new(name: &str, contents: &str) -> TempFile {
        let path = std::env::temp_dir().join(format!("lmp-chart-{}-{name}", std::process::id()));
        std::fs::write(&path, contents).unwrap();
        TempFile(path)
    }

    fn arg(&self) -> &str {
        self.0.to_str().unwrap()
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

/// run_shift.csv: 12 months between 18 and 23, then 12 between 24 and 28. The median of the
/// 24 values is (23 + 24)/2 = 23.5; all 24 are useful, in two runs of 12 with 1 crossing.
/// For n = 24 the published Anhøj limits are 8 (longest run) and 8 (crossings): both signal.
#[test]
fn the_shift_example_signals_runs() {
    let input = data("run_shift.csv");
    let json = chart_json(&["--type", "run", "--input", input.to_str().unwrap(), "--ihi"]);
    assert_eq!(json["chart"], "run");
    assert_eq!(json["runs_signal"], true);
    assert_eq!(json["points"].as_array().unwrap().len(), 24);
    assert_eq!(json["points"][0]["period"], "2024-01");
    assert_eq!(json["points"][0]["lcl"], Value::Null);
    let phase = &json["phases"][0];
    assert_eq!(phase["median"], 23.5);
    let runs = &phase["runs"];
    assert_eq!(runs["useful_observations"], 24);
    assert_eq!(runs["longest_run"], 12);
    assert_eq!(runs["longest_run_limit"], 8);
    assert_eq!(runs["crossings"], 1);
    assert_eq!(runs["crossings_limit"], 8);
    let shifts: Vec<&Value> = json["ihi_signals"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["kind"] == "shift")
        .collect();
    assert_eq!(shifts.len(), 2);
    assert_eq!(shifts[1]["indices"].as_array().unwrap().len(), 12);
}

/// p_varying.csv: 20 months, p̄ = Σ numerators / Σ denominators = 317/2540 = 0.1248031.
/// For 2026-07 (22 of 85): 3·√(0.1248031 × 0.8751969 / 85) = 0.107544, so UCL = 0.232347 and
/// 22/85 = 0.258824 is above it. For 2025-10 (45 patients) p̄ − 3σ = 0.1248 − 0.1479 < 0: the
/// LCL is 0. Around p̄ the proportions make 10 crossings and a longest run of 5 (limits for
/// n = 20: 6 and 7), so no runs signal.
#[test]
fn the_p_example_has_limits_that_vary_with_the_denominator() {
    let input = data("p_varying.csv");
    let json = chart_json(&["--type", "p", "--input", input.to_str().unwrap()]);
    assert_eq!(json["chart"], "p");
    let center = json["phases"][0]["center"].as_f64().unwrap();
    assert!((center - 317.0 / 2540.0).abs() < 1e-12, "{center}");
    let points = json["points"].as_array().unwrap();
    let uppers: Vec<f64> = points.iter().map(|p| p["ucl"].as_f64().unwrap()).collect();
    let widest = uppers.iter().copied().fold(f64::MIN, f64::max);
    let narrowest = uppers.iter().copied().fold(f64::MAX, f64::min);
    assert!(widest - narrowest > 0.05, "{uppers:?}");
    assert_eq!(points[9]["period"], "2025-10");
    assert_eq!(points[9]["denominator"], 45.0);
    assert_eq!(points[9]["lcl"], 0.0);
    assert!((uppers[18] - 0.232347).abs() < 1e-5, "{}", uppers[18]);
    assert_eq!(json["outside_limits"], serde_json::json!([18]));
    assert_eq!(points[18]["outside_limits"], true);
    assert_eq!(json["runs_signal"], false);
    assert_eq!(json["phases"][0]["runs"]["crossings"], 10);
    assert_eq!(json["ihi_signals"], Value::Null, "not asked for");
}

#[test]
fn a_freeze_is_passed_on() {
    let input = data("run_shift.csv");
    let json = chart_json(&[
        "--type",
        "i",
        "--input",
        input.to_str().unwrap(),
        "--freeze",
        "12",
    ]);
    // Baseline mean of the first twelve: 246/12 = 20.5.
    assert_eq!(json["phases"][0]["center"], 20.5);
    assert_eq!(json["phases"][0]["baseline_points"], 12);
    assert_eq!(json["points"][11]["baseline"], true);
    assert_eq!(json["points"][12]["baseline"], false);
}

#[test]
fn a_value_that_is_not_a_number_is_named_with_its_line() {
    // Line 1 is the header, so the sixth data row is line 7.
    let file = TempFile::new(
        "bad-value.csv",
        "period,value\n2026-01,4\n2026-02,5\n2026-03,6\n2026-04,5\n2026-05,4\n2026-06,abc\n",
    );
    let out = lmp_chart(&["--type", "run", "--input", file.arg()]);
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    let expected = format!(
        "error: {} line 7: “abc” in column value is not a number",
        file.arg()
    );
    assert!(stderr.contains(&expected), "{stderr}");
    assert!(out.stdout.is_empty(), "no chart is printed");
}

#[test]
fn bad_denominators_and_missing_columns_are_named_with_their_line() {
    let cases = [
        (
            "p",
            "period,numerator,denominator\n2026-01,3,10\n2026-02,2,0\n",
            "line 3: the denominator 0 must be more than 0",
        ),
        (
            "u",
            "period,numerator,denominator\n2026-01,3,-4\n",
            "line 2: the denominator -4 must be more than 0",
        ),
        (
            "p",
            "numerator,denominator\n3,10\n4,10\n12,10\n",
            "line 4: the numerator 12 is larger than the denominator 10",
        ),
        (
            "p",
            "period,value\n2026-01,3\n",
            "line 1: the header row needs the columns numerator, denominator",
        ),
        (
            "c",
            "period,count\n2026-01,3\n",
            "line 1: the header row needs the column value",
        ),
        (
            "run",
            "period,value\n2026-01,3\n2026-02\n",
            "line 3: column value is empty",
        ),
        (
            "i",
            "period,value\n2026-01,3\n2026-02,x\n2026-03,\n",
            "line 4: column value is empty",
        ),
    ];
    for (i, (kind, contents, expected)) in cases.iter().enumerate() {
        let file = TempFile::new(&format!("bad-{i}.csv"), contents);
        let out = lmp_chart(&["--type", kind, "--input", file.arg()]);
        assert!(!out.status.success(), "case {i} should fail");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            stderr.contains(&format!("{} {expected}", file.arg())),
            "case {i}: {stderr}"
        );
    }
}

#[test]
fn svg_is_written_when_asked_for() {
    let input = data("p_varying.csv");
    let svg_path = std::env::temp_dir().join(format!("lmp-chart-{}.svg", std::process::id()));
    let json = chart_json(&[
        "--type",
        "p",
        "--input",
        input.to_str().unwrap(),
        "--svg",
        svg_path.to_str().unwrap(),
        "--title",
        "Readmissions within 30 days",
    ]);
    assert_eq!(json["chart"], "p", "the JSON is still printed");
    let svg = std::fs::read_to_string(&svg_path).unwrap();
    let _ = std::fs::remove_file(&svg_path);
    assert!(svg.starts_with("<svg"), "{}", &svg[..60.min(svg.len())]);
    assert!(svg.contains(r#"role="img""#));
    assert!(svg
        .contains("aria-label=\"Readmissions within 30 days: P chart (proportions) of 20 points."));
    assert!(svg.contains("1 point outside the limits: 2026-07"));
}

#[test]
fn help_shows_the_command_and_the_columns() {
    let out = lmp_chart(&["--help"]);
    assert!(out.status.success());
    let help = String::from_utf8_lossy(&out.stdout);
    assert!(help.contains("lmp chart --type p --input"), "{help}");
    assert!(help.contains("numerator, denominator"));
    assert!(help.contains("[possible values: run, i, mr, p, u, c]"));
}
