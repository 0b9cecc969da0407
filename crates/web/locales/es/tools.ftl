# Las herramientas de mejora de un proyecto: espina de pescado, tabla PICK, mapa de proceso, recorrido de desperdicios, diagrama de impulsores.
tool-new-title = Nueva herramienta de mejora
tool-breadcrumb-tools = Herramientas de mejora
tool-new-not-created = No se creó nada. Revise los campos marcados abajo.
tool-new-which = Qué herramienta
tool-field-title = Título
tool-new-subject = El problema, el objetivo, el proceso o el área (opcional)
tool-new-create = Crear la herramienta

tool-kind-fishbone = Espina de pescado (causa y efecto)
tool-kind-pick = Tabla PICK
tool-kind-process = Mapa de proceso
tool-kind-waste_walk = Recorrido de desperdicios
tool-kind-driver = Diagrama de impulsores
tool-purpose-fishbone = Nombre el problema y luego anote sus posibles causas en cada categoría.
tool-purpose-pick = Ordene las ideas de cambio por beneficio y esfuerzo, y empiece a probar las que conviene implementar.
tool-purpose-process = Escriba los pasos del proceso en orden y marque dónde hay desperdicio.
tool-purpose-waste_walk = Recorra el área y anote cada desperdicio que vea y dónde lo vio.
tool-purpose-driver = Relacione el objetivo con los impulsores que lo mueven y con las ideas de cambio que actúan sobre ellos.
tool-subject-fishbone = El efecto (el problema)
tool-subject-pick = La pregunta que responden las ideas
tool-subject-process = El proceso, desde dónde hasta dónde
tool-subject-waste_walk = El área recorrida
tool-subject-driver = El objetivo

tool-flash-created = Herramienta creada. Agregue sus elementos abajo.
tool-flash-saved = Guardado.
tool-flash-added = Agregado.
tool-flash-removed = Quitado.
tool-flash-moved = Movido.

tool-not-saved = No se guardó nada.
tool-not-written = todavía sin escribir
tool-print-view = Versión para imprimir
tool-edit-head = Editar el título y { $name }
tool-save = Guardar
tool-delete-summary = Eliminar esta herramienta
tool-delete-this = Esto elimina «{ $name }» y
tool-delete-items = { $count ->
    [one] su { $count } elemento
   *[other] sus { $count } elementos
  }. No se puede deshacer.
tool-delete-button = Eliminar la herramienta
tool-print-back = Volver a la herramienta
tool-print-hint = Imprima esta página con el comando Imprimir de su navegador.

tool-remove = Quitar
tool-remove-label = Quitar { $name }
tool-move-up = Subir
tool-move-up-label = Subir: { $name }
tool-move-down = Bajar
tool-move-down-label = Bajar: { $name }
tool-diagram = Diagrama
tool-rename = Cambiar el nombre

tool-fishbone-caption = Cada espina es una categoría de causas; el efecto está en la cabeza. Las mismas causas aparecen en la lista de abajo.
tool-causes-heading = Causas por categoría
tool-no-category = Todavía no hay categorías.
tool-no-cause = Todavía no hay causas.
tool-what-cause = la causa «{ $name }»
tool-new-cause-label = Nueva causa en «{ $name }»
tool-add-cause = Agregar una causa
tool-category-summary = Cambiar el nombre, mover o quitar «{ $name }»
tool-category-rename-label = Nuevo nombre para «{ $name }»
tool-what-category = la categoría «{ $name }» y sus causas
tool-another-category = Otra categoría
tool-category-name = Nombre de la categoría
tool-add-category = Agregar una categoría

tool-wastes-seen = Desperdicios vistos
tool-waste-caption = Observaciones por tipo de desperdicio; los mismos números están en la tabla.
tool-waste-table-caption = { $count ->
    [one] { $count } observación
   *[other] { $count } observaciones
  } por tipo de desperdicio
tool-waste-summary = Recorrido de desperdicios: { $count ->
    [one] { $count } observación
   *[other] { $count } observaciones
  } por tipo de desperdicio. { $list }
tool-col-waste = Desperdicio
tool-col-looks = Cómo se ve
tool-col-seen = Visto
tool-observations-heading = Observaciones por desperdicio
tool-no-observation = Todavía no hay observaciones.
tool-what-observation = la observación «{ $name }»
tool-record-heading = Anotar un desperdicio
tool-which-waste = Qué desperdicio
tool-choose-waste = Elija uno de los ocho desperdicios
tool-where = Dónde
tool-what-seen = Lo que se vio
tool-record-button = Anotar el desperdicio
tool-waste-label-defects = Defectos
tool-waste-label-overproduction = Sobreproducción
tool-waste-label-waiting = Esperas
tool-waste-label-talent = Talento no aprovechado
tool-waste-label-transport = Transporte
tool-waste-label-inventory = Inventario
tool-waste-label-motion = Movimientos
tool-waste-label-extra_processing = Procesamiento de más
tool-waste-example-defects = errores, trabajo repetido, información que falta
tool-waste-example-overproduction = hacer más, o antes, de lo necesario
tool-waste-example-waiting = personas, pacientes o trabajo esperando
tool-waste-example-talent = habilidades e ideas que no se usan
tool-waste-example-transport = trasladar pacientes, suministros o papeles
tool-waste-example-inventory = suministros de sobra, trabajo acumulado
tool-waste-example-motion = caminar, buscar, estirarse
tool-waste-example-extra_processing = pasos que no agregan valor, datos anotados dos veces

tool-driver-caption = El objetivo, los impulsores primarios y secundarios que lo mueven y las ideas de cambio que actúan sobre ellos. El mismo árbol aparece en la lista de abajo.
tool-tree-heading = Impulsores e ideas de cambio
tool-no-driver = Todavía no hay impulsores.
tool-tag-primary = Impulsor primario
tool-tag-secondary = Impulsor secundario
tool-tag-change = Idea de cambio
tool-what-primary = el impulsor primario «{ $name }» y todo lo que tiene debajo
tool-what-secondary = el impulsor secundario «{ $name }» y sus ideas de cambio
tool-what-change = la idea de cambio «{ $name }»
tool-add-change-summary = Agregar una idea de cambio en «{ $name }»
tool-change-label = Idea de cambio para «{ $name }»
tool-add-change = Agregar la idea de cambio
tool-add-secondary-summary = Agregar un impulsor secundario en «{ $name }»
tool-secondary-label = Impulsor secundario de «{ $name }»
tool-add-secondary = Agregar el impulsor secundario
tool-another-primary = Otro impulsor primario
tool-primary-label = El impulsor primario
tool-add-primary = Agregar un impulsor primario

tool-process-caption = Los rectángulos son pasos, los rombos decisiones y los extremos redondeados esperas; un borde rojo marca desperdicio. Los mismos pasos aparecen en la lista de abajo.
tool-steps-heading = Pasos
tool-no-step = Todavía no hay pasos.
tool-waste-prefix = Desperdicio:
tool-what-step = el paso «{ $name }»
tool-change-step = Cambiar el paso { $count }
tool-step-label = El paso
tool-field-kind = Tipo
tool-step-waste = Desperdicio en este paso
tool-no-waste = Sin desperdicio
tool-save-step = Guardar el paso
tool-waste-marked = Desperdicio marcado
tool-no-waste-marked = Todavía no hay pasos marcados como desperdicio.
tool-steps-count = { $count ->
    [one] { $count } paso
   *[other] { $count } pasos
  }
tool-add-step-heading = Agregar un paso
tool-add-step = Agregar el paso
tool-step-step = Paso
tool-step-decision = Decisión
tool-step-wait = Espera o demora

tool-pick-heading = Tabla PICK
tool-pick-hint = Cada idea está en la casilla de su beneficio (filas) y su esfuerzo (columnas); pruebe primero las ideas de Implementar.
tool-pick-hint-edit = Mueva una idea con su lista «Mover a» o arrástrela a otra casilla.
tool-pick-inactive = Las ideas de Implementar se pueden probar en ciclos PDSA cuando el proyecto esté activo.
tool-pick-caption = Ideas por beneficio y esfuerzo
tool-col-easy = Fácil de hacer
tool-col-hard = Difícil de hacer
tool-row-high = Beneficio alto
tool-row-low = Beneficio bajo
tool-no-idea = Aquí no hay ideas.
tool-its-cycle = Su ciclo PDSA
tool-move-before = Mover
tool-move-after = a
tool-move = Mover
tool-test-cycle = Probarla en un ciclo PDSA
tool-test-cycle-label = Probarla en un ciclo PDSA: { $name }
tool-what-idea = la idea «{ $name }»
tool-add-idea-heading = Agregar una idea
tool-idea-label = La idea
tool-payoff = Beneficio
tool-payoff-high = Alto: haría una diferencia real
tool-payoff-low = Bajo: una diferencia pequeña
tool-effort = Esfuerzo
tool-effort-easy = Fácil: el equipo puede hacerlo pronto
tool-effort-hard = Difícil: necesita tiempo, dinero u otras personas
tool-add-idea = Agregar la idea
tool-quadrant-label-possible = Posible
tool-quadrant-label-implement = Implementar
tool-quadrant-label-challenge = Desafío
tool-quadrant-label-kill = Descartar
tool-quadrant-desc-possible = Beneficio bajo, fácil de hacer
tool-quadrant-desc-implement = Beneficio alto, fácil de hacer
tool-quadrant-desc-challenge = Beneficio alto, difícil de hacer
tool-quadrant-desc-kill = Beneficio bajo, difícil de hacer

## Problems the rules name, and words written into the tools
tool-only-editors = Solo los colíderes del equipo y los responsables del proyecto pueden cambiar sus herramientas de mejora.
tool-no-tool = Esa herramienta no está en este proyecto.
tool-no-item = Ese elemento no está en esta herramienta.
tool-choose-kind = Elija qué herramienta usar.
tool-too-many-items = Una herramienta admite como mucho { $max } elementos: quite algunos o empiece otra herramienta.
tool-choose-quadrant = Elija Posible, Implementar, Desafío o Descartar.
tool-payoff-missing = Indique si el beneficio es alto o bajo.
tool-effort-missing = Indique si es fácil o difícil de hacer.
tool-step-kind-missing = Elija un paso, una decisión o una espera.
tool-waste-unknown = Elija un desperdicio de la lista, o ninguno.
tool-waste-missing = Elija cuál de los ocho desperdicios es este.
tool-field-tool-title = Título
tool-field-subject-fishbone = Efecto (el problema)
tool-field-subject-pick = Pregunta que responden las ideas
tool-field-subject-process = Proceso, desde dónde hasta dónde
tool-field-subject-waste_walk = Área recorrida
tool-field-subject-driver = Objetivo
tool-field-where = Dónde
tool-field-note = Nota
tool-item-category = Categoría
tool-item-cause = Causa
tool-item-idea = Idea
tool-item-step = Paso
tool-item-observation = Lo que se vio
tool-item-primary = Impulsor primario
tool-item-secondary = Impulsor secundario
tool-item-change = Idea de cambio
tool-category-people = Personas
tool-category-methods = Métodos
tool-category-equipment = Equipos
tool-category-materials = Materiales
tool-category-environment = Entorno
tool-category-measurement = Medición

## The diagrams' own words
tool-svg-effect-missing = Todavía no se ha escrito el efecto
tool-svg-fishbone-summary = Diagrama de espina de pescado del efecto «{ $effect }»: { $categories ->
    [one] 1 categoría
   *[other] { $categories } categorías
    } y { $causes ->
    [one] 1 causa
   *[other] { $causes } causas
    }. El mismo contenido aparece en la lista de abajo.
tool-svg-no-category = Todavía no hay categorías
tool-svg-process-summary = Mapa de proceso «{ $title }»: { $steps ->
    [one] 1 paso
   *[other] { $steps } pasos
    }, { $wasted ->
    [one] 1 marcado
   *[other] { $wasted } marcados
    } como desperdicio. Los mismos pasos aparecen en la lista de abajo.
tool-svg-no-step = Todavía no hay pasos
tool-svg-waste = Desperdicio: { $waste }
tool-svg-aim-missing = Todavía no se ha escrito el objetivo
tool-svg-driver-summary = Diagrama de impulsores del objetivo «{ $aim }»: { $primary ->
    [one] 1 impulsor primario
   *[other] { $primary } impulsores primarios
    }, { $secondary ->
    [one] 1 impulsor secundario
   *[other] { $secondary } impulsores secundarios
    } y { $change ->
    [one] 1 idea de cambio
   *[other] { $change } ideas de cambio
    }. El mismo árbol aparece en la lista de abajo.
tool-svg-col-aim = Objetivo
tool-svg-col-primary = Impulsores primarios
tool-svg-col-secondary = Impulsores secundarios
tool-svg-col-change = Ideas de cambio

## Said to screen readers when an idea is dragged to another quadrant (static/pick.js)
tool-pick-moved = Se movió «{ $idea }» a { $quadrant }.
