//! Measure data as people paste it on a measure's page or give it to `lmp chart`:
//! `lmp_domain::improvement::data::parse`, then — as both callers do when every row is good —
//! the chart computed from the rows. The first byte picks the chart kind, the layout and the
//! options; the rest is the file.
#![no_main]

use libfuzzer_sys::fuzz_target;
use lmp_domain::improvement::data::{parse, Layout};
use lmp_domain::qi::{self, ChartKind, Options};

const KINDS: [ChartKind; 6] = [
    ChartKind::Run,
    ChartKind::I,
    ChartKind::Mr,
    ChartKind::P,
    ChartKind::U,
    ChartKind::C,
];

fuzz_target!(|data: &[u8]| {
    let Some((&choice, rest)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let kind = KINDS[usize::from(choice) % KINDS.len()];
    let layout = if choice & 0x80 == 0 {
        Layout::measure(kind)
    } else {
        Layout::file(kind)
    };
    let parsed = parse(text, layout);
    // Every line number points into the file, counted as an editor does (a line feed, a CR LF
    // pair or a lone carriage return ends a line; the header is line 1).
    let lines = text
        .replace("\r\n", "\n")
        .split(['\n', '\r'])
        .count()
        .max(1);
    for row in &parsed.rows {
        assert!(row.line >= 2 && row.line <= lines, "row line {}", row.line);
        assert!(row.phase >= 1, "phase {}", row.phase);
        for number in [row.value, row.numerator, row.denominator]
            .into_iter()
            .flatten()
        {
            assert!(number.is_finite(), "{number}");
        }
    }
    for error in &parsed.errors {
        assert!(
            error.line >= 1 && error.line <= lines,
            "error line {}",
            error.line
        );
        assert!(!error.message.is_empty());
    }
    if parsed.errors.is_empty() && !parsed.rows.is_empty() {
        let observations: Vec<_> = parsed.rows.iter().map(|r| r.observation()).collect();
        let options = Options {
            freeze: (choice & 0x40 != 0).then_some(usize::from(choice & 0x0f)),
            ihi: choice & 0x20 != 0,
        };
        if let Ok(chart) = qi::compute(kind, &observations, &options) {
            // Whatever the data, a chart that was drawn has no NaN in it.
            let json = format!("{chart:?}");
            assert!(!json.contains("NaN"), "{json}");
        }
    }
});
