//! The training-records import as an administrator uploads it:
//! `lmp_domain::learning::parse_training_csv`. Every line is either a row or an error, never
//! both, and each names a line of the file.
#![no_main]

use libfuzzer_sys::fuzz_target;
use lmp_domain::learning::parse_training_csv;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let import = parse_training_csv(text, "2026-03-10");
    let lines = text.lines().count().max(1);
    for row in &import.rows {
        assert!(row.line >= 2 && row.line <= lines, "row line {}", row.line);
        assert!(!row.email.is_empty() && !row.course.is_empty());
        assert!(row.completed_on.as_str() <= "2026-03-10");
        assert!(
            import.errors.iter().all(|e| e.line != row.line),
            "line {} is both a row and an error",
            row.line
        );
    }
    for error in &import.errors {
        assert!(
            error.line >= 1 && error.line <= lines,
            "error line {}",
            error.line
        );
        assert!(!error.problems.is_empty());
    }
});
