//! How long one chart of 1,000 points takes to compute, against a baseline measured in the
//! same run: finding the median of the same 1,000 values (a sort), the least any run chart
//! must do. Run with `cargo bench -p lmp-domain --bench qi`.

use std::hint::black_box;
use std::time::Instant;

use lmp_domain::qi::{compute, ChartKind, Observation, Options};

/// 1,000 weekly values with noise and a shift halfway, from a fixed formula (repeatable).
fn series(ratio: bool) -> Vec<Observation> {
    (0..1000u64)
        .map(|i| {
            let noise = ((i * 7919 + 104_729) % 97) as f64 / 10.0;
            let level = if i < 500 { 30.0 } else { 24.0 };
            let o = if ratio {
                let denominator = 80.0 + (i % 40) as f64;
                Observation::ratio(((level + noise) / 100.0 * denominator).round(), denominator)
            } else {
                Observation::value(level + noise)
            };
            o.with_period(format!("P{i:04}"))
        })
        .collect()
}

fn time_per_call(mut f: impl FnMut()) -> f64 {
    for _ in 0..200 {
        f();
    }
    let rounds = 2_000;
    let started = Instant::now();
    for _ in 0..rounds {
        f();
    }
    started.elapsed().as_secs_f64() / f64::from(rounds)
}

fn main() {
    let values = series(false);
    let ratios = series(true);
    let baseline = time_per_call(|| {
        let mut v: Vec<f64> = values.iter().map(|o| o.plotted()).collect();
        v.sort_by(|a, b| a.total_cmp(b));
        black_box(v[v.len() / 2]);
    });
    println!(
        "{:<28} {:>12} {:>10}",
        "1,000 points", "µs per chart", "ratio"
    );
    println!(
        "{:<28} {:>12.1} {:>10.2}",
        "median (baseline)",
        baseline * 1e6,
        1.0
    );
    let kinds = [
        ("run chart (Anhøj + IHI)", ChartKind::Run, &values, true),
        ("I chart", ChartKind::I, &values, false),
        ("MR chart", ChartKind::Mr, &values, false),
        ("p chart (varying n)", ChartKind::P, &ratios, false),
        ("u chart (varying n)", ChartKind::U, &ratios, false),
    ];
    for (label, kind, data, ihi) in kinds {
        let options = Options { freeze: None, ihi };
        let t = time_per_call(|| {
            black_box(compute(kind, data, &options).expect("chart"));
        });
        println!("{:<28} {:>12.1} {:>10.2}", label, t * 1e6, t / baseline);
    }
}
