# Aprendizaje: la portada, el recorrido de la Hoja de ruta, la historia, los cursos, la capacitación, Para profundizar.
learning-title = Aprendizaje
learning-intro = Todo lo que necesita para conocer la colaboración, en un solo lugar: un recorrido guiado, la historia, los cursos, su propio registro de capacitación, acciones personales y los siete principios.
learning-your-progress = Su avance
learning-progress = { $done } de { $total } completadas
learning-next = Siguiente: { $name }
learning-continue = Continuar donde lo dejó
learning-overview-tour-blurb = Seis paradas breves por lo esencial, desde los acuerdos hasta los principios. Su avance se guarda a medida que avanza.
learning-start-tour = Comenzar el recorrido
learning-tour-finished = Ha terminado el recorrido. ¡Bien hecho!
learning-history-title = Línea de tiempo de la historia
learning-history-none = Todavía no hay páginas de historia publicadas.
learning-history-count = { $count ->
    [one] 1 etapa de la organización y de la colaboración, en orden.
   *[other] { $count } etapas de la organización y de la colaboración, en orden.
}
learning-courses-title = Cursos
learning-courses-none = Todavía no hay cursos publicados.
learning-courses-count = { $count ->
    [one] 1 curso, por nivel de Path to Performance y por público.
   *[other] { $count } cursos, por nivel de Path to Performance y por público.
}
learning-training-title = Mi capacitación
learning-training-none = Todavía no ha registrado ningún curso.
learning-training-count = Ha registrado { $count ->
    [one] 1 curso completado
   *[other] { $count } cursos completados
}.
learning-teams-training = La capacitación de sus equipos:
learning-import-title = Importar registros de capacitación
learning-dig-title = Para profundizar
learning-dig-none = La lista Para profundizar todavía no tiene acciones.
learning-dig-blurb = Acciones personales para aprender más y participar más: { $progress }.
learning-principles-title = Los siete principios
learning-checklists-link = Lista de verificación para supervisores y delegados sindicales
learning-checklists-started = ({ $count ->
    [one] 1 iniciada
   *[other] { $count } iniciadas
})
learning-reflection-link = ¿Actúa usted en colaboración? Una reflexión privada
learning-reflection-times = ({ $count ->
    [one] hecha 1 vez
   *[other] hecha { $count } veces
})
learning-read-principles = Leer los principios

# El recorrido.
learning-tour-title = El recorrido de la Hoja de ruta de aprendizaje
learning-tour-crumb = Recorrido
learning-tour-intro = Seis paradas por lo esencial de la colaboración. Lea las páginas de cada parada y luego márquela como completada. Vaya parada por parada: el hub recuerda dónde se quedó.
learning-tour-about = Acerca de la hoja de ruta
learning-tour-start = Comenzar por la primera parada
learning-tour-finished-next = Ha terminado el recorrido. Ahora puede probar un <a href="/learning/courses">curso</a> o las acciones de <a href="/learning/dig-deeper">Para profundizar</a>.
learning-tag-done = Completada
learning-tag-next = Siguiente
learning-not-published = (todavía no publicada)
learning-undo = Deshacer
learning-undo-stop = Deshacer: { $name } todavía no está completada
learning-mark-done = Marcar como completada
learning-mark-done-stop = Marcar como completada: { $name }
tour-agreements-title = Los acuerdos de la colaboración
tour-agreements-summary = De dónde viene la colaboración por escrito: el acuerdo fundador, los acuerdos nacionales que lo renuevan y cómo se relacionan con su propio contrato local.
tour-history-title = Nuestra historia
tour-history-summary = Cinco etapas, desde los años de crecimiento rápido, pasando por tiempos difíciles, hasta la colaboración que tenemos hoy. Conocer la historia ayuda a entender por qué trabajamos así.
tour-compass-title = La Brújula de Valor
tour-compass-summary = Los cuatro puntos que orientan a cada equipo, con el paciente o miembro en el centro: la mejor calidad, el mejor servicio, lo más asequible y el mejor lugar para trabajar.
tour-teams-title = Equipos de unidad
tour-teams-summary = Qué es un equipo, quién lo dirige, de qué puede encargarse y cómo crece nivel por nivel en el Path to Performance.
tour-methods-title = Formas de trabajar
tour-methods-summary = Los métodos que los equipos usan cada semana: probar cambios en ciclos pequeños, resolver problemas teniendo en cuenta los intereses de todos y decidir por consenso.
tour-principles-title = Los siete principios
tour-principles-summary = Lo que los gerentes y los representantes sindicales se deben entre sí y a sus compañeros de trabajo, con los comportamientos diarios que lo demuestran. Termine con una mirada a sí mismo.
tour-page-partnership-agreements = Los acuerdos que respaldan la colaboración
tour-page-national-agreement-and-local-contracts = El acuerdo nacional y los contratos locales
tour-page-founding-partnership-agreement = El Acuerdo de Colaboración fundador
tour-page-our-history = Nuestra historia, etapa por etapa
tour-page-value-compass = La Brújula de Valor
tour-page-what-is-a-unit-based-team = Qué es un equipo de unidad
tour-page-path-to-performance = Path to Performance
tour-page-rapid-improvement-model-and-pdsa = RIM+ y el ciclo PDSA
tour-page-interest-based-problem-solving = Resolución de problemas basada en intereses
tour-page-consensus-decision-making = La toma de decisiones por consenso
tour-page-seven-partnership-principles = Los siete principios de la colaboración
tour-page-do-you-act-in-partnership = ¿Actúa usted en colaboración?
tour-extra-history = La línea de tiempo de la historia, etapa por etapa
tour-extra-methods = Cursos sobre estos métodos
tour-extra-principles = Haga la reflexión en el hub

# Historia.
learning-history-crumb = Historia
learning-history-intro = Las etapas que dieron forma a la organización y a la colaboración, de la más antigua a la más reciente. Cada una lleva a su propia página.
learning-undated = Sin fecha
learning-back-to-tour = Volver al recorrido

# Para profundizar.
learning-dig-intro = Acciones para su propio aprendizaje. Elija las que correspondan a su función y márquelas a medida que las realiza; sus marcas son solo suyas y se guardan.
learning-dig-printable = La versión para imprimir
learning-dig-actions = Acciones
learning-tag-todo = Pendiente
learning-undo-action = Deshacer: { $name }
learning-done = Hecho
learning-done-action = Hecho: { $name }

# Courses. / Cursos.
learning-courses-intro = Cursos sobre la colaboración, agrupados por el nivel de Path to Performance que ayudan a alcanzar. Elija un nivel o su función para acortar la lista.
learning-level = Nivel
learning-level-heading = Nivel { $level }: { $name }
learning-any-level = Cualquier nivel
learning-every-level = Todos los niveles
learning-written-for = Escrito para
learning-everyone = Todos
learning-show-courses = Mostrar cursos
learning-course-total = { $count ->
    [one] 1 curso
   *[other] { $count } cursos
}
learning-courses-no-match = Ningún curso coincide. Pruebe con todos los niveles o con todos los públicos.
learning-for = Para: { $name }
learning-completed = Completado el { $name }
learning-record-completed = Registrarlo como completado

# My training. / Mi capacitación.
learning-training-intro = Los cursos sobre la colaboración que usted ha completado. Sus colíderes también los ven, porque cuentan para el Path to Performance de su equipo.
learning-courses-completed = Cursos completados
learning-training-empty = Todavía no hay nada registrado. Agregue un curso aquí abajo cuando lo haya completado.
learning-courses-you-completed = Cursos que usted completó
learning-course = Curso
learning-completed-on = Completado el
learning-recorded-by = Registrado por
learning-actions = Acciones
learning-by-you = Usted
learning-imported = Importado
learning-imported-by = Importado por { $name }
learning-remove = Quitar
learning-record-title = Registrar un curso completado
learning-nothing-to-record = Todavía no hay cursos publicados, así que no hay nada que registrar.
learning-record-refused = El curso no se registró. Revise los campos marcados abajo.
learning-choose-course = Elija un curso
learning-date-completed = Fecha en que lo completó
learning-date-hint = Hoy o antes, con el formato AAAA-MM-DD.
learning-record-button = Registrar el curso
learning-see-all-courses = Ver todos los cursos

# A team's training. / La capacitación de un equipo.
learning-team-training-crumb = Capacitación
learning-team-training-title = Capacitación en { $name }
learning-team-training-intro = Quién del equipo ha completado cada curso sobre la colaboración. Cada persona registra sus propios cursos; los administradores importan las listas de clase.
learning-team-no-roster = El equipo todavía no tiene a nadie en su lista.
learning-at-a-glance = De un vistazo
learning-team-trained = { $done } de { $total } personas del equipo han completado al menos un curso.
learning-team-co-leads = Colíderes con el taller para colíderes: { $done } de { $total }.
learning-team-members = Miembros con la capacitación para miembros del equipo (orientación, capacitación para miembros del equipo o RIM+): { $done } de { $total }.
learning-team-no-course = Nadie del equipo ha registrado un curso todavía.
learning-team-per-course = Personas que completaron cada curso
learning-people = Personas
learning-roster = Lista del equipo
learning-team-grid-caption = Cursos completados por cada persona del equipo, con la fecha
learning-person = Persona
learning-not-yet = todavía no
learning-date-on = del

# Importing training records. / Importar registros de capacitación.
learning-import-intro = Agregue muchos cursos completados a la vez, por ejemplo desde una hoja de asistencia de una clase.
learning-import-format = Un archivo CSV con una fila de encabezado que nombre las columnas <code>email</code>, <code>course</code> y <code>completed_on</code>, y luego un curso completado por línea. El curso es la última parte de la dirección de la página del curso; la fecha se escribe AAAA-MM-DD y no puede ser futura. Un registro que ya existe se deja como está. Si alguna línea tiene un problema, no se importa nada, a menos que elija omitir las líneas con errores.
learning-import-course-names = Nombres de curso que puede usar
learning-import-pasted = CSV pegado
learning-import-example = Por ejemplo: email,course,completed_on y luego sam@example.org,course-lmp-orientation,2026-02-03
learning-import-file = O un archivo CSV (hasta 512 KB)
learning-import-skip = Importar las líneas correctas y omitir las que tienen errores
learning-import-button = Importar

# Supervisor and steward checklists. / Listas para supervisores y delegados.
learning-checklists-crumb = Listas de verificación de los principios
learning-checklists-title = Listas de verificación para supervisores y delegados sindicales
learning-checklists-intro = Un supervisor y un delegado sindical repasan juntos los siete principios y marcan los comportamientos que ya practican. Los dos pueden marcar y agregar notas, y cada marca muestra quién la hizo. Solo ustedes dos pueden ver la lista.
learning-checklist-start-title = Comenzar una lista
learning-checklist-not-started = La lista no se creó. Revise el campo marcado abajo.
learning-checklist-partner = El correo electrónico de la otra persona
learning-checklist-partner-hint = Si usted es el supervisor, indique a su delegado sindical; si es el delegado, indique a su supervisor.
learning-checklist-start = Comenzar la lista
learning-my-checklists = Mis listas
learning-checklists-none = Todavía no tiene listas. Comience una arriba o pida a su compañero que comience una con usted.
learning-checklists-caption = Listas que completa con otra persona
learning-with = Con
learning-ticked = Marcados
learning-last-change = Último cambio
learning-of = de

# One checklist. / Una lista.
learning-checklist-title = Lista de verificación de los principios
learning-and = y
learning-started-on = comenzada el
learning-checklist-intro = Marquen cada comportamiento que los dos estén de acuerdo en que ya practican; hablen del resto y anoten en qué van a trabajar.
learning-checklist-admin = Usted está viendo esta lista como administrador. Solo las dos personas pueden marcar comportamientos y escribir notas.
learning-behaviours-ticked = Comportamientos marcados
learning-note-refused = La nota no se agregó. Revise los campos marcados abajo.
learning-tag-ticked = Marcado
learning-tag-not-yet = Todavía no
learning-ticked-by = Marcado por { $name }
learning-ticked-on = el
learning-untick = Desmarcar
learning-untick-item = Desmarcar: { $name }
learning-tick = Marcar
learning-tick-item = Marcar: { $name }
learning-notes = Notas
learning-notes-whole = Notas sobre la lista en general
learning-no-notes = Todavía no hay notas.
learning-add-note-title = Agregar una nota
learning-note-about = Sobre
learning-note-whole = La lista en general
learning-note = Nota
learning-add-note = Agregar la nota

# The private reflection. / La reflexión privada.
learning-reflection-crumb = Reflexión
learning-reflection-title = ¿Actúa usted en colaboración?
learning-reflection-intro = Siete afirmaciones, una por cada principio. En cada una, pregúntese con sinceridad si se cumple en usted siempre, a veces o nunca.
learning-reflection-private = Solo para usted.
learning-reflection-private-text = Nadie más ve sus respuestas: ni sus colíderes, ni sus líderes, ni los administradores. Los grupos solo ven totales, y solo cuando han respondido al menos cinco personas.
learning-reflection-refused = Su reflexión no se guardó: responda todas las afirmaciones. Las que faltan están marcadas abajo.
learning-principle-is = Principio: { $name }
learning-reflection-save = Guardar mi reflexión
learning-reflection-trend = Sus reflexiones a lo largo del tiempo
learning-reflection-none = Todavía no ha guardado una reflexión. Vuelva cada pocos meses para ver cómo cambia.
learning-reflection-score = Cada vez que guarda, el hub conserva una copia con fecha, para que pueda ver cómo cambian sus respuestas. La puntuación cuenta 2 por siempre, 1 por a veces y 0 por nunca, sobre 14.
learning-reflection-figure = Su puntuación en cada reflexión; la tabla contiene las mismas respuestas.
learning-reflection-last = { $count ->
    [one] Su última reflexión
   *[other] Sus últimas { $count } reflexiones, de la más antigua a la más reciente
}
learning-date = Fecha
learning-score = Puntuación
learning-totals-title = Totales que puede ver
learning-totals-intro = Totales anónimos de la reflexión más reciente de cada persona, que se muestran cuando han respondido al menos cinco personas.
learning-principles-explained = Los siete principios explicados
answer-always = Siempre
answer-sometimes = A veces
answer-never = Nunca

# Reflection totals. / Totales de las reflexiones.
learning-totals = Totales
learning-summary-title = Reflexiones en total: { $name }
learning-summary-intro = Cómo respondieron las personas a “¿Actúa usted en colaboración?”, contando una sola vez la reflexión más reciente de cada una. No se muestran las respuestas de nadie en particular.
learning-summary-people = { $count ->
    [one] Respuestas de 1 persona
   *[other] Respuestas de { $count } personas
}
learning-principle = Principio
