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

## Problemas y rechazos que nombran las páginas de aprendizaje (lmp_domain::learning, pages/learning.rs)
learning-error-course-missing = Elija el curso que completó.
learning-error-course-unknown = Elija un curso de la lista.
learning-error-already-recorded = Ya registró este curso en esa fecha.
learning-error-date-missing = Indique la fecha en que completó el curso.
learning-error-date-form = «{ $date }» no es una fecha: escríbala como AAAA-MM-DD, por ejemplo 2026-03-14.
learning-error-date-future = { $date } es una fecha futura: registre el curso cuando lo haya completado.
learning-error-date-too-old = { $date } es una fecha demasiado antigua para ser correcta.
learning-error-partner-self = Indique a la otra persona: la lista la completan dos personas juntas.
learning-error-partner-sides = La lista es para un supervisor y un delegado sindical: uno de ustedes del lado de la gerencia y el otro del lado sindical. Usted { $you ->
        [management] es del lado de la gerencia
        [labor] es del lado sindical
       *[physician] es médico
    } y la otra persona { $them ->
        [management] es del lado de la gerencia
        [labor] es del lado sindical
       *[physician] es médico
    }.
learning-error-no-partner = Nadie en el hub tiene ese correo electrónico. Compruébelo con la otra persona.
learning-error-note-principle = Elija uno de los siete principios o la lista en general.
learning-field-note = Nota
learning-error-answer = Elija siempre, a veces o nunca para el principio { $number }.
learning-not-enough-answers = No hay suficientes respuestas para mostrarlas sin identificar a nadie. Los totales aparecen cuando al menos cinco personas distintas han hecho la reflexión.
learning-refuse-done-flag = Indique si está completado (1) o no (0).
learning-refuse-no-checklist = No existe esa lista de verificación.
learning-refuse-checklist-private = Una lista de verificación de los principios solo la ven las dos personas que la completan.
learning-refuse-checklist-work = Solo las dos personas que completan la lista pueden marcarla o agregar notas.
learning-notice-bad-level = «{ $value }» no es un nivel (del 1 al 5), así que se muestran los cursos de todos los niveles.
learning-notice-bad-audience = «{ $value }» no es uno de los públicos, así que se muestran los cursos para todos.
learning-flash-recorded = El curso quedó registrado.
learning-flash-removed = El registro se quitó.
learning-flash-reflection-saved = Su reflexión se guardó. Solo usted puede verla.
learning-region-fallback = Región { $id }
learning-facility-fallback = Centro { $id }
learning-trend-label = Su puntuación en { $count } reflexiones, de { $first } a { $last } sobre 14

## Importar registros de capacitación: el resultado y los problemas de cada línea con errores
learning-import-done = Importación hecha: { $added ->
        [one] 1 registro agregado
       *[other] { $added } registros agregados
    }{ $already ->
        [0] {""}
        [one] , 1 ya estaba registrado
       *[other] , { $already } ya estaban registrados
    }{ $skipped ->
        [0] {""}
        [one] , 1 línea con errores omitida
       *[other] , { $skipped } líneas con errores omitidas
    }.
learning-import-nothing = No hay registros que importar: pegue la tabla o elija un archivo.
learning-import-all-bad = No se importó nada: { $count ->
        [one] 1 línea necesita revisión
       *[other] { $count } líneas necesitan revisión
    } y no hay ninguna línea correcta que importar.
learning-import-some-bad = No se importó nada: { $count ->
        [one] 1 línea necesita revisión
       *[other] { $count } líneas necesitan revisión
    }. Corríjalas o marque «Importar las líneas correctas y omitir las que tienen errores».
# "Línea 4: falta el curso; 2099-01-01 es una fecha futura: …." ($problems: los problemas de la línea, unidos por "; ")
learning-import-line = Línea { $line }: { $problems }.
learning-line-empty-file = el archivo está vacío: la primera línea debe ser email,course,completed_on
learning-line-unreadable = la línea no se puede leer (revise sus comillas)
learning-line-bad-header = la primera línea debe nombrar las columnas email, course y completed_on
learning-line-no-email = falta el correo electrónico
learning-line-bad-email = «{ $email }» no es una dirección de correo electrónico
learning-line-no-course = falta el curso
learning-line-date-missing = indique la fecha en que se completó el curso
learning-line-date-form = «{ $date }» no es una fecha: escríbala como AAAA-MM-DD, por ejemplo 2026-03-14
learning-line-date-future = { $date } es una fecha futura: registre el curso cuando se haya completado
learning-line-date-too-old = { $date } es una fecha demasiado antigua para ser correcta
learning-line-repeat = el mismo registro ya está en la línea { $line }
learning-line-unknown-person = nadie en el hub tiene el correo electrónico { $email }
learning-line-unknown-course = «{ $course }» no es un curso (use el nombre de la dirección del curso, por ejemplo course-lmp-orientation)

## Los siete principios: título, resumen, los comportamientos de la lista («nosotros…») y la afirmación de la reflexión («yo…»)
learning-principle-1-title = El éxito del departamento es tarea de ambos
learning-principle-1-summary = Los gerentes y los representantes sindicales responden juntos de cómo le va al departamento.
learning-principle-1-behaviour-1 = Hemos acordado las metas y los indicadores que muestran cómo va el departamento.
learning-principle-1-behaviour-2 = Cada compañero conoce las metas, lo que significan para su propio trabajo y cómo vamos hoy.
learning-principle-1-behaviour-3 = Trabajamos codo con codo para que este sea un lugar de trabajo satisfactorio.
learning-principle-1-reflection = Trato el éxito del departamento como algo de lo que soy responsable junto con mi compañero de colaboración.
learning-principle-2-title = El éxito de los sindicatos también es tarea de ambos
learning-principle-2-summary = A los gerentes y a los representantes sindicales les importa por igual la fortaleza de los sindicatos.
learning-principle-2-behaviour-1 = Tenemos en cuenta los intereses de los sindicatos en la forma de dirigir la unidad.
learning-principle-2-behaviour-2 = Los dos conocemos el contrato y lo aplicamos con cuidado en esta unidad.
learning-principle-2-behaviour-3 = Nos damos cuenta cuando un asunto puede tocar los acuerdos nacionales y requerir negociación.
learning-principle-2-reflection = Ayudo a que el sindicato tenga éxito, y lo demuestro respetando lo que hacen los delegados sindicales y la función que cumplen.
learning-principle-3-title = Los compañeros tienen más voz
learning-principle-3-summary = Los dos socios se aseguran de que los empleados participen más en cómo funciona el lugar de trabajo.
learning-principle-3-behaviour-1 = Las personas nuevas aprenden cómo nació la colaboración y cuál es nuestra misión.
learning-principle-3-behaviour-2 = Se invita a las personas a opinar sobre cómo se hace el trabajo y cómo podría mejorar.
learning-principle-3-behaviour-3 = El personal participa en la solución de problemas y aprende la resolución de problemas basada en intereses.
learning-principle-3-behaviour-4 = El equipo entiende el presupuesto y participa en el proceso de presupuesto del departamento.
learning-principle-3-behaviour-5 = Los miembros del equipo participan en las decisiones del equipo y en su trabajo de mejora.
learning-principle-3-reflection = Me aseguro de que las personas que dirijo participen de verdad en la toma de decisiones que funcionan.
learning-principle-4-title = Ambas partes respaldan la colaboración
learning-principle-4-summary = Las dos partes responden juntas de respaldar la colaboración y hacer que funcione.
learning-principle-4-behaviour-1 = Contamos historias de éxito de la colaboración en las reuniones de personal y en otros lugares.
learning-principle-4-behaviour-2 = Participamos en actividades de la colaboración, ferias, conferencias y reuniones de equipo.
learning-principle-4-behaviour-3 = Organizamos reemplazos para que las personas puedan ir a capacitaciones, reuniones y trabajo de comités.
learning-principle-4-behaviour-4 = Damos el ejemplo: primero los intereses, decisiones por consenso y una cultura en la que las personas hablan con libertad.
learning-principle-4-behaviour-5 = Tenemos reglas básicas para pedirnos cuentas mutuamente sobre cómo actuamos en colaboración, y las usamos.
learning-principle-4-reflection = Respondo, junto con mi compañero de colaboración, de respaldar la colaboración y hacerla realidad.
learning-principle-5-title = La capacitación es un deber compartido
learning-principle-5-summary = Los dos socios se aseguran de que las personas reciban la capacitación que necesitan.
learning-principle-5-behaviour-1 = Los dos nos hemos capacitado en habilidades de colaboración, incluida la resolución de asuntos.
learning-principle-5-behaviour-2 = Cada uno ha hecho el curso de colaboración para líderes de su propio lado.
learning-principle-5-behaviour-3 = El delegado sindical recibe el apoyo que necesita para ayudar con la capacitación.
learning-principle-5-behaviour-4 = El personal que trabaja en mejoras recibe la capacitación, la facilitación y el respaldo que necesita.
learning-principle-5-reflection = Me aseguro, junto con mi compañero de colaboración, de que las personas que dirijo reciban la capacitación en colaboración que necesitan, y las apoyo en ella.
learning-principle-6-title = Las relaciones laborales en la unidad son tarea de ambos
learning-principle-6-summary = Mantener sanas las relaciones entre el sindicato y la gerencia en la unidad es tarea de los dos socios.
learning-principle-6-behaviour-1 = Tratamos las inquietudes a partir de los intereses y las resolvemos en la unidad antes de que se conviertan en quejas formales.
learning-principle-6-behaviour-2 = Cuando un proceso falla una y otra vez, usamos métodos de mejora para encontrar y corregir la causa de fondo.
learning-principle-6-reflection = Ayudo a mantener sanas las relaciones entre el sindicato y la gerencia donde eso forma parte de mi función, ya sea en una unidad, un centro o un área de servicio.
learning-principle-7-title = Juntos por una excelente experiencia de atención
learning-principle-7-summary = El gerente y el representante sindical trabajan como uno solo para que los pacientes y los miembros reciban una atención excelente.
learning-principle-7-behaviour-1 = El equipo sabe cómo es una buena atención y cómo se mide.
learning-principle-7-behaviour-2 = El personal ayuda a escoger los indicadores de calidad de la unidad y les da seguimiento.
learning-principle-7-behaviour-3 = Aquí se habla abiertamente de la calidad, y la seguimos mejorando.
learning-principle-7-behaviour-4 = Trabajamos juntos para que el lugar de trabajo sea seguro.
learning-principle-7-reflection = Mi par de la gerencia o del sindicato y yo trabajamos juntos para que las personas que dirigimos den a los pacientes una experiencia de atención excelente.
