# Administración: la vista general, las personas y sus roles en el sitio, los criterios del
# Path to Performance, la importación desde Recursos Humanos y el registro de auditoría.

admin-title = Administración
admin-choose = Elija…
admin-none = Ninguno
admin-show = Mostrar
admin-add = Agregar
admin-name = Nombre
admin-region = Región
admin-facility = Centro
admin-department = Departamento
admin-coalition = Coalición

## La vista general
admin-flash-added = Agregado.
admin-not-added = No se agregó nada. Revise los campos marcados abajo.
admin-card-people = Personas y cuentas
admin-card-people-text = { $count ->
    [one] 1 persona.
   *[other] { $count } personas.
} Agregue personas, corrija sus datos, otorgue roles en el sitio y restablezca contraseñas.
admin-card-p2p-text = Los años del acuerdo y sus criterios, conservando cada redacción anterior.
admin-card-import-text = Actualice las personas, sus lugares y sus roles en los equipos a partir de una exportación CSV: primero vea cada cambio y luego aplíquelo.
admin-card-audit-text = Cada cambio, quién lo hizo y cuándo, filtrado por acción, tipo de elemento, persona y fechas.
admin-card-teams = Equipos y listas de integrantes
admin-card-teams-text = { $count ->
    [one] 1 equipo.
   *[other] { $count } equipos.
} Como administrador, puede modificar la lista de integrantes y el carta constitutiva de cualquier equipo desde su página.
admin-organisation = Organización
admin-regions-caption = Las regiones y sus centros
admin-facilities = Centros
admin-coalitions-caption = Las coaliciones sindicales y sus locales
admin-locals = Locales
admin-facility-departments = { $name } ({ $count ->
    [one] 1 departamento
   *[other] { $count } departamentos
})
admin-add-region = Agregar una región
admin-add-facility = Agregar un centro
admin-add-department = Agregar un departamento
admin-add-coalition = Agregar una coalición sindical
admin-add-local = Agregar un local sindical
admin-add-team = Agregar un equipo
admin-error-parent = Elija a dónde pertenece.
admin-error-name-taken = «{ $name }» ya existe ahí; elija otro nombre.
admin-error-parent-gone = Esa opción ya no existe; vuelva a cargar la página.

## Una persona
admin-people = Personas
admin-person-title = Persona
admin-person-add = Agregar una persona
admin-not-saved = No se guardó nada. Revise los campos marcados abajo.
admin-person-name = Nombre completo
admin-person-email = Correo electrónico
admin-person-side = Lado
admin-person-local = Local sindical (solo del lado sindical)
admin-person-job-title = Puesto
admin-person-save = Guardar los cambios
admin-person-add-button = Agregar a esta persona
admin-site-roles = Roles en el sitio
admin-no-site-roles = No tiene roles en el sitio.
admin-revoke = Retirar
admin-revoke-label = Retirar { $name }
admin-role-to-grant = Rol que se otorga
admin-scope = Alcance (líderes y consultores)
admin-whole-organisation = Toda la organización
admin-grant = Otorgar el rol
admin-password-heading = Establecer una contraseña nueva
admin-new-password = Contraseña nueva (al menos { $count } caracteres)
admin-password-button = Establecer la contraseña y cerrar sus sesiones
admin-flash-person-created = Persona agregada.
admin-flash-person-saved = Cambios guardados.
admin-flash-person-role = Roles en el sitio actualizados.
admin-flash-person-password = Contraseña establecida; sus demás sesiones se cerraron.
admin-error-side = Elija el lado de la persona: gerencia, sindicato o médicos.
admin-error-local-needed = Una persona del lado sindical pertenece a un local sindical; elíjalo.
admin-error-local-labor-only = Solo las personas del lado sindical pertenecen a un local sindical.
admin-error-email-taken = Alguien en el hub ya tiene este correo electrónico.
admin-error-choose-role = Elija el rol que desea otorgar.
admin-error-choose-scope = Elija un alcance de la lista.
admin-error-role-site-wide = El rol { $name } abarca toda la organización; deje el alcance vacío.
admin-error-role-held = Ya tiene este rol con este alcance.
admin-error-password-short = Use al menos { $count } caracteres.
admin-error-unknown-kind = No se reconoce el tipo de elemento que se quiere agregar.
admin-error-no-such-grant = Esta persona no tiene ese rol en el sitio.
admin-error-own-admin = No puede retirarse su propio rol de administrador; pídaselo a otro administrador.

## Criterios del Path to Performance
admin-p2p-title = Criterios del Path to Performance
admin-p2p-not-changed = No se cambió nada.
admin-p2p-intro = Los criterios pertenecen a un año del acuerdo. Los equipos se califican según el año más reciente; las evaluaciones aprobadas conservan el nivel que se les dio.
admin-p2p-choose-year = Elegir un año
admin-p2p-year = Año del acuerdo
admin-p2p-new-year = Comenzar un nuevo año del acuerdo
admin-p2p-year-name = Nombre (por ejemplo, 2027)
admin-p2p-copy-year = Copiar los criterios del año más reciente en un año nuevo
admin-p2p-criteria-of = Criterios de { $name }
admin-p2p-add-criterion = Agregar un criterio a { $name }
admin-p2p-dimension = Dimensión
admin-p2p-level = Nivel
admin-p2p-wording = Redacción
admin-p2p-add-button = Agregar el criterio
admin-p2p-level-n = nivel { $count }
admin-p2p-placeholder = provisional
admin-p2p-still-placeholder = Aún es provisional (no cuenta hasta que se redacte)
admin-p2p-save = Guardar este criterio
admin-p2p-earlier = { $count ->
    [one] Se conserva 1 redacción anterior.
   *[other] Se conservan { $count } redacciones anteriores.
}
admin-p2p-flash-year = Se creó un nuevo año del acuerdo a partir del anterior. Los equipos ahora se califican según él.
admin-p2p-flash-criterion = Criterio guardado; se conserva su redacción anterior.
admin-p2p-error-year-taken = Ya existe un año llamado «{ $name }».
admin-p2p-error-dimension = Elija una dimensión.
admin-p2p-error-level = Elija un nivel del 1 al 5.

## Importar personas desde Recursos Humanos
admin-import-title = Importar personas desde Recursos Humanos
admin-import-lead = Actualice a las personas, su centro y local sindical, y sus roles en los equipos a partir de la exportación de su sistema de Recursos Humanos. Verá cada cambio antes de que se guarde nada.
admin-import-more = …y { $count } más.
admin-import-plan-heading = Lo que cambia este archivo
admin-import-changed = El hub cambió desde que usted revisó el plan, así que no se guardó nada. Este es el plan tal como está ahora; confírmelo si sigue siendo correcto.
admin-import-people-lines = { $people ->
    [one] 1 persona
   *[other] { $people } personas
} en { $lines ->
    [one] 1 línea
   *[other] { $lines } líneas
}
admin-import-whole = , leído como toda la organización
admin-import-no-changes = Sin cambios: el hub ya coincide con este archivo.
admin-import-plan = Plan: { $name }.
admin-import-more-unlisted = …y { $count } más, que no se muestran aquí.
admin-import-good-to-know = Conviene saber
admin-import-apply = Aplicar estos cambios
admin-import-another = Otro archivo
admin-import-file = El archivo CSV (hasta 512 KB)
admin-import-paste = O pegue la tabla
admin-import-full = Este archivo es toda la organización
admin-import-full-hint = En ese caso, las personas que no aparecen en él se marcan como inactivas (nunca se eliminan). Las personas con un rol en el sitio, como los administradores, siguen activas y se mencionan.
admin-import-preview = Mostrar lo que cambiaría
admin-import-the-file = El archivo
admin-import-file-intro = Un archivo CSV con una fila de encabezado y una línea por persona y por rol en un equipo; una persona sin equipo lleva una línea con el equipo vacío. Los nombres de las columnas pueden escribirse en mayúsculas o minúsculas, y sirve un archivo guardado desde una hoja de cálculo como «CSV UTF-8».
admin-import-columns = Columnas
admin-import-column = Columna
admin-import-holds = Lo que contiene
admin-import-col-email = Obligatoria. La clave: una persona por correo electrónico.
admin-import-col-name = Obligatoria. El nombre de la persona.
admin-import-col-side = Obligatoria. <code>management</code> (gerencia), <code>labor</code> (sindicato) o <code>physician</code> (médicos).
admin-import-col-local = El nombre del local sindical, como aparece en la página de administración. Las personas del lado sindical necesitan uno; las demás no tienen.
admin-import-col-job-title = Texto libre.
admin-import-col-facility = El centro de la persona, por nombre o número. Un equipo nombrado en la línea se busca en ese centro.
admin-import-col-department = El departamento del equipo en ese centro.
admin-import-col-team = El nombre del equipo en ese departamento, o el número del equipo (para un equipo de otro centro).
admin-import-col-role = <code>member</code> (integrante) si se deja vacía; <code>co-lead</code> (colíder) y <code>sponsor</code> (patrocinador) son para el propio lado de la persona; también <code>steward</code> (delegado sindical, solo del lado sindical), <code>safety champion</code> (promotor de salud y seguridad), <code>consultant</code> (consultor) o un código de rol como <code>co_lead_labor</code>.
admin-import-col-active = <code>yes</code> (sí) o <code>no</code>; sí cuando falta la columna. Las personas que se fueron se marcan como inactivas y dejan sus equipos; nunca se elimina a nadie.
admin-import-rules = Cuando el archivo tiene una columna de equipo, las líneas de una persona enumeran todos sus roles en los equipos: se da por terminado cualquier rol que el hub tenga para ella y que ninguna línea indique. Una columna que falta en el encabezado deja ese dato como está; una celda vacía en una columna presente lo borra. Las personas que no están en el archivo no se tocan, salvo que el archivo sea toda la organización. Una importación nunca crea centros, departamentos, equipos ni locales sindicales: agréguelos antes en la <a href="/admin">página de administración</a>. Las columnas que el hub no guarda, como el número de empleado, se ignoran.
admin-import-all-or-nothing = Si alguna línea tiene un problema, no se cambia nada y se enumeran todas esas líneas. Importar el mismo archivo otra vez no cambia nada. Los archivos más grandes pueden importarse en el servidor con <code>lmp import people ARCHIVO.csv</code>.
admin-import-example = Por ejemplo:
admin-import-then = y luego
admin-import-done = La importación terminó: { $name }.
admin-import-section-add = Personas que se agregan
admin-import-section-update = Personas que se actualizan
admin-import-section-departures = Personas que se marcan como inactivas (no están en la exportación completa)
admin-import-section-roles-added = Roles en equipos que se agregan
admin-import-section-roles-ended = Roles en equipos que terminan
admin-import-line = { $name } (línea { $count })
admin-import-bad-lines = No se cambió nada: { $count ->
    [one] 1 línea necesita atención
   *[other] { $count } líneas necesitan atención
}. Corrija el archivo y vuelva a subirlo.
admin-import-too-large = El archivo pesa más de 512 KB. Impórtelo con el comando lmp import people en el servidor, o divídalo por centro.
admin-import-nothing = No hay nada que importar: elija un archivo o pegue la tabla.

## El registro de auditoría
admin-audit-title = Registro de auditoría
admin-audit-lead = Cada cambio hecho en el hub, del más reciente al más antiguo: quién, cuándo, qué y, en las ediciones principales, cada campo cambiado con su valor anterior y el nuevo. Nadie puede cambiar ni quitar una línea. Una postura en una ronda anónima se registra sin su autor, y las contraseñas y los tokens nunca se escriben aquí.
admin-audit-bad-dates = Escriba las fechas como AAAA-MM-DD; la fecha que no se pudo leer se dejó fuera del filtro.
admin-audit-filter = Filtrar el registro
admin-audit-action-filter = Acción (o su comienzo, p. ej. proposal.)
admin-audit-entity = Tipo de elemento
admin-audit-any = Cualquiera
admin-audit-actor = Persona (id)
admin-audit-from = Desde
admin-audit-to = Hasta
admin-audit-none = Ninguna línea coincide con estos filtros.
admin-audit-when = Cuándo
admin-audit-who = Quién
admin-audit-action = Acción
admin-audit-what = Qué
admin-audit-detail-changes = Detalle y cambios
admin-audit-detail = Detalle
admin-audit-was = antes
admin-audit-now = ahora
admin-audit-no-value = (ninguno)
admin-audit-see-whole = Ver el cambio completo
admin-audit-line-paren = (línea { $count })
admin-audit-line = Línea { $count }
admin-audit-line-title = Registro de auditoría, línea { $count }
admin-audit-not-recorded = No se registró (el propio hub, la línea de comandos o una postura en una ronda anónima)
admin-audit-what-changed = Qué cambió
admin-audit-names-only = Esta línea solo nombra el cambio; no se registraron sus campos antes y después.
admin-audit-no-field-changed = Se guardó sin cambiar ningún campo.
admin-audit-field = Campo
admin-audit-before = Antes
admin-audit-after = Después
admin-audit-back = Volver al registro de auditoría

## Lo que la importación desde Recursos Humanos dice de un archivo y de su plan
## (lmp_domain::roster_import); la línea de comandos imprime el inglés
admin-import-row-error = Línea { $line }: { $problems }.
# Los problemas de una línea, uno tras otro.
admin-import-and-also = { $first }; { $rest }
# Los elementos de una lista, uno tras otro.
admin-import-list = { $first }, { $rest }
# Un texto tal como lo tiene el archivo o el hub.
admin-import-text = { $text }
admin-import-refuse-no-file = La confirmación no incluía el archivo; vuelva a subirlo.
admin-import-header-unreadable = no se puede leer la fila de encabezado: { $why }
admin-import-column-twice = la columna { $column } aparece dos veces
admin-import-header-needs = a la fila de encabezado le faltan las columnas { $columns }
admin-import-column-team-for-role = team (la columna role la necesita)
admin-import-line-unreadable = no se puede leer la línea: { $why }
admin-import-email-empty = el correo electrónico está vacío
admin-import-email-bad = «{ $email }» no es una dirección de correo electrónico
admin-import-name-empty = el nombre está vacío
admin-import-name-long = el nombre tiene más de { $max } caracteres
admin-import-side-empty = el lado está vacío (escriba management, labor o physician)
admin-import-side-bad = el lado «{ $side }» no es management, labor ni physician
admin-import-job-title-long = el puesto tiene más de { $max } caracteres
admin-import-role-bad = «{ $role }» no es un rol de equipo (escriba member, co-lead, sponsor, steward, safety champion o consultant)
admin-import-active-bad = «{ $value }» en la columna active no es yes ni no
admin-import-role-needs-team = el rol «{ $role }» necesita un equipo
admin-import-written-differently = los datos de la misma persona ({ $email }) no coinciden aquí: { $details }
admin-import-differ-name = nombre «{ $value }» (la línea { $line } tiene «{ $first }»)
admin-import-differ-side = lado { $value } (la línea { $line } tiene { $first })
admin-import-differ-local = local sindical «{ $value }» (la línea { $line } tiene «{ $first }»)
admin-import-differ-job-title = puesto «{ $value }» (la línea { $line } tiene «{ $first }»)
admin-import-differ-facility = centro «{ $value }» (la línea { $line } tiene «{ $first }»)
admin-import-differ-active = active { $value } (la línea { $line } tiene { $first })
admin-import-no-local = no hay ningún local sindical llamado «{ $name }» (agréguelo antes en la página de administración)
admin-import-local-ambiguous = hay más de un local sindical llamado «{ $name }»
admin-import-no-facility = no hay ningún centro llamado «{ $name }» (agréguelo antes en la página de administración)
admin-import-facility-ambiguous = hay más de un centro llamado «{ $name }»; escriba el número del centro
admin-import-labor-needs-local = una persona del lado sindical pertenece a un local sindical; escríbalo en la columna local
admin-import-local-labor-only = solo las personas del lado sindical pertenecen a un local sindical, y esta persona es del lado { $side ->
        [labor] sindical
        [physician] médico
       *[management] de la gerencia
    }
admin-import-inactive-role = una persona inactiva no puede tener un rol en un equipo; deje el equipo vacío o escriba yes en la columna active
admin-import-role-side = { $kind ->
        [sponsor] un patrocinador
       *[co-lead] un colíder
    } { $side ->
        [labor] sindical
        [physician] médico
       *[management] de la gerencia
    } debe ser del lado { $side ->
        [labor] sindical
        [physician] médico
       *[management] de la gerencia
    }; esta persona es del lado { $person ->
        [labor] sindical
        [physician] médico
       *[management] de la gerencia
    }
admin-import-steward-labor = el delegado sindical es un cargo del sindicato: solo una persona del lado sindical puede serlo
admin-import-held-role = { $problem } (es { $role ->
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
    } en { $team }; agregue una columna team para terminar ese rol)
admin-import-no-team-number = no hay ningún equipo con el número { $id }
admin-import-team-needs-facility = el equipo «{ $team }» está escrito por su nombre, así que la línea necesita su centro (o escriba el número del equipo)
admin-import-team-needs-department = el equipo «{ $team }» está escrito por su nombre, así que la línea necesita su departamento (o escriba el número del equipo)
admin-import-no-department = no hay ningún departamento llamado «{ $department }» en { $facility } (agréguelo antes en la página de administración)
admin-import-department-ambiguous = hay más de un departamento llamado «{ $department }» en { $facility }
admin-import-no-team = no hay ningún equipo llamado «{ $team }» en { $department } de { $facility } (agréguelo antes en la página de administración)
admin-import-team-ambiguous = hay más de un equipo llamado «{ $team }» en { $department } de { $facility }; escriba el número del equipo
# Una persona que se agrega: «Ana Díaz, sindicato, Local 39, Farmacéutica, Hospital Norte».
admin-import-person = { $name }, { $side ->
        [labor] sindicato
        [physician] médicos
       *[management] gerencia
    }{ $details }{ $active ->
        [no] , inactiva
       *[yes] {""}
    }
admin-import-change = { $field }: { $old } → { $new }
admin-import-field-name = nombre
admin-import-field-side = lado
admin-import-field-local = local sindical
admin-import-field-job-title = puesto
admin-import-field-facility = centro
admin-import-field-active = activo
admin-import-value-none = (ninguno)
admin-import-value-side = { $side ->
        [labor] sindicato
        [physician] médicos
       *[management] gerencia
    }
admin-import-value-active = { $active ->
        [yes] sí
       *[no] no
    }
admin-import-role-change = { $person } ({ $email }): { $role } en { $team } (equipo { $id })
admin-import-count-none = sin cambios
admin-import-count-to-add = { $count ->
        [one] { $count } persona por agregar
       *[other] { $count } personas por agregar
    }
admin-import-count-to-update = { $count ->
        [one] { $count } persona por actualizar
       *[other] { $count } personas por actualizar
    }
admin-import-count-to-deactivate = { $count ->
        [one] { $count } persona por marcar como inactiva
       *[other] { $count } personas por marcar como inactivas
    }
admin-import-count-roles-to-add = { $count ->
        [one] { $count } rol de equipo por agregar
       *[other] { $count } roles de equipo por agregar
    }
admin-import-count-roles-to-end = { $count ->
        [one] { $count } rol de equipo por terminar
       *[other] { $count } roles de equipo por terminar
    }
admin-import-count-added = { $count ->
        [one] { $count } persona agregada
       *[other] { $count } personas agregadas
    }
admin-import-count-updated = { $count ->
        [one] { $count } persona actualizada
       *[other] { $count } personas actualizadas
    }
admin-import-count-deactivated = { $count ->
        [one] { $count } persona marcada como inactiva
       *[other] { $count } personas marcadas como inactivas
    }
admin-import-count-roles-added = { $count ->
        [one] { $count } rol de equipo agregado
       *[other] { $count } roles de equipo agregados
    }
admin-import-count-roles-ended = { $count ->
        [one] { $count } rol de equipo terminado
       *[other] { $count } roles de equipo terminados
    }
admin-import-note-ignored = El hub no guarda estas columnas, así que se ignoraron: { $columns }.
admin-import-note-site-role = No están en el archivo, pero siguen activas porque tienen un rol en el sitio (como el de administrador): { $emails }. Márquelas como inactivas en su página si ya se fueron.
admin-import-note-no-co-lead = { $team } (equipo { $id }) no tendrá colíder { $side ->
        [labor] sindical
        [physician] médico
       *[management] de la gerencia
    } hasta que se nombre a alguien.

## Nombres de campos en los mensajes de la administración
admin-field-name = Nombre
admin-field-job-title = Puesto
