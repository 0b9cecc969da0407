# Inicio de sesión único con el proveedor de identidad de la organización (OpenID Connect).
sso-heading = Inicio de sesión único
sso-intro = O use su cuenta de { $name }: inicia sesión allí y vuelve directamente aquí.
sso-sign-in-with = Iniciar sesión con { $name }
sso-error-title = No se completó el inicio de sesión
sso-error-back = Volver a iniciar sesión
sso-error-unreachable = En este momento no se puede contactar con el servicio de inicio de sesión. Inténtelo de nuevo en unos minutos; si sigue ocurriendo, avise a su administrador.
sso-error-refused = El servicio de inicio de sesión no le dio acceso (quizá canceló). Puede intentarlo de nuevo o entrar con su correo electrónico y su contraseña.
sso-error-state = Esta respuesta no corresponde a ningún inicio de sesión abierto en este navegador, así que se rechazó. Vuelva a empezar desde la página de inicio de sesión.
sso-error-expired = Este inicio de sesión ya se usó o tardó demasiado. Vuelva a empezar desde la página de inicio de sesión.
sso-error-token = No se pudo confirmar la respuesta del servicio de inicio de sesión, así que no se abrió su sesión. Inténtelo de nuevo; si sigue ocurriendo, avise a su administrador.
sso-error-no-email = El servicio de inicio de sesión no nos indicó su correo electrónico, y el hub lo necesita para saber quién es usted. Consulte a su administrador.
sso-error-unverified = El servicio de inicio de sesión todavía no ha confirmado su correo electrónico. Confírmelo allí y vuelva a intentarlo.
sso-error-inactive = Su cuenta en el hub no está activa. Consulte a su administrador.
