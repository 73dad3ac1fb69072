# Italiano. Tu. Termini: accedere, amministratore, verifica in due passaggi, nome breve, piano.

wait-duration = { $unit ->
        [hour] { $amount ->
            [one] { $amount } ora
           *[other] { $amount } ore
        }
        [minute] { $amount ->
            [one] { $amount } minuto
           *[other] { $amount } minuti
        }
       *[second] { $amount ->
            [one] { $amount } secondo
           *[other] { $amount } secondi
        }
    }

unknown-client-error = Si è verificato un problema con questa richiesta. Riprova e, se il problema persiste, contatta l’assistenza.
unknown-rate-limited = Troppe richieste in questo momento. Attendi qualche istante e riprova.
    .wait = Troppe richieste in questo momento. Riprova tra { wait-duration }.
unknown-server-error = Si è verificato un problema da parte nostra. Riprova tra qualche istante.

BAD_REQUEST = Si è verificato un problema con questa richiesta. Riprova e, se il problema persiste, contatta l’assistenza.
CONFLICT = Questo è in conflitto con qualcosa che esiste già. Modificalo e riprova.
RATE_LIMIT_EXCEEDED = Troppi tentativi. Attendi qualche istante e riprova.
    .wait = Troppi tentativi. Riprova tra { wait-duration }.
INTERNAL_SERVER_ERROR = Si è verificato un problema da parte nostra. Riprova tra qualche istante.

UNAUTHORIZED = Accedi per continuare.
TOKEN_EXPIRED = La tua sessione è scaduta. Accedi di nuovo.
JWT_ERROR = La tua sessione non è più valida. Accedi di nuovo.
INVALID_CREDENTIALS = L’email o la password non sono corrette. Controllale e riprova.
EMAIL_NOT_VERIFIED = Verifica il tuo indirizzo email. Trovi il link di verifica nella tua casella di posta.
ACCOUNT_LOCKED = Il tuo account è temporaneamente bloccato dopo troppi tentativi non riusciti. Riprova più tardi o contatta l’assistenza.
    .wait = Il tuo account è temporaneamente bloccato dopo troppi tentativi non riusciti. Riprova tra { wait-duration }.

FORBIDDEN = Non hai l’autorizzazione per farlo. Chiedi l’accesso a un amministratore.
ORGANIZATION_NOT_ACTIVE = Questa organizzazione non è attiva al momento. Contatta il tuo amministratore.
NOT_ORGANIZATION_MEMBER = Non fai parte di questa organizzazione. Chiedi a un amministratore di aggiungerti.
PLATFORM_OWNER_REQUIRED = Solo il proprietario della piattaforma può farlo. Accedi con l’account del proprietario o chiedigli aiuto.

INVALID_EMAIL = Inserisci un indirizzo email valido.
WEAK_PASSWORD = Questa password è troppo debole. Usa almeno 8 caratteri.
INVALID_SLUG = Il nome breve può contenere solo lettere, numeri, trattini e trattini bassi.
RESERVED_SLUG = Questo nome breve è riservato. Scegline un altro.
SLUG_TOO_SHORT = Il nome breve è troppo corto. Usa almeno 3 caratteri.
SLUG_TOO_LONG = Il nome breve è troppo lungo. Usa al massimo 50 caratteri.
NAME_TOO_SHORT = Il nome è troppo corto. Usa almeno 2 caratteri.
NAME_TOO_LONG = Il nome è troppo lungo. Usa al massimo 100 caratteri.
INVALID_URL = Inserisci un indirizzo web valido che inizi con http:// o https://.

NOT_FOUND = Non abbiamo trovato quello che cerchi. Potrebbe essere stato rimosso, oppure potresti non avervi accesso.
ALREADY_EXISTS = Esiste già. Usa un nome diverso.
SERVICE_LIMIT_EXCEEDED = Hai raggiunto il numero massimo di servizi del tuo piano. Passa a un piano superiore o rimuovi un servizio.
TEAM_LIMIT_EXCEEDED = Hai raggiunto il numero massimo di membri del tuo piano. Passa a un piano superiore o rimuovi un membro.
USER_ALREADY_EXISTS = Esiste già un account con questa email. Accedi oppure usa un’altra email.
INVITATION_EXPIRED = Questo invito è scaduto. Chiedine uno nuovo.
INVITATION_ALREADY_ACCEPTED = Questo invito è già stato accettato. Non devi fare altro.

MFA_REQUIRED = Completa la verifica in due passaggi per continuare.
INVALID_MFA_CODE = Il codice non è corretto. Controllalo e riprova.
MFA_NOT_ENABLED = La verifica in due passaggi non è ancora configurata. Configurala prima.
MFA_ALREADY_ENABLED = La verifica in due passaggi è già attiva. Non devi fare altro.
NO_BACKUP_CODES = Non hai più codici di backup. Generane di nuovi.

DEVICE_CODE_EXPIRED = Questo codice di accesso è scaduto. Ricomincia dal tuo dispositivo.
DEVICE_CODE_PENDING = In attesa che tu approvi l’accesso sull’altro dispositivo.
INVALID_DEVICE_CODE = Questo codice di accesso non è valido. Ricomincia dal tuo dispositivo.
INVALID_GRANT_TYPE = Non è stato possibile completare l’accesso. Riprova e, se il problema persiste, contatta l’assistenza.

OAUTH_ERROR = Il servizio di accesso ha avuto un problema. Riprova ad accedere tra qualche istante.
OAUTH_STATE_MISMATCH = Non è stato possibile verificare l’accesso. Ricomincia la procedura di accesso.
OAUTH_CODE_EXPIRED = L’accesso ha richiesto troppo tempo. Ricomincia la procedura di accesso.
PROVIDER_NOT_CONFIGURED = Questa opzione di accesso non è ancora configurata. Contatta il tuo amministratore.

SAML_NOT_CONFIGURED = Il Single Sign-On non è ancora configurato per questa organizzazione. Contatta il tuo amministratore.
INVALID_SAML_RESPONSE = Non è stato possibile completare il Single Sign-On. Contatta il tuo amministratore.
SAML_SIGNATURE_INVALID = Non è stato possibile verificare il Single Sign-On. Contatta il tuo amministratore.
SAML_EXPIRED = Il Single Sign-On ha richiesto troppo tempo. Accedi di nuovo.

INVALID_SCIM_TOKEN = Il provisioning degli utenti non è autorizzato. Contatta il tuo amministratore.
SCIM_USER_EXISTS = Questo utente è già stato aggiunto.
SCIM_USER_NOT_FOUND = Impossibile trovare questo utente.
SCIM_FILTER_INVALID = Si è verificato un problema durante la ricerca degli utenti. Se il problema persiste, contatta l’assistenza.

INVALID_WEBHOOK_URL = Inserisci un indirizzo del webhook che inizi con http:// o https://.
INVALID_WEBHOOK_EVENT = Questo tipo di evento non è supportato. Scegline uno dall’elenco.
WEBHOOK_NAME_EXISTS = Esiste già un webhook con questo nome. Scegli un altro nome.

DATABASE_ERROR = Si è verificato un problema da parte nostra. Riprova e, se il problema persiste, contatta l’assistenza.
STRIPE_ERROR = La fatturazione è temporaneamente non disponibile. Riprova tra qualche istante.
EMAIL_SEND_FAILED = Non è stato possibile inviare l’email. Contatta il tuo amministratore.
ENCRYPTION_ERROR = Si è verificato un problema da parte nostra. Contatta l’assistenza.

SERVICE_UNAVAILABLE = Il servizio è temporaneamente non disponibile. Riprova tra qualche istante.
    .wait = Il servizio è temporaneamente non disponibile. Riprova tra { wait-duration }.
NETWORK_ERROR = Impossibile connettersi in questo momento. Controlla la connessione a Internet e riprova.
