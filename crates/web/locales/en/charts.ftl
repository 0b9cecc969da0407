# Run and control charts drawn as SVG (crates/web/src/qi_svg.rs): the words on the chart and
# in its aria-label, which a screen reader reads instead of the lines.

## Chart kinds
chart-kind-run = Run chart
chart-kind-i = I chart (individual values)
chart-kind-mr = MR chart (moving ranges)
chart-kind-p = P chart (proportions)
chart-kind-u = U chart (rates)
chart-kind-c = C chart (counts)

## On the chart
chart-no-data = No data yet
chart-phase = Phase { $phase }
chart-phase-label = Phase { $phase }: { $label }
chart-centre-label = CL { $value }
chart-median-label = median { $value }
chart-point = { $period }: { $value }
chart-point-in-pattern = { $period }: { $value } (part of a shift or trend)
chart-point-outside = { $period }: { $value } (signal: outside the limits)

## The chart in words (aria-label); the parts are joined by ". "
chart-summary = { $title }: { $chart } of { $count ->
        [one] { $count } point
       *[other] { $count } points
    }
chart-summary-centre = Centre line { $value }
chart-summary-median = Median { $value }
chart-summary-phase-centre = Phase { $phase }: centre line { $value }
chart-summary-phase-median = Phase { $phase }: median { $value }
chart-runs = { $verdict }: longest run { $run } (limit { $limit }), { $crossings ->
        [one] { $crossings } crossing
       *[other] { $crossings } crossings
    } (at least { $expected } expected)
chart-runs-signal = runs signal non-random variation
chart-runs-no-signal = no runs signal
chart-runs-not-applied = runs rules not applied ({ $count ->
        [one] { $count } useful observation
       *[other] { $count } useful observations
    })
chart-outside-none = No point outside the limits
chart-outside = { $count ->
        [one] { $count } point
       *[other] { $count } points
    } outside the limits: { $points }
chart-ihi = IHI rules: { $shifts } shift(s), { $trends } trend(s), { $astronomical } astronomical point(s)
