# Trabajo de mejora: proyectos, ciclos PDSA, medidas, prácticas probadas por equipos, IBPS.

## Los proyectos e ideas de un equipo
proj-title = Trabajo de mejora
proj-raise-title = Proponga una idea
proj-raise-intro = Cualquier persona del equipo puede proponer una idea; un colíder la convierte en proyecto cuando tiene un objetivo y pasa la revisión del alcance.
proj-raise-not-saved = La idea no se guardó. Revise los campos marcados abajo.
proj-raise-idea = La idea en pocas palabras
proj-raise-problem = Qué problema resuelve
proj-raise-button = Proponer la idea
proj-list-title = Proyectos e ideas
proj-list-empty = Todavía no hay ideas ni proyectos.
proj-col-title = Título
proj-col-status = Estado
proj-col-aim = Objetivo
proj-aim-summary = { $what } ({ $much }, para el { $when })

## Estado del proyecto
proj-status-idea = Idea
proj-status-active = En marcha
proj-status-sustaining = Manteniendo los logros
proj-status-done = Terminado
proj-status-stopped = Detenido

## Un proyecto
proj-status = Estado
proj-adopted-from = Adoptado de la práctica probada por equipos
proj-written-up-as = Descrito como una
proj-written-up-link = práctica probada por equipos
proj-write-up = Descríbalo como una práctica probada por equipos
proj-aim = Objetivo
proj-aim-empty = Todavía no hay objetivo: qué mejorará, cuánto y para cuándo.
proj-aim-by = para el
proj-edit-aim = Editar el objetivo y los detalles
proj-scope = Revisión del alcance
proj-scope-about = El equipo dice que se trata de:
proj-scope-outside = Esto queda fuera de lo que asume un equipo de la unidad.
proj-scope-take-to = Llévelo a:
proj-scope-in = Dentro del alcance: el equipo puede trabajar en ello.
proj-scope-question = ¿De qué se trata este problema?
proj-scope-button = Revisar el alcance
proj-move-on = Hacer avanzar el proyecto
proj-cycles = Ciclos PDSA
proj-cycles-empty = Todavía no se ha probado ningún cambio.
proj-cycle-number = Ciclo { $count }
proj-cycle-new = Planificar un ciclo nuevo
proj-tools = Herramientas de mejora
proj-tools-empty = Todavía no hay herramientas: un diagrama de espina de pescado, una tabla PICK, un mapa del proceso, un recorrido de desperdicios o un diagrama de impulsores.
proj-tool-new = Herramienta nueva
proj-tool = Herramienta
proj-tool-fishbone = Espina de pescado (causa y efecto)
proj-tool-pick = Tabla PICK
proj-tool-process = Mapa del proceso
proj-tool-waste_walk = Recorrido de desperdicios
proj-tool-driver = Diagrama de impulsores
proj-tool-create = Crear la herramienta
proj-measures = Medidas
proj-measures-empty = Todavía no hay medidas.
proj-measure-add = Agregar una medida
proj-measure-name = Nombre
proj-measure-kind = Tipo
proj-measure-outcome = De resultado
proj-measure-process = De proceso
proj-measure-balancing = De equilibrio
proj-measure-chart = Gráfico
proj-measure-unit = Unidad
proj-measure-unit-example = minutos, %, caídas por cada 1000 días-paciente
proj-measure-target = Meta (opcional)
proj-measure-better = Es mejor
proj-measure-lower = Más bajo
proj-measure-higher = Más alto
proj-measure-add-button = Agregar la medida

## Temas del alcance, y a dónde llevar los problemas fuera del alcance
proj-topic-performance = Mejorar el desempeño de nuestra unidad (calidad, servicio, costo, tiempos de espera)
proj-topic-operations = Cómo funciona nuestro trabajo diario (flujos de trabajo, traspasos, suministros)
proj-topic-environment = Nuestro entorno de trabajo (seguridad en el trabajo, cómo trabajamos juntos)
proj-topic-individual = El desempeño o la conducta de una persona
proj-topic-individual-why = Un equipo no juzga el desempeño ni la conducta de un compañero: eso es privado y tiene su propio proceso.
proj-topic-individual-to = El gerente de la persona, con un delegado sindical presente si la persona lo desea.
proj-topic-practice = Lo que un puesto o una licencia permite hacer
proj-topic-practice-why = Lo que un puesto puede hacer lo fijan las licencias, las normas profesionales y las descripciones de puesto, no el equipo.
proj-topic-practice-to = El gerente del departamento y el responsable de práctica profesional de ese puesto.
proj-topic-strategy = La estrategia o el rumbo de la organización
proj-topic-strategy-why = La estrategia la fijan los líderes de la organización y la colaboración a nivel regional y nacional.
proj-topic-strategy-to = Los patrocinadores del equipo, que pueden llevar la pregunta a la dirección del centro o de la región.
proj-topic-contract = El contrato, el salario u otros asuntos de relaciones laborales
proj-topic-contract-why = Los términos del contrato y los asuntos de relaciones laborales los negocian o tratan el sindicato y la gerencia, fuera del equipo.
proj-topic-contract-to = El delegado sindical o el representante sindical local, y relaciones laborales.
proj-topic-legal = Cumplimiento legal o normativo
proj-topic-legal-why = El cumplimiento de las leyes y normas lo deciden las áreas de cumplimiento y legal.
proj-topic-legal-to = El responsable de cumplimiento del centro.

## Un ciclo PDSA
cycle-title = Ciclo PDSA
cycle-heading = Ciclo { $count }: { $name }
cycle-new-heading = Planificar un ciclo PDSA nuevo
cycle-stage = Etapa
cycle-stage-plan = Planificando
cycle-stage-do = Haciendo
cycle-stage-study = Estudiando
cycle-stage-act = Decidiendo
cycle-stage-complete = Completo
cycle-not-saved = No se guardó nada. Revise los campos marcados abajo.
cycle-plan = Planificar
cycle-do = Hacer
cycle-study = Estudiar
cycle-act = Actuar
cycle-change-idea = El cambio que vamos a probar
cycle-question = Lo que queremos aprender
cycle-prediction = Lo que predecimos que pasará
cycle-plan-details = Quién, qué, cuándo, dónde
cycle-data = Los datos que vamos a recoger
cycle-started-on = Fecha de inicio (AAAA-MM-DD)
cycle-do-notes = Qué pasó y qué observamos
cycle-study-notes = El resultado comparado con la predicción
cycle-act-notes = Qué haremos después, y por qué
cycle-change-kind = Tipo de cambio
cycle-kind-workflow = Un cambio en el flujo de trabajo o en el proceso
cycle-kind-training = Solo capacitación o recordatorios
cycle-kind-other = Otra cosa
cycle-decision = Actuar: la decisión
cycle-not-decided = Todavía sin decidir
cycle-decision-adopt = Adoptar
cycle-decision-adapt = Adaptar y volver a probar
cycle-decision-abandon = Abandonar
cycle-save = Guardar el ciclo
cycle-next = Planificar el próximo ciclo a partir de este

## Medidas
measure-of-outcome = medida de resultado
measure-of-process = medida de proceso
measure-of-balancing = medida de equilibrio
measure-of-other = medida: { $kind }
measure-chart-run = Gráfico de tendencia
measure-chart-i = Gráfico de control: valores individuales (I)
measure-chart-p = Gráfico de control: proporción (p)
measure-chart-u = Gráfico de control: tasa (u)
measure-chart-c = Gráfico de control: recuento (c)
measure-in-unit = en { $unit }
measure-target-higher = , meta { $target } (más alto es mejor)
measure-target-lower = , meta { $target } (más bajo es mejor)
measure-summary = { $chart } de { $count ->
        [one] { $count } punto
       *[other] { $count } puntos
    }; la tabla de abajo tiene los mismos datos.
measure-no-chart = Todavía no hay gráfico.
measure-title = Medida
measure-download = Descargar los datos (CSV)
measure-json = El gráfico en JSON
measure-data = Datos
measure-data-empty = Todavía no hay datos. Agregue un punto abajo o pegue una tabla.
measure-table-caption = Los datos del gráfico, con su línea central y sus límites
measure-col-period = Período
measure-col-value = Valor
measure-col-ratio = Numerador / denominador
measure-col-centre = Centro
measure-col-lower = Límite inferior
measure-col-upper = Límite superior
measure-col-phase = Fase
measure-col-note = Nota
measure-outside = fuera de los límites
measure-add-point = Agregar o corregir un período
measure-period = Período (p. ej., 2026-11 o 2026-11-23)
measure-numerator = Numerador
measure-denominator = Denominador
measure-phase = Fase (empiece la 2 después de un cambio en el proceso)
measure-note = Nota que se muestra en el gráfico (opcional)
measure-save-point = Guardar el punto
measure-paste-title = Pegar una tabla o subir un archivo
measure-paste-header = Un CSV con una fila de encabezado:
measure-paste-intro = Cópielo de una hoja de cálculo y péguelo, o elija el archivo guardado desde la hoja de cálculo como CSV. Los períodos que ya existen se reemplazan. Si alguna línea tiene un problema, no se importa nada, a menos que elija saltar las líneas con errores.
measure-pasted = CSV pegado
measure-file = O un archivo CSV (hasta 512 KB)
measure-skip = Importar las filas correctas y saltar las que tienen errores
measure-import = Importar

## Trabajo de mejora en toda la organización
proj-search-title = Trabajo de mejora en toda la organización
proj-search-intro = Descubra lo que han probado otros equipos: sus proyectos y las prácticas que publicaron.
proj-search-label = Buscar proyectos y prácticas
proj-search-words = Palabras del título, el objetivo o la descripción
proj-search-find = Buscar
proj-search-practices = Prácticas probadas por equipos
proj-search-all-practices = Todas las prácticas que coinciden
proj-search-projects = Proyectos
proj-search-none = Ningún proyecto coincide. Pruebe con otra palabra.
proj-search-none-for = Ningún proyecto coincide con «{ $name }». Pruebe con otra palabra.
proj-search-project = Proyecto
proj-search-team = Equipo

## Problems the rules name on projects, cycles and measures
proj-only-editors = Solo los colíderes del equipo y los responsables del proyecto pueden cambiar un proyecto.
proj-flash-idea = Idea propuesta. Ahora un colíder puede darle un objetivo y revisar su alcance.
proj-flash-saved = Guardado.
proj-flash-scope = Revisión del alcance registrada.
proj-flash-status = Estado cambiado.
proj-flash-measure = Medida agregada. Anote sus datos en la página de la medida.
proj-flash-adopted = Proyecto adoptado. Dele un objetivo y una revisión del alcance, y luego póngalo en marcha.
proj-start-scope-first = Primero confirme la revisión del alcance: un equipo solo asume lo que está dentro de su alcance.
proj-aim-what-missing = Indique qué va a mejorar el proyecto.
proj-aim-how-much-missing = Indique cuánto (una cifra que se pueda comprobar).
proj-aim-how-much-number = Incluya una cifra, por ejemplo «de 40 a 20 minutos» o «un 15 %».
proj-aim-date-form = Escriba la fecha como AAAA-MM-DD.
proj-field-idea = Idea
proj-field-description = Descripción
proj-field-title = Título
proj-field-aim = Objetivo
proj-field-how-much = Cuánto
proj-field-measure-name = Nombre de la medida
proj-field-unit = Unidad
proj-scope-choose = Elija de qué se trata el problema.
proj-measure-kind-choose = Elija de resultado, de proceso o de equilibrio.
proj-measure-chart-choose = Elija un gráfico de la lista.
proj-measure-target-number = La meta debe ser un número.
cycle-field-change-idea = Cambio que se va a probar
cycle-field-question = Pregunta
cycle-field-prediction = Predicción
cycle-field-plan = Plan
cycle-field-data = Datos
cycle-field-do = Lo que pasó
cycle-field-study = Estudio
cycle-field-act = Siguiente paso
cycle-start-date-form = Escriba la fecha de inicio como AAAA-MM-DD.
cycle-prediction-first = Escriba la predicción antes de anotar lo que pasó: el estudio compara las dos cosas.
cycle-study-first = Compare el resultado con la predicción antes de decidir si adoptar, adaptar o abandonar el cambio.
cycle-adapted = { $name } (adaptado)
measure-only-editors = Solo los colíderes del equipo y los responsables del proyecto anotan sus datos.
measure-flash-point = Punto guardado.
measure-flash-import = Datos importados.
measure-point-fill = Complete el período y el valor.
measure-point-not-saved = No se guardó el punto.
measure-import-too-big = Importe como mucho 512 KB a la vez; divida la tabla en archivos más pequeños.
measure-import-no-rows = No hay filas que importar.
measure-import-nothing = No se importó nada: { $count ->
    [one] hay 1 línea que revisar. Corríjala
   *[other] hay { $count } líneas que revisar. Corríjalas
    } o marque «Importar las filas correctas y saltar las que tienen errores».
measure-chart-empty = Todavía no hay datos.
measure-chart-cannot = Todavía no se puede dibujar el gráfico: { $why }.
measure-signal-outside = { $count ->
    [one] 1 punto fuera
   *[other] { $count } puntos fuera
    } de los límites de control.
measure-signal-run = Fase { $phase }: una racha de { $run } puntos del mismo lado de la línea central (más de { $limit } es señal de cambio).
measure-signal-crossings = Fase { $phase }: solo { $count ->
    [one] 1 cruce
   *[other] { $count } cruces
    } de la línea central (menos de { $limit } es señal de cambio).

## A line of measure data that cannot be taken (pages, and `lmp chart` in English)
measure-csv-line = Línea { $line }: { $problem }.
measure-csv-header-unreadable = no se puede leer la fila de encabezado: { $why }
measure-csv-header-needs = a la fila de encabezado le { $count ->
    [one] falta la columna
   *[other] faltan las columnas
    } { $columns }
measure-csv-line-unreadable = no se puede leer la línea: { $why }
measure-csv-empty = la columna { $column } está vacía
measure-csv-not-number = “{ $text }” en la columna { $column } no es un número
measure-csv-period-empty = el período está vacío
measure-csv-period-twice = el período { $period } aparece dos veces
measure-csv-denominator-positive = el denominador { $value } debe ser mayor que 0
measure-csv-numerator-negative = el numerador { $value } no puede ser negativo
measure-csv-numerator-above = el numerador { $numerator } es mayor que el denominador { $denominator }
measure-csv-phase = la fase “{ $phase }” no es un número entero a partir de 1

## Why a chart cannot be drawn
measure-qi-no-data = no hay puntos de datos
measure-qi-point = punto { $number }: { $problem }
measure-qi-not-finite = { $value } no es un número finito
measure-qi-missing-denominator = un gráfico { $chart } necesita un numerador y un denominador
measure-qi-denominator = el denominador { $value } debe ser mayor que 0
measure-qi-above = el numerador { $numerator } es mayor que el denominador { $denominator }: una proporción no puede pasar de 1
measure-qi-negative = { $value } es negativo: un gráfico { $chart } cuenta sucesos, y no pueden ser negativos
measure-qi-ratio-in-c = un gráfico c toma recuentos, no cocientes: use un gráfico u para sucesos por unidad
measure-qi-freeze-short = el período de referencia debe tener al menos { $minimum ->
    [one] 1 punto
   *[other] { $minimum } puntos
    } para un gráfico { $chart }
measure-qi-freeze-long = el período de referencia ({ $freeze } puntos) es más largo que los datos ({ $points } puntos)
measure-qi-freeze-phases = un período de referencia no se puede combinar con fases: cada fase calcula sus propios límites
measure-qi-phase-short = la fase { $phase } tiene { $points ->
    [one] 1 punto
   *[other] { $points } puntos
    }; un gráfico { $chart } necesita al menos 2 por fase
