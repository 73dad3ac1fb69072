# Español. Tuteo. Términos: iniciar sesión, administrador, verificación en dos pasos, nombre corto, plan.

wait-duration = { $unit ->
        [hour] { $amount ->
            [one] { $amount } hora
           *[other] { $amount } horas
        }
        [minute] { $amount ->
            [one] { $amount } minuto
           *[other] { $amount } minutos
        }
       *[second] { $amount ->
            [one] { $amount } segundo
           *[other] { $amount } segundos
        }
    }

unknown-client-error = Algo salió mal con esta solicitud. Vuelve a intentarlo y, si el problema continúa, contacta con el soporte.
unknown-rate-limited = Hay demasiadas solicitudes en este momento. Espera un momento y vuelve a intentarlo.
    .wait = Hay demasiadas solicitudes en este momento. Vuelve a intentarlo dentro de { wait-duration }.
unknown-server-error = Algo salió mal por nuestra parte. Vuelve a intentarlo en un momento.

BAD_REQUEST = Algo salió mal con esta solicitud. Vuelve a intentarlo y, si el problema continúa, contacta con el soporte.
CONFLICT = Esto entra en conflicto con algo que ya existe. Cámbialo y vuelve a intentarlo.
RATE_LIMIT_EXCEEDED = Demasiados intentos. Espera un momento y vuelve a intentarlo.
    .wait = Demasiados intentos. Vuelve a intentarlo dentro de { wait-duration }.
INTERNAL_SERVER_ERROR = Algo salió mal por nuestra parte. Vuelve a intentarlo en un momento.

UNAUTHORIZED = Inicia sesión para continuar.
TOKEN_EXPIRED = Tu sesión ha caducado. Vuelve a iniciar sesión.
JWT_ERROR = Tu sesión ya no es válida. Vuelve a iniciar sesión.
INVALID_CREDENTIALS = El correo electrónico o la contraseña no son correctos. Revísalos y vuelve a intentarlo.
EMAIL_NOT_VERIFIED = Verifica tu dirección de correo electrónico. Encontrarás el enlace de verificación en tu bandeja de entrada.
ACCOUNT_LOCKED = Tu cuenta está bloqueada temporalmente tras demasiados intentos fallidos. Vuelve a intentarlo más tarde o contacta con el soporte.
    .wait = Tu cuenta está bloqueada temporalmente tras demasiados intentos fallidos. Vuelve a intentarlo dentro de { wait-duration }.

FORBIDDEN = No tienes permiso para hacer esto. Pide acceso a un administrador.
ORGANIZATION_NOT_ACTIVE = Esta organización no está activa en este momento. Contacta con tu administrador.
NOT_ORGANIZATION_MEMBER = No eres miembro de esta organización. Pide a un administrador que te añada.
PLATFORM_OWNER_REQUIRED = Solo el propietario de la plataforma puede hacer esto. Inicia sesión con la cuenta del propietario o pídele ayuda.

INVALID_EMAIL = Introduce una dirección de correo electrónico válida.
WEAK_PASSWORD = Esta contraseña es demasiado débil. Usa al menos 8 caracteres.
INVALID_SLUG = El nombre corto solo puede contener letras, números, guiones y guiones bajos.
RESERVED_SLUG = Este nombre corto está reservado. Elige otro.
SLUG_TOO_SHORT = El nombre corto es demasiado corto. Usa al menos 3 caracteres.
SLUG_TOO_LONG = El nombre corto es demasiado largo. Usa como máximo 50 caracteres.
NAME_TOO_SHORT = El nombre es demasiado corto. Usa al menos 2 caracteres.
NAME_TOO_LONG = El nombre es demasiado largo. Usa como máximo 100 caracteres.
INVALID_URL = Introduce una dirección web válida que empiece por http:// o https://.

NOT_FOUND = No hemos encontrado lo que buscas. Puede que se haya eliminado o que no tengas acceso.
ALREADY_EXISTS = Esto ya existe. Usa otro nombre.
SERVICE_LIMIT_EXCEEDED = Has alcanzado el número máximo de servicios de tu plan. Mejora tu plan o elimina un servicio.
TEAM_LIMIT_EXCEEDED = Has alcanzado el número máximo de miembros de tu plan. Mejora tu plan o quita a un miembro.
USER_ALREADY_EXISTS = Ya existe una cuenta con este correo electrónico. Inicia sesión o usa otro correo electrónico.
INVITATION_EXPIRED = Esta invitación ha caducado. Pide una nueva.
INVITATION_ALREADY_ACCEPTED = Esta invitación ya se aceptó. No tienes que hacer nada más.

MFA_REQUIRED = Completa la verificación en dos pasos para continuar.
INVALID_MFA_CODE = Ese código no es correcto. Revísalo y vuelve a intentarlo.
MFA_NOT_ENABLED = La verificación en dos pasos aún no está configurada. Configúrala primero.
MFA_ALREADY_ENABLED = La verificación en dos pasos ya está activada. No tienes que hacer nada más.
NO_BACKUP_CODES = No te quedan códigos de seguridad. Genera códigos nuevos.

DEVICE_CODE_EXPIRED = Este código de inicio de sesión ha caducado. Vuelve a empezar en tu dispositivo.
DEVICE_CODE_PENDING = Esperando a que apruebes el inicio de sesión en tu otro dispositivo.
INVALID_DEVICE_CODE = Este código de inicio de sesión no es válido. Vuelve a empezar en tu dispositivo.
INVALID_GRANT_TYPE = No se ha podido completar el inicio de sesión. Vuelve a intentarlo y, si el problema continúa, contacta con el soporte.

OAUTH_ERROR = El proveedor de inicio de sesión ha tenido un problema. Vuelve a iniciar sesión en un momento.
OAUTH_STATE_MISMATCH = No se ha podido verificar el inicio de sesión. Vuelve a iniciar sesión desde el principio.
OAUTH_CODE_EXPIRED = El inicio de sesión ha tardado demasiado. Vuelve a iniciar sesión desde el principio.
PROVIDER_NOT_CONFIGURED = Esta opción de inicio de sesión aún no está configurada. Contacta con tu administrador.

SAML_NOT_CONFIGURED = El inicio de sesión único aún no está configurado para esta organización. Contacta con tu administrador.
INVALID_SAML_RESPONSE = No se ha podido completar el inicio de sesión único. Contacta con tu administrador.
SAML_SIGNATURE_INVALID = No se ha podido verificar el inicio de sesión único. Contacta con tu administrador.
SAML_EXPIRED = El inicio de sesión único ha tardado demasiado. Vuelve a iniciar sesión.

INVALID_SCIM_TOKEN = El aprovisionamiento de usuarios no está autorizado. Contacta con tu administrador.
SCIM_USER_EXISTS = Este usuario ya se ha añadido.
SCIM_USER_NOT_FOUND = No se ha encontrado a este usuario.
SCIM_FILTER_INVALID = Algo salió mal al buscar usuarios. Si el problema continúa, contacta con el soporte.

INVALID_WEBHOOK_URL = Introduce una dirección de webhook que empiece por http:// o https://.
INVALID_WEBHOOK_EVENT = Este tipo de evento no es compatible. Elige uno de la lista.
WEBHOOK_NAME_EXISTS = Ya existe un webhook con este nombre. Elige otro nombre.

DATABASE_ERROR = Algo salió mal por nuestra parte. Vuelve a intentarlo y, si el problema continúa, contacta con el soporte.
STRIPE_ERROR = La facturación no está disponible temporalmente. Vuelve a intentarlo en un momento.
EMAIL_SEND_FAILED = No hemos podido enviar el correo electrónico. Contacta con tu administrador.
ENCRYPTION_ERROR = Algo salió mal por nuestra parte. Contacta con el soporte.

SERVICE_UNAVAILABLE = El servicio no está disponible temporalmente. Vuelve a intentarlo en un momento.
    .wait = El servicio no está disponible temporalmente. Vuelve a intentarlo dentro de { wait-duration }.
NETWORK_ERROR = No se puede conectar en este momento. Comprueba tu conexión a Internet y vuelve a intentarlo.
