# Run and control charts drawn as SVG (crates/web/src/qi_svg.rs): the words on the chart and
# in its aria-label, which a screen reader reads instead of the lines.

## Tipos de gráfico
chart-kind-run = Gráfico de tendencia
chart-kind-i = Gráfico I (valores individuales)
chart-kind-mr = Gráfico MR (rangos móviles)
chart-kind-p = Gráfico P (proporciones)
chart-kind-u = Gráfico U (tasas)
chart-kind-c = Gráfico C (recuentos)

## En el gráfico
chart-no-data = Todavía no hay datos
chart-phase = Fase { $phase }
chart-phase-label = Fase { $phase }: { $label }
chart-centre-label = LC { $value }
chart-median-label = mediana { $value }
chart-point = { $period }: { $value }
chart-point-in-pattern = { $period }: { $value } (parte de un desplazamiento o de una tendencia)
chart-point-outside = { $period }: { $value } (señal: fuera de los límites)

## El gráfico en palabras (aria-label); las partes se unen con ". "
chart-summary = { $title }: { $chart } de { $count ->
        [one] { $count } punto
       *[other] { $count } puntos
    }
chart-summary-centre = Línea central { $value }
chart-summary-median = Mediana { $value }
chart-summary-phase-centre = Fase { $phase }: línea central { $value }
chart-summary-phase-median = Fase { $phase }: mediana { $value }
chart-runs = { $verdict }: racha más larga de { $run ->
        [one] { $run } punto
       *[other] { $run } puntos
    } (límite { $limit }), { $crossings ->
        [one] { $crossings } cruce
       *[other] { $crossings } cruces
    } de la línea central (se esperan al menos { $expected })
chart-runs-signal = las rachas indican una variación no aleatoria
chart-runs-no-signal = las rachas no indican ninguna señal
chart-runs-not-applied = no se aplican las reglas de rachas ({ $count ->
        [one] { $count } observación útil
       *[other] { $count } observaciones útiles
    })
chart-outside-none = Ningún punto fuera de los límites
chart-outside = { $count ->
        [one] { $count } punto fuera
       *[other] { $count } puntos fuera
    } de los límites: { $points }
chart-ihi = Reglas del IHI: { $shifts ->
        [one] { $shifts } desplazamiento
       *[other] { $shifts } desplazamientos
    }, { $trends ->
        [one] { $trends } tendencia
       *[other] { $trends } tendencias
    }, { $astronomical ->
        [one] { $astronomical } punto astronómico
       *[other] { $astronomical } puntos astronómicos
    }
