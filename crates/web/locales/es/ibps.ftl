# Resolución de problemas basada en intereses: la lista de problemas de un equipo y el espacio de trabajo de cinco pasos.
ibps-title = Resolución de problemas
ibps-title-of = Resolución de problemas · { $name }
ibps-heading = Resolvamos problemas juntos
ibps-lead = La resolución de problemas basada en intereses parte de lo que cada lado necesita, no de la posición con la que llega: cinco pasos desde una pregunta compartida hasta un plan con responsables y fechas.
ibps-empty = Todavía no se está trabajando en ningún problema.
ibps-col-problem = Problema
ibps-col-where = En qué paso va
ibps-col-changed = Último cambio
ibps-step-line = Paso { $number }: { $text }
ibps-start-title = Empiece por el problema
ibps-start-intro = Escríbalo como una pregunta que abra opciones: “¿Cómo podríamos…?”; no una pregunta de sí o no, ni una solución, ni con culpables.
ibps-problem-label = El problema
ibps-scope-legend = Revisión del alcance: ¿de qué se trata?
ibps-take-to = Llévelo a:
ibps-start-button = Empezar
ibps-topic-missing = Indique de qué se trata el problema, para que el equipo sepa que le corresponde resolverlo.
ibps-topic-outside = Este problema no le corresponde resolverlo al equipo: vea abajo a dónde llevarlo.

## Los cinco pasos
ibps-steps-nav = Los cinco pasos
ibps-step-problem = Definir el problema
ibps-step-interests = Compartir intereses
ibps-step-options = Reunir opciones
ibps-step-selection = Elegir una solución
ibps-step-plan = Planificar las acciones
ibps-purpose-problem = Pónganse de acuerdo en una sola pregunta que empiece con “¿Cómo podríamos…?”, sin una respuesta ni culpables de antemano.
ibps-purpose-interests = Cada parte dice lo que necesita y lo que le preocupa; luego marquen lo que tienen en común.
ibps-purpose-options = Reúnan tantas opciones como puedan: una lluvia de ideas, lo que funciona en otros lugares, la opinión de expertos, un primer borrador.
ibps-purpose-selection = Descarten lo que no funcionará, acuerden los criterios que debe cumplir una buena solución, califiquen el resto con esos criterios y decidan.
ibps-purpose-plan = Anoten cada acción, quién es responsable de ella y para cuándo.

## Paso 1
ibps-h-problem = 1. El problema
ibps-reword = Reformular la pregunta
ibps-reword-label = El problema como pregunta “¿Cómo podríamos…?”
ibps-reword-button = Guardar la pregunta

## Paso 2
ibps-h-interests = 2. Intereses
ibps-interests-intro = Lo que cada parte necesita de una solución: las preocupaciones detrás de sus posiciones. Marque las que las partes comparten.
ibps-shared-tag = Compartido por las partes
ibps-not-shared = No compartido
ibps-not-shared-aria = No compartido: “{ $name }”
ibps-shared = Compartido
ibps-shared-aria = Compartido: “{ $name }”
ibps-interests-empty = Todavía no se ha anotado ningún interés.
ibps-whose = De quién es el interés
ibps-interest-label = El interés o la preocupación
ibps-interest-button = Agregar el interés
ibps-party-management = La gerencia
ibps-party-labor = El sindicato
ibps-party-physician = Los médicos
ibps-party-other = Otras personas afectadas

## Paso 3
ibps-h-options = 3. Opciones
ibps-options-intro = Todas las opciones que se le ocurran al equipo: de una lluvia de ideas, de una práctica que funcionó en otro lugar, de personas que conocen el tema o de un primer borrador. Júzguenlas después.
ibps-options-empty = Todavía no hay opciones.
ibps-option-label = Una opción
ibps-source-label = De dónde salió
ibps-option-button = Agregar la opción
ibps-source-brainstorm = Nuestra lluvia de ideas
ibps-source-best_practice = Lo que funciona en otros lugares
ibps-source-expert_panel = Personas expertas
ibps-source-straw_design = Un primer borrador

## Paso 4
ibps-h-selection = 4. Selección
ibps-selection-intro = Acuerden los criterios que debe cumplir una buena solución, descarten las opciones que no pueden funcionar, califiquen las demás del 1 (poco) al 5 (totalmente) con cada criterio y luego decidan por consenso.
ibps-standards = Criterios
ibps-standards-empty = Todavía no se ha acordado ningún criterio.
ibps-standard-label = Un criterio (por ejemplo, “no cuesta nada extra”)
ibps-standard-button = Agregar el criterio
ibps-scores-caption = Calificaciones del 1 al 5 y la clasificación
ibps-col-option = Opción
ibps-col-total = Total
ibps-col-rank = Puesto
ibps-col-status = Estado
ibps-score-of = Calificación de { $name } según el criterio { $count }
ibps-not-all-scored = todavía faltan criterios por calificar.
ibps-save-scores = Guardar las calificaciones
ibps-screen-title = Descartar, preseleccionar y elegir
ibps-shortlist = Preseleccionar
ibps-shortlist-aria = Preseleccionar: “{ $name }”
ibps-chosen = Elegida
ibps-chosen-aria = Elegida: “{ $name }”
ibps-set-aside = Descartar
ibps-set-aside-aria = Descartar: “{ $name }”
ibps-bring-back = Recuperar
ibps-bring-back-aria = Recuperar: “{ $name }”
ibps-status-listed = En la lista
ibps-status-screened_out = Descartada
ibps-status-shortlisted = Preseleccionada
ibps-status-chosen = Elegida
ibps-decide-label = Decidir por consenso la opción mejor clasificada en
ibps-decide-between = Una ronda entre reuniones
ibps-decide-button = Presentarla al equipo
ibps-decision-round = Ronda de decisión:
ibps-decision-round-link = vea la postura del equipo

## Paso 5
ibps-h-plan = 5. Plan de acción
ibps-actions-empty = Todavía no hay acciones.
ibps-col-action = Acción
ibps-col-owner = Responsable
ibps-col-due = Fecha límite
ibps-col-task = Tarea
ibps-task-created = Tarea creada
ibps-task-not-yet = Todavía no
ibps-what-label = Qué se hará
ibps-owner-label = Quién es responsable
ibps-choose-someone = Elija a alguien
ibps-due-label = Para cuándo
ibps-action-button = Agregar la acción
ibps-make-tasks = Convertir el plan en tareas
ibps-project-link = El proyecto de mejora que salió de aquí
ibps-make-project = Empezar un proyecto de mejora con la opción elegida

## Avanzar
ibps-next = Siguiente: { $name }
ibps-finishing = Para terminar
ibps-next-ready = Ya está todo lo que necesita el siguiente paso.
ibps-plan-complete = El plan está completo.
ibps-move-to = Pasar al paso { $number }: { $name }

## Lo que le falta a un paso
ibps-missing-problem = Escriba el problema como una pregunta “¿Cómo podríamos…?”.
ibps-missing-two-parties = Anote los intereses de al menos dos partes, para que se escuche a todos los lados.
ibps-missing-common-interest = Marque al menos un interés que las partes tengan en común.
ibps-missing-two-options = Anote al menos dos opciones, para tener entre qué elegir.
ibps-missing-standard = Acuerden al menos un criterio que deba cumplir una buena solución; las opciones se califican con él.
ibps-missing-scores = Califique cada opción que sigue en pie con cada criterio ({ $count ->
    [one] falta 1 calificación
   *[other] faltan { $count } calificaciones
    }).
ibps-missing-chosen-option = Marque la opción u opciones que decidió el equipo.
ibps-missing-action = Agregue al menos una acción al plan.
ibps-missing-action-details = Dé a cada acción un responsable y una fecha límite ({ $count ->
    [one] a 1 acción le falta
   *[other] a { $count } acciones les falta
    }).

## Consejos sobre la pregunta
ibps-warn-how-might-we = Pruebe a empezar con “¿Cómo podríamos…?”: invita a todos a aportar ideas.
ibps-warn-yes-no = Una pregunta que empieza con “{ $word }” se contesta con sí o no, y eso divide al grupo. Pregunte mejor “¿Cómo podríamos…?”.
ibps-warn-solution = “{ $phrase }” parece una solución. Describa aquí el problema y guarde las ideas para el paso 3.
ibps-warn-blame = “{ $phrase }” señala a personas. Describa lo que pasa, no a quién culpar.
ibps-warn-too-broad = Con { $count } palabras, puede que sea más de un problema. Quédese con uno sobre el que se pueda actuar.

## Negativas
ibps-only-roster = Solo las personas que están en la lista del equipo pueden aportar a su resolución de problemas.
ibps-choose-step = Elija uno de los cinco pasos.
ibps-step-not-yet = El paso { $number } todavía no puede empezar. { $missing }
ibps-say-whose = Indique de quién es el interés.
ibps-no-interest = Ese interés no existe en este espacio de trabajo.
ibps-no-option = Esa opción no existe en este espacio de trabajo.
ibps-choose-option-status = Elija qué pasa con la opción.
ibps-score-first = Primero anote y califique las opciones.
ibps-meeting-not-ended = Elija una reunión de este equipo que no haya terminado.
ibps-plan-not-ready = El plan todavía no puede convertirse en tareas. { $missing }
ibps-mark-chosen = Marque la opción elegida antes de empezar un proyecto con ella.

## Problems the rules name, and text written once from the workspace
ibps-field-interest = Interés
ibps-field-action = Acción
ibps-field-problem = Pregunta del problema
ibps-field-option = Opción
ibps-field-standard = Criterio
ibps-field-background = Problema
ibps-action-owner-missing = Indique quién es responsable de esta acción.
ibps-action-due-missing = Indique la fecha límite de esta acción.
ibps-action-due-form = Escriba la fecha como AAAA-MM-DD.
ibps-score-range = Califique de { $min } (no cumple el criterio) a { $max } (lo cumple del todo).
ibps-then = { $first } { $rest }
ibps-proposal-background = Surge de la resolución de problemas sobre “{ $problem }”. Fue la opción mejor calificada según los criterios que acordó el equipo.
ibps-project-from = Surge de la resolución de problemas sobre “{ $problem }”.
