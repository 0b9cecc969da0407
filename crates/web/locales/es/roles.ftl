# Nombres de los roles y de los periodos que muestran las páginas (crates/web/src/names.rs).
# El dominio conserva sus nombres en inglés para la API y los archivos CSV.

## Roles en el equipo
role-co-lead-management = Colíder de la gerencia
role-co-lead-labor = Colíder sindical
role-co-lead-physician = Colíder médico
role-sponsor-management = Patrocinador de la gerencia
role-sponsor-labor = Patrocinador sindical
role-sponsor-physician = Patrocinador médico
role-safety-champion = Promotor de salud y seguridad
role-steward = Delegado sindical
role-consultant = Consultor de UBT
role-member = Integrante

## Roles en el sitio
role-site-admin = Administrador
role-site-editor = Editor de contenido
role-site-leader = Líder
role-site-consultant = Consultor
role-site-unknown = Función desconocida

## Meses y trimestres
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre
# "noviembre de 2026"
period-month = { $month } de { $year }
# "3 de marzo de 2026"
period-date = { $day } de { $month } de { $year }
# "T4 2026" (cuarto trimestre de 2026)
period-quarter = T{ $quarter } { $year }

## Lados de la colaboración
side-management = Gerencia
side-labor = Sindicato
side-physician = Médicos

## Who may hold a role (lmp_domain::roles)
error-role-side = { $kind ->
        [sponsor] Un patrocinador
       *[co-lead] Un colíder
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
    }.
error-steward-labor = El delegado sindical es un cargo del sindicato: solo una persona del lado sindical puede serlo.

## A moment on a meeting page: "mar 24 nov 2026, 09:00 (UTC)"
period-when = { $weekday } { $day } { $month } { $year }, { $time } (UTC)
weekday-short-1 = lun
weekday-short-2 = mar
weekday-short-3 = mié
weekday-short-4 = jue
weekday-short-5 = vie
weekday-short-6 = sáb
weekday-short-7 = dom
month-short-1 = ene
month-short-2 = feb
month-short-3 = mar
month-short-4 = abr
month-short-5 = may
month-short-6 = jun
month-short-7 = jul
month-short-8 = ago
month-short-9 = sept
month-short-10 = oct
month-short-11 = nov
month-short-12 = dic
