# Los equipos, su carta constitutiva y su lista de integrantes, las personas, las páginas de Path to Performance y las reuniones con los patrocinadores.

## El directorio de equipos
team-directory-title = Directorio de equipos
team-filter-label = Filtrar equipos
team-name-contains = El nombre contiene
team-region = Región
team-all-regions = Todas las regiones
team-facility = Centro
team-all-facilities = Todos los centros
team-department = Departamento
team-all-departments = Todos los departamentos
team-choose-facility-first = Primero elija un centro
team-union-local = Local sindical
team-any-local = Cualquier local
team-filter = Filtrar
team-clear = Borrar
team-no-match = Ningún equipo coincide con estos filtros. Pruebe con un nombre más corto o quite un filtro.
team-teams = Equipos
team-team = Equipo
team-people = Personas

## Un equipo
team-level = Nivel { $count }
team-still-to-do = Lo que falta para el nivel { $count }:
team-criteria-count = { $count ->
    [one] { $count } criterio
   *[other] { $count } criterios
}
team-link-p2p = El próximo paso, la historia y la autoevaluación de este mes
team-link-projects = Trabajo de mejora: ideas, proyectos, ciclos PDSA
team-link-meetings = Reuniones y decisiones
team-link-ibps = Resolución de problemas
team-link-huddle = Tablero de huddle
team-link-training = Capacitación de los integrantes
team-charter = Carta constitutiva
team-purpose = Propósito
team-meeting-cadence = Frecuencia de las reuniones
team-ground-rules = Reglas básicas
team-decision-rules = Cómo decidimos
team-quorum = Quórum
team-not-written = Todavía no está escrito.
team-not-set = No está definido.
team-quorum-people = { $count ->
    [one] { $count } persona
   *[other] { $count } personas
}
team-edit-charter = Editar la carta constitutiva
team-roster = Integrantes
team-roster-count = ({ $count ->
    [one] { $count } persona
   *[other] { $count } personas
})
team-remove = Quitar
team-remove-label = Quitar a { $name } como { $role }
team-roster-empty = Todavía no hay nadie en la lista de este equipo.
team-add-title = Agregar a alguien a la lista
team-add-not-added = No se agregó a la persona. Revise los campos marcados abajo.
team-their-email = Su correo electrónico
team-not-sure = ¿No está seguro?
team-look-up = Búsquelo en Personas
team-role = Función
team-choose-role = Elija una función…
team-add-button = Agregar a la lista
team-flash-added = Se agregó a la lista.
team-flash-removed = Se quitó de la lista.
team-flash-charter = Se guardó la carta constitutiva.

## Funciones en la lista
team-group-co-leads = Colíderes
team-group-sponsors = Patrocinadores
team-group-safety-champions = Promotores de salud y seguridad
team-group-stewards = Delegados sindicales
team-group-consultants = Consultores de UBT
team-group-members = Integrantes

## El formulario de la carta constitutiva
team-charter-title = Carta constitutiva de { $name }
team-charter-heading = Editar la carta constitutiva de { $name }
team-charter-not-saved = No se guardó la carta constitutiva. Revise los campos marcados abajo.
team-charter-save = Guardar la carta constitutiva
team-cancel = Cancelar
team-field-description = Descripción breve
team-field-quorum = Quórum (personas necesarias para decidir)

## Personas
people-title = Personas
people-find-label = Buscar personas
people-name-or-email = El nombre o el correo contiene
people-find = Buscar
people-no-match = Nadie coincide con “{ $name }”. Pruebe con parte de un nombre o con un correo electrónico.
people-name = Nombre
people-side = Parte
people-job-title = Puesto
people-email = Correo electrónico
people-union-local = Local sindical
people-facility = Centro
people-status = Estado
people-inactive = Ya no está activo
people-teams = Equipos
people-no-team = No está en la lista de ningún equipo.
people-administer = Administrar a esta persona

## Path to Performance
p2p-name = Path to Performance
p2p-page-title = Path to Performance · { $name }
p2p-standing = Dónde está el equipo
p2p-approved-from = Según la evaluación de { $month }, aprobada por los patrocinadores y medida con los criterios de { $year }.
p2p-rated-then = Al aprobarse tenía el nivel { $count }; los criterios han cambiado desde entonces.
p2p-none-approved = Todavía no se ha aprobado ninguna autoevaluación.
p2p-month-self-assessment = Autoevaluación de { $name }
p2p-status = Estado:
p2p-open-month = Abrir la evaluación de { $name }
p2p-not-started = No se ha empezado.
p2p-co-lead-can-start = Como colíder, usted puede empezarla; comienza con las respuestas del mes pasado para que las revise.
p2p-start-month = Empezar la autoevaluación de { $name }
p2p-missing-for = Lo que falta para el nivel { $count }
p2p-highest = El equipo tiene el nivel más alto
p2p-nothing-missing = No falta nada.
p2p-level-lower = (nivel { $count })
p2p-history = El nivel a lo largo del tiempo
p2p-history-caption = Autoevaluaciones aprobadas; la tabla de abajo tiene los mismos datos.
p2p-no-history = Todavía no hay historia.
p2p-approved-assessments = Evaluaciones aprobadas
p2p-month = Mes
p2p-level-heading = Nivel
p2p-approved = Aprobada
p2p-log-link = Quién marcó qué, y cuándo
p2p-check-ins-link = Reuniones con los patrocinadores

## La autoevaluación de un mes
p2p-assessment-heading = Autoevaluación de { $name }
p2p-criteria-of = criterios del acuerdo { $name }
p2p-approved-at = aprobada en el nivel { $count }
p2p-not-saved = No se guardó nada.
p2p-sponsor-decisions = Decisiones de los patrocinadores
p2p-your-decision = Su decisión como patrocinador
p2p-decision-comment = Comentario (necesario si la devuelve)
p2p-approve = Aprobar
p2p-return = Devolver a los colíderes
p2p-grid-caption = Criterios por dimensión (filas) y nivel (columnas).
p2p-grid-tick = Marque lo que el equipo ha completado.
p2p-dimension = Dimensión
p2p-evidence-found = Evidencia encontrada: { $name }.
p2p-tick-to-confirm = Marque la casilla para confirmarla.
p2p-comment-or-link = Comentario o enlace a la evidencia
p2p-comment = Comentario
p2p-evidence-link = Enlace a la evidencia
p2p-evidence = Evidencia
p2p-would-hold-before = Con estas respuestas el equipo tendría el
p2p-would-hold-level = nivel { $count }
p2p-save = Guardar
p2p-save-and-send = Guardar y enviar a los patrocinadores

## El registro de respuestas
p2p-log-heading = Quién marcó qué
p2p-log-title = Registro de P2P · { $name }
p2p-log-empty = Todavía no ha cambiado ninguna respuesta.
p2p-log-caption = Cada cambio a una respuesta, del más reciente al más antiguo
p2p-when = Cuándo
p2p-who = Quién
p2p-criterion = Criterio
p2p-answer = Respuesta

## Reuniones con los patrocinadores
p2p-check-ins-title = Reuniones · { $name }
p2p-check-ins-heading = Reuniones con los patrocinadores
p2p-check-ins-intro = Los patrocinadores y los colíderes hablan al menos una vez al mes; registrar aquí cada conversación es la evidencia del equipo.
p2p-log-check-in = Registrar una reunión
p2p-check-in-not-logged = No se registró la reunión. Revise los campos marcados abajo.
p2p-date = Fecha
p2p-sponsor = Patrocinador
p2p-choose = Elija…
p2p-talked-about = De qué hablaron
p2p-log-check-in-button = Registrar la reunión
p2p-logged-check-ins = Reuniones registradas
p2p-no-check-ins = Todavía no se ha registrado ninguna reunión.

## El resumen
p2p-rollup-title = Resumen de Path to Performance
p2p-rollup-choose = Elija qué resumir
p2p-quarter = Trimestre
p2p-show = Mostrar
p2p-download-csv = Descargar CSV
p2p-levels = Equipos en cada nivel
p2p-levels-caption = Equipos por nivel
p2p-share = Porcentaje
p2p-matrix-caption = Filas: nivel del trimestre pasado. Columnas: nivel de este trimestre. Celdas: número de equipos.
p2p-last-quarter = Trimestre pasado
p2p-in-the-way = Lo que más a menudo impide avanzar
p2p-in-the-way-empty = A ningún equipo evaluado le falta nada para su siguiente nivel.
p2p-in-the-way-caption = Criterios que más a menudo faltan para el siguiente nivel
p2p-stale-empty = Todos los equipos tienen una evaluación aprobada de los últimos 90 días.
p2p-stale-caption = Equipos a los que hay que dar seguimiento
p2p-last-approved = Última aprobada
p2p-rollup-summary = { $scope }, { $quarter }: { $teams ->
    [one] { $teams } equipo
   *[other] { $teams } equipos
}; { $up } subieron y { $down } bajaron desde { $previous }.
p2p-levels-figcaption = Equipos por nivel en { $name }; los mismos números están en la tabla.
p2p-moves = De { $previous } a { $quarter }
p2p-stale = Sin evaluación aprobada en 90 días ({ $count })
p2p-flash-approved = Aprobada. Se actualizó el nivel del equipo.
p2p-flash-returned = Se devolvió a los colíderes con su comentario.
p2p-flash-saved = Guardado.
p2p-flash-submitted = Se envió a los patrocinadores para su aprobación.
p2p-flash-check-in = Se registró la reunión.
p2p-decision-approved = la aprobó
p2p-decision-returned = la devolvió
p2p-status-draft = borrador
p2p-status-submitted = enviada
p2p-status-approved = aprobada
p2p-status-returned = devuelta
p2p-status-unknown = desconocido
p2p-completed = completado
p2p-not-completed = no completado
p2p-log-evidence = { " " }(evidencia: { $name })
p2p-scope-national = Toda la organización
p2p-scope-local = Integrantes de { $name }
p2p-scope-sponsor = Equipos que patrocino

## La lista de integrantes y la carta constitutiva de un equipo: lo que se rechaza y por qué
team-error-choose-role = Elija un rol de la lista.
team-error-no-email = Nadie en el hub tiene el correo electrónico { $email }.
team-error-no-person-id = No hay ninguna persona con el id { $id }.
team-error-inactive = { $name } ya no está activo.
team-error-role-held = { $name } ya tiene el rol de { $role ->
        [co_lead_management] colíder de la gerencia
        [co_lead_labor] colíder sindical
        [co_lead_physician] colíder médico
        [sponsor_management] patrocinador de la gerencia
        [sponsor_labor] patrocinador sindical
        [sponsor_physician] patrocinador médico
        [safety_champion] promotor de salud y seguridad
        [steward] delegado sindical
        [consultant] consultor de UBT
       *[member] integrante
    } en este equipo.
team-refuse-no-entry = Este equipo no tiene esa entrada en su lista de integrantes.
# La API pide confirm=true; { $reason } es uno de confirm-last-co-lead-….
team-refuse-last-co-lead = { $reason } Envíe confirm=true para quitarlo de todos modos.
team-refuse-page = page debe ser un número entero del 1 al 1000000.
team-refuse-per-page = per_page debe ser un número entero del 1 al { $max }.
team-charter-field-description = Descripción
team-charter-field-purpose = Propósito
team-charter-field-meeting-cadence = Frecuencia de las reuniones
team-charter-field-ground-rules = Reglas básicas
team-charter-field-decision-rules = Cómo decide el equipo
team-error-quorum = El quórum debe ser un número entero de personas entre 0 y 500.

## Path to Performance: nombres, y lo que se rechaza y por qué
p2p-dimension-sponsorship = Patrocinio
p2p-dimension-leadership = Liderazgo
p2p-dimension-training = Capacitación
p2p-dimension-team-process = Proceso del equipo
p2p-dimension-engagement = Participación de los integrantes del equipo
p2p-dimension-tools = Uso de herramientas
p2p-dimension-goals = Metas y desempeño
p2p-level-name-1 = Clima previo al equipo
p2p-level-name-2 = Fundamentos
p2p-level-name-3 = Transición
p2p-level-name-4 = Operativo
p2p-level-name-5 = Alto desempeño
p2p-level-name-none = Aún no alcanza el nivel 1
p2p-bucket-not-rated = Sin calificar
p2p-bucket-below-one = Por debajo del nivel 1
p2p-never = nunca
p2p-chart-levels = Nivel de { $name } en cada autoevaluación aprobada
p2p-chart-rollup = Equipos por nivel, { $quarter }
p2p-act-roster = Actualizar la lista de integrantes
p2p-act-charter = Redactar la carta constitutiva
p2p-act-check-in = Registrar una reunión con los patrocinadores
p2p-act-pdsa = Hacer un ciclo PDSA en un proyecto
p2p-act-practice = Buscar una práctica que adoptar
p2p-flash-waiting = Su aprobación quedó registrada; aún falta que aprueben los patrocinadores del otro lado.
p2p-field-notes = Notas
p2p-field-year-name = Nombre
p2p-field-wording = Redacción
p2p-error-date-form = Escriba la fecha como AAAA-MM-DD.
p2p-error-check-in-future = Una reunión con los patrocinadores no puede estar en el futuro.
p2p-error-choose-sponsor = Elija a uno de los patrocinadores del equipo.
p2p-error-future-month = Una autoevaluación no puede ser de un mes que aún no ha empezado.
p2p-error-not-criterion = El criterio { $id } no forma parte de los criterios de { $year }.
p2p-error-comment-long = Escriba un comentario de menos de 1000 caracteres.
p2p-error-evidence-link = Un enlace de evidencia empieza por https://, http:// o / (una página del hub).
p2p-error-return-comment = Indique qué deben revisar de nuevo los colíderes.
p2p-error-decision-comment-long = Escriba un comentario de menos de 2000 caracteres.
p2p-refuse-bad-month = «{ $code }» no es un mes (use AAAA-MM).
p2p-refuse-bad-scope = «{ $code }» no es un alcance.
p2p-refuse-bad-quarter = «{ $code }» no es un trimestre (use 2026-Q4).
p2p-refuse-no-such-year = No existe ese año del acuerdo.
p2p-refuse-no-year-named = Ningún año del acuerdo se llama { $name }.
p2p-refuse-api-decision = decision debe ser approve o return, no «{ $value }».
p2p-refuse-fill-in = Solo los colíderes del equipo completan y envían su autoevaluación.
p2p-refuse-locked = La autoevaluación de { $month } está { $status ->
        [draft] en borrador
        [submitted] enviada
        [approved] aprobada
        [returned] devuelta
       *[other] en estado «{ $status }»
    }; ya no se puede cambiar.
p2p-refuse-sign-off = Solo los patrocinadores del equipo aprueban su autoevaluación.
p2p-refuse-not-submitted = Esta autoevaluación está { $status ->
        [draft] en borrador
        [submitted] enviada
        [approved] aprobada
        [returned] devuelta
       *[other] en estado «{ $status }»
    }, no pendiente de aprobación.
p2p-refuse-rollups = Los resúmenes son para líderes, consultores, administradores y patrocinadores (de los equipos que patrocinan).
