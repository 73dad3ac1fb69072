# Nederlands. Je/jij. Termen: inloggen, beheerder, verificatie in twee stappen, korte naam, abonnement.

wait-duration = { $unit ->
        [hour] { $amount ->
            [one] { $amount } uur
           *[other] { $amount } uur
        }
        [minute] { $amount ->
            [one] { $amount } minuut
           *[other] { $amount } minuten
        }
       *[second] { $amount ->
            [one] { $amount } seconde
           *[other] { $amount } seconden
        }
    }

unknown-client-error = Er is iets misgegaan met dit verzoek. Probeer het opnieuw en neem contact op met support als het probleem blijft.
unknown-rate-limited = Er zijn nu te veel verzoeken. Wacht even en probeer het opnieuw.
    .wait = Er zijn nu te veel verzoeken. Probeer het over { wait-duration } opnieuw.
unknown-server-error = Er is bij ons iets misgegaan. Probeer het zo meteen opnieuw.

BAD_REQUEST = Er is iets misgegaan met dit verzoek. Probeer het opnieuw en neem contact op met support als het probleem blijft.
CONFLICT = Dit botst met iets dat al bestaat. Pas het aan en probeer het opnieuw.
RATE_LIMIT_EXCEEDED = Te veel pogingen. Wacht even en probeer het opnieuw.
    .wait = Te veel pogingen. Probeer het over { wait-duration } opnieuw.
INTERNAL_SERVER_ERROR = Er is bij ons iets misgegaan. Probeer het zo meteen opnieuw.

UNAUTHORIZED = Log in om verder te gaan.
TOKEN_EXPIRED = Je sessie is verlopen. Log opnieuw in.
JWT_ERROR = Je sessie is niet meer geldig. Log opnieuw in.
INVALID_CREDENTIALS = Het e-mailadres of wachtwoord klopt niet. Controleer ze en probeer het opnieuw.
EMAIL_NOT_VERIFIED = Bevestig je e-mailadres. Je vindt de bevestigingslink in je inbox.
ACCOUNT_LOCKED = Je account is tijdelijk geblokkeerd na te veel mislukte pogingen. Probeer het later opnieuw of neem contact op met support.
    .wait = Je account is tijdelijk geblokkeerd na te veel mislukte pogingen. Probeer het over { wait-duration } opnieuw.

FORBIDDEN = Je hebt geen toestemming om dit te doen. Vraag een beheerder om toegang.
ORGANIZATION_NOT_ACTIVE = Deze organisatie is momenteel niet actief. Neem contact op met je beheerder.
NOT_ORGANIZATION_MEMBER = Je bent geen lid van deze organisatie. Vraag een beheerder om je toe te voegen.
PLATFORM_OWNER_REQUIRED = Alleen de eigenaar van het platform kan dit doen. Log in met het eigenaarsaccount of vraag de eigenaar om hulp.

INVALID_EMAIL = Vul een geldig e-mailadres in.
WEAK_PASSWORD = Dit wachtwoord is te zwak. Gebruik minstens 8 tekens.
INVALID_SLUG = De korte naam mag alleen letters, cijfers, koppeltekens en onderstrepingstekens bevatten.
RESERVED_SLUG = Deze korte naam is gereserveerd. Kies een andere.
SLUG_TOO_SHORT = De korte naam is te kort. Gebruik minstens 3 tekens.
SLUG_TOO_LONG = De korte naam is te lang. Gebruik hoogstens 50 tekens.
NAME_TOO_SHORT = De naam is te kort. Gebruik minstens 2 tekens.
NAME_TOO_LONG = De naam is te lang. Gebruik hoogstens 100 tekens.
INVALID_URL = Vul een geldig webadres in dat begint met http:// of https://.

NOT_FOUND = We konden niet vinden wat je zoekt. Het is misschien verwijderd, of je hebt er geen toegang toe.
ALREADY_EXISTS = Dit bestaat al. Gebruik een andere naam.
SERVICE_LIMIT_EXCEEDED = Je hebt het maximale aantal services voor je abonnement bereikt. Kies een groter abonnement of verwijder een service.
TEAM_LIMIT_EXCEEDED = Je hebt het maximale aantal leden voor je abonnement bereikt. Kies een groter abonnement of verwijder een lid.
USER_ALREADY_EXISTS = Er bestaat al een account met dit e-mailadres. Log in of gebruik een ander e-mailadres.
INVITATION_EXPIRED = Deze uitnodiging is verlopen. Vraag een nieuwe aan.
INVITATION_ALREADY_ACCEPTED = Deze uitnodiging is al geaccepteerd. Je hoeft niets meer te doen.

MFA_REQUIRED = Voltooi de verificatie in twee stappen om verder te gaan.
INVALID_MFA_CODE = Die code klopt niet. Controleer hem en probeer het opnieuw.
MFA_NOT_ENABLED = Verificatie in twee stappen is nog niet ingesteld. Stel die eerst in.
MFA_ALREADY_ENABLED = Verificatie in twee stappen staat al aan. Je hoeft niets meer te doen.
NO_BACKUP_CODES = Je hebt geen back-upcodes meer. Maak nieuwe aan.

DEVICE_CODE_EXPIRED = Deze inlogcode is verlopen. Begin opnieuw op je apparaat.
DEVICE_CODE_PENDING = We wachten tot je het inloggen op je andere apparaat goedkeurt.
INVALID_DEVICE_CODE = Deze inlogcode is niet geldig. Begin opnieuw op je apparaat.
INVALID_GRANT_TYPE = Inloggen kon niet worden voltooid. Probeer het opnieuw en neem contact op met support als het probleem blijft.

OAUTH_ERROR = De inlogdienst had een probleem. Probeer zo meteen opnieuw in te loggen.
OAUTH_STATE_MISMATCH = Het inloggen kon niet worden gecontroleerd. Begin opnieuw met inloggen.
OAUTH_CODE_EXPIRED = Het inloggen duurde te lang. Begin opnieuw met inloggen.
PROVIDER_NOT_CONFIGURED = Deze inlogoptie is nog niet ingesteld. Neem contact op met je beheerder.

SAML_NOT_CONFIGURED = Eenmalige aanmelding is nog niet ingesteld voor deze organisatie. Neem contact op met je beheerder.
INVALID_SAML_RESPONSE = Eenmalige aanmelding kon niet worden voltooid. Neem contact op met je beheerder.
SAML_SIGNATURE_INVALID = Eenmalige aanmelding kon niet worden gecontroleerd. Neem contact op met je beheerder.
SAML_EXPIRED = Eenmalige aanmelding duurde te lang. Log opnieuw in.

INVALID_SCIM_TOKEN = Het automatisch aanmaken van gebruikers is niet toegestaan. Neem contact op met je beheerder.
SCIM_USER_EXISTS = Deze gebruiker is al toegevoegd.
SCIM_USER_NOT_FOUND = Deze gebruiker is niet gevonden.
SCIM_FILTER_INVALID = Er is iets misgegaan bij het zoeken naar gebruikers. Neem contact op met support als het probleem blijft.

INVALID_WEBHOOK_URL = Vul een webhookadres in dat begint met http:// of https://.
INVALID_WEBHOOK_EVENT = Dit type gebeurtenis wordt niet ondersteund. Kies er een uit de lijst.
WEBHOOK_NAME_EXISTS = Er bestaat al een webhook met deze naam. Kies een andere naam.

DATABASE_ERROR = Er is bij ons iets misgegaan. Probeer het opnieuw en neem contact op met support als het probleem blijft.
STRIPE_ERROR = Facturering is tijdelijk niet beschikbaar. Probeer het zo meteen opnieuw.
EMAIL_SEND_FAILED = We konden de e-mail niet versturen. Neem contact op met je beheerder.
ENCRYPTION_ERROR = Er is bij ons iets misgegaan. Neem contact op met support.

SERVICE_UNAVAILABLE = De dienst is tijdelijk niet beschikbaar. Probeer het zo meteen opnieuw.
    .wait = De dienst is tijdelijk niet beschikbaar. Probeer het over { wait-duration } opnieuw.
NETWORK_ERROR = Er kan nu geen verbinding worden gemaakt. Controleer je internetverbinding en probeer het opnieuw.
