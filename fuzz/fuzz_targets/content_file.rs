//! A content file as `lmp content import` and the editor read it:
//! `lmp_domain::content::parse_file`. The property: a file that reads without problems, written
//! back with `to_file`, reads back to the same page, and writing that again gives the same
//! text (so import after export changes nothing).
#![no_main]

use libfuzzer_sys::fuzz_target;
use lmp_domain::content::{parse_file, to_file};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match parse_file(text) {
        Ok(page) => {
            let written = to_file(&page);
            let again = match parse_file(&written) {
                Ok(again) => again,
                Err(problems) => panic!("{written:?} does not read back: {problems:?}"),
            };
            assert_eq!(again, page, "{written:?}");
            assert_eq!(to_file(&again), written);
        }
        Err(problems) => assert!(!problems.is_empty()),
    }
});
