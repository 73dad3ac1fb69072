# Deutsch. Anrede: Sie. Begriffe: anmelden, Administrator, Bestätigung in zwei Schritten, Kurzname, Tarif.

wait-duration = { $unit ->
        [hour] { $amount ->
            [one] { $amount } Stunde
           *[other] { $amount } Stunden
        }
        [minute] { $amount ->
            [one] { $amount } Minute
           *[other] { $amount } Minuten
        }
       *[second] { $amount ->
            [one] { $amount } Sekunde
           *[other] { $amount } Sekunden
        }
    }

unknown-client-error = Bei dieser Anfrage ist etwas schiefgelaufen. Bitte versuchen Sie es erneut und wenden Sie sich an den Support, falls das Problem bestehen bleibt.
unknown-rate-limited = Gerade gibt es zu viele Anfragen. Bitte warten Sie einen Moment und versuchen Sie es dann erneut.
    .wait = Gerade gibt es zu viele Anfragen. Bitte versuchen Sie es in { wait-duration } erneut.
unknown-server-error = Bei uns ist etwas schiefgelaufen. Bitte versuchen Sie es gleich noch einmal.

BAD_REQUEST = Bei dieser Anfrage ist etwas schiefgelaufen. Bitte versuchen Sie es erneut und wenden Sie sich an den Support, falls das Problem bestehen bleibt.
CONFLICT = Das steht im Konflikt mit etwas, das bereits existiert. Bitte ändern Sie es und versuchen Sie es erneut.
RATE_LIMIT_EXCEEDED = Zu viele Versuche. Bitte warten Sie einen Moment und versuchen Sie es dann erneut.
    .wait = Zu viele Versuche. Bitte versuchen Sie es in { wait-duration } erneut.
INTERNAL_SERVER_ERROR = Bei uns ist etwas schiefgelaufen. Bitte versuchen Sie es gleich noch einmal.

UNAUTHORIZED = Bitte melden Sie sich an, um fortzufahren.
TOKEN_EXPIRED = Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.
JWT_ERROR = Ihre Sitzung ist nicht mehr gültig. Bitte melden Sie sich erneut an.
INVALID_CREDENTIALS = E-Mail-Adresse oder Passwort ist falsch. Bitte prüfen Sie Ihre Eingabe und versuchen Sie es erneut.
EMAIL_NOT_VERIFIED = Bitte bestätigen Sie Ihre E-Mail-Adresse. Den Bestätigungslink finden Sie in Ihrem Posteingang.
ACCOUNT_LOCKED = Ihr Konto ist nach zu vielen Fehlversuchen vorübergehend gesperrt. Bitte versuchen Sie es später erneut oder wenden Sie sich an den Support.
    .wait = Ihr Konto ist nach zu vielen Fehlversuchen vorübergehend gesperrt. Bitte versuchen Sie es in { wait-duration } erneut.

FORBIDDEN = Dafür fehlt Ihnen die Berechtigung. Bitten Sie einen Administrator um Zugriff.
ORGANIZATION_NOT_ACTIVE = Diese Organisation ist derzeit nicht aktiv. Bitte wenden Sie sich an Ihren Administrator.
NOT_ORGANIZATION_MEMBER = Sie sind kein Mitglied dieser Organisation. Bitten Sie einen Administrator, Sie hinzuzufügen.
PLATFORM_OWNER_REQUIRED = Das kann nur der Plattforminhaber. Melden Sie sich mit dem Inhaberkonto an oder bitten Sie den Inhaber um Hilfe.

INVALID_EMAIL = Bitte geben Sie eine gültige E-Mail-Adresse ein.
WEAK_PASSWORD = Dieses Passwort ist zu schwach. Bitte verwenden Sie mindestens 8 Zeichen.
INVALID_SLUG = Der Kurzname darf nur Buchstaben, Ziffern, Bindestriche und Unterstriche enthalten.
RESERVED_SLUG = Dieser Kurzname ist reserviert. Bitte wählen Sie einen anderen.
SLUG_TOO_SHORT = Der Kurzname ist zu kurz. Bitte verwenden Sie mindestens 3 Zeichen.
SLUG_TOO_LONG = Der Kurzname ist zu lang. Bitte verwenden Sie höchstens 50 Zeichen.
NAME_TOO_SHORT = Der Name ist zu kurz. Bitte verwenden Sie mindestens 2 Zeichen.
NAME_TOO_LONG = Der Name ist zu lang. Bitte verwenden Sie höchstens 100 Zeichen.
INVALID_URL = Bitte geben Sie eine gültige Webadresse ein, die mit http:// oder https:// beginnt.

NOT_FOUND = Wir konnten nicht finden, wonach Sie suchen. Es wurde möglicherweise entfernt, oder Sie haben keinen Zugriff darauf.
ALREADY_EXISTS = Das gibt es bereits. Bitte verwenden Sie einen anderen Namen.
SERVICE_LIMIT_EXCEEDED = Sie haben die maximale Anzahl an Diensten für Ihren Tarif erreicht. Wechseln Sie zu einem größeren Tarif oder entfernen Sie einen Dienst.
TEAM_LIMIT_EXCEEDED = Sie haben die maximale Anzahl an Mitgliedern für Ihren Tarif erreicht. Wechseln Sie zu einem größeren Tarif oder entfernen Sie ein Mitglied.
USER_ALREADY_EXISTS = Es gibt bereits ein Konto mit dieser E-Mail-Adresse. Melden Sie sich stattdessen an oder verwenden Sie eine andere E-Mail-Adresse.
INVITATION_EXPIRED = Diese Einladung ist abgelaufen. Bitte fordern Sie eine neue an.
INVITATION_ALREADY_ACCEPTED = Diese Einladung wurde bereits angenommen. Sie müssen nichts weiter tun.

MFA_REQUIRED = Bitte schließen Sie die Bestätigung in zwei Schritten ab, um fortzufahren.
INVALID_MFA_CODE = Dieser Code stimmt nicht. Bitte prüfen Sie ihn und versuchen Sie es erneut.
MFA_NOT_ENABLED = Die Bestätigung in zwei Schritten ist noch nicht eingerichtet. Bitte richten Sie sie zuerst ein.
MFA_ALREADY_ENABLED = Die Bestätigung in zwei Schritten ist bereits aktiviert. Sie müssen nichts weiter tun.
NO_BACKUP_CODES = Sie haben keine Sicherungscodes mehr. Bitte erstellen Sie neue.

DEVICE_CODE_EXPIRED = Dieser Anmeldecode ist abgelaufen. Bitte beginnen Sie auf Ihrem Gerät von vorn.
DEVICE_CODE_PENDING = Wir warten, bis Sie die Anmeldung auf Ihrem anderen Gerät bestätigen.
INVALID_DEVICE_CODE = Dieser Anmeldecode ist ungültig. Bitte beginnen Sie auf Ihrem Gerät von vorn.
INVALID_GRANT_TYPE = Die Anmeldung konnte nicht abgeschlossen werden. Bitte versuchen Sie es erneut und wenden Sie sich an den Support, falls das Problem bestehen bleibt.

OAUTH_ERROR = Beim Anmeldeanbieter ist ein Problem aufgetreten. Bitte melden Sie sich gleich noch einmal an.
OAUTH_STATE_MISMATCH = Die Anmeldung konnte nicht überprüft werden. Bitte starten Sie die Anmeldung neu.
OAUTH_CODE_EXPIRED = Die Anmeldung hat zu lange gedauert. Bitte starten Sie die Anmeldung neu.
PROVIDER_NOT_CONFIGURED = Diese Anmeldeoption ist noch nicht eingerichtet. Bitte wenden Sie sich an Ihren Administrator.

SAML_NOT_CONFIGURED = Single Sign-on ist für diese Organisation noch nicht eingerichtet. Bitte wenden Sie sich an Ihren Administrator.
INVALID_SAML_RESPONSE = Single Sign-on konnte nicht abgeschlossen werden. Bitte wenden Sie sich an Ihren Administrator.
SAML_SIGNATURE_INVALID = Single Sign-on konnte nicht überprüft werden. Bitte wenden Sie sich an Ihren Administrator.
SAML_EXPIRED = Single Sign-on hat zu lange gedauert. Bitte melden Sie sich erneut an.

INVALID_SCIM_TOKEN = Die Benutzerbereitstellung ist nicht autorisiert. Bitte wenden Sie sich an Ihren Administrator.
SCIM_USER_EXISTS = Dieser Benutzer wurde bereits hinzugefügt.
SCIM_USER_NOT_FOUND = Dieser Benutzer wurde nicht gefunden.
SCIM_FILTER_INVALID = Bei der Suche nach Benutzern ist etwas schiefgelaufen. Bitte wenden Sie sich an den Support, falls das Problem bestehen bleibt.

INVALID_WEBHOOK_URL = Bitte geben Sie eine Webhook-Adresse ein, die mit http:// oder https:// beginnt.
INVALID_WEBHOOK_EVENT = Dieser Ereignistyp wird nicht unterstützt. Bitte wählen Sie einen aus der Liste.
WEBHOOK_NAME_EXISTS = Es gibt bereits einen Webhook mit diesem Namen. Bitte wählen Sie einen anderen Namen.

DATABASE_ERROR = Bei uns ist etwas schiefgelaufen. Bitte versuchen Sie es erneut und wenden Sie sich an den Support, falls das Problem bestehen bleibt.
STRIPE_ERROR = Die Abrechnung ist vorübergehend nicht verfügbar. Bitte versuchen Sie es gleich noch einmal.
EMAIL_SEND_FAILED = Wir konnten die E-Mail nicht senden. Bitte wenden Sie sich an Ihren Administrator.
ENCRYPTION_ERROR = Bei uns ist etwas schiefgelaufen. Bitte wenden Sie sich an den Support.

SERVICE_UNAVAILABLE = Der Dienst ist vorübergehend nicht verfügbar. Bitte versuchen Sie es gleich noch einmal.
    .wait = Der Dienst ist vorübergehend nicht verfügbar. Bitte versuchen Sie es in { wait-duration } erneut.
NETWORK_ERROR = Gerade ist keine Verbindung möglich. Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.
