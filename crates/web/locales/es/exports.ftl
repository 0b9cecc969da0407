# Calendar feed (account page and the feed itself)
calendar-feed-title = Calendario suscrito
calendar-feed-intro = Suscríbase a sus reuniones y tareas con fecha límite desde Outlook, Google Calendar o el Calendario de Apple. Incluye las reuniones de sus equipos desde hace dos meses en adelante y sus tareas abiertas que tienen fecha límite, como eventos de día completo.
calendar-feed-new = Esta es la dirección de su calendario. Cópiela ahora: por seguridad, solo se muestra esta vez. Quien la tenga puede ver sus reuniones y tareas, así que no la comparta.
calendar-feed-address = Dirección del calendario
calendar-feed-how = En su aplicación de calendario, elija «Añadir calendario» y luego «Desde URL» (o «Suscribirse») y pegue la dirección.
calendar-feed-on-since = Su calendario está activado (dirección creada el { $name }).
calendar-feed-secret-hint = ¿Perdió la dirección o la compartió por error? Cámbiela: recibirá una dirección nueva y la anterior dejará de funcionar en el acto.
calendar-feed-reset = Cambiar la dirección
calendar-feed-off = Desactivar el calendario
calendar-feed-is-off = Su calendario está desactivado.
calendar-feed-on = Activar el calendario
calendar-feed-name = Portal de la alianza: { $name }
calendar-feed-task = Vence: { $title }
calendar-feed-task-team = Una tarea del equipo { $name }.

# Team exports
team-link-export = Exportar
team-link-summary = Resumen para imprimir
export-title = Exportar los registros de { $name }
export-intro = Descargue los registros del equipo para su propio uso: para guardarlos, analizarlos en una hoja de cálculo o llevarlos a una reunión.
export-whole = Todo en un archivo
export-whole-about = Un archivo JSON con todas las secciones de abajo. También está disponible a través de la API.
export-json = Descargar todo (JSON)
export-csv = Una hoja de cálculo por sección
export-csv-about = Los archivos CSV se abren en Excel, Numbers, LibreOffice o Google Sheets.
export-privacy = Las decisiones incluyen solo las rondas cerradas. En las rondas anónimas, las posturas aparecen sin nombres.
export-summary-link = Ver el resumen de una página para imprimir
export-section-roster = Integrantes
export-section-roster-about = Todas las personas del equipo, con su función, su parte y su puesto.
export-section-projects = Proyectos
export-section-projects-about = Ideas y proyectos, con sus objetivos y su estado.
export-section-cycles = Ciclos PDSA
export-section-cycles-about = Cada ciclo Planificar-Hacer-Estudiar-Actuar de los proyectos del equipo.
export-section-measures = Medidas y datos
export-section-measures-about = Cada medida, con una fila por cada dato.
export-section-decisions = Decisiones
export-section-decisions-about = Rondas de consenso cerradas y decisiones anotadas en el acta, con su resultado y su recuento.
export-section-stances = Posturas
export-section-stances-about = Cada postura dada en una ronda cerrada (sin nombres en las rondas anónimas).
export-section-p2p-quarters = Path to Performance por trimestre
export-section-p2p-quarters-about = El nivel del equipo en cada trimestre.
export-section-p2p-assessments = Autoevaluaciones aprobadas
export-section-p2p-assessments-about = Cada autoevaluación mensual aprobada y su nivel.

# Printable team summary
summary-title = { $name }: resumen del equipo
summary-printed-on = Resumen al { $name }
summary-people = Quién dirige el equipo
summary-co-leads = Codirección
summary-sponsors = Patrocinio
summary-none = Nadie asignado todavía
summary-open-tasks = { $count ->
    [one] 1 tarea abierta
   *[other] { $count } tareas abiertas
}
summary-nothing-missing = No falta nada para el siguiente nivel.
summary-projects = Proyectos activos
summary-no-projects = No hay proyectos activos.
summary-no-data = Todavía no hay datos de medidas.
summary-decisions = Decisiones recientes
summary-no-decisions = Todavía no hay decisiones registradas.
summary-back = Volver al equipo
summary-print-hint = Use la función Imprimir del navegador: la página cabe en una hoja.
summary-trend-first = primer valor
summary-trend-same = sin cambios
summary-trend-better = mejor que antes
summary-trend-worse = peor que antes
summary-measure-latest = { $name }: { $value } ({ $period }), { $trend }
