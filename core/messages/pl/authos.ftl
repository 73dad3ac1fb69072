# Polski. Forma bezosobowa i tryb rozkazujący (ty). Terminy: zaloguj się, administrator, weryfikacja dwuetapowa, krótka nazwa, plan.

wait-duration = { $unit ->
        [hour] { $amount ->
            [one] { $amount } godzinę
            [few] { $amount } godziny
            [many] { $amount } godzin
           *[other] { $amount } godziny
        }
        [minute] { $amount ->
            [one] { $amount } minutę
            [few] { $amount } minuty
            [many] { $amount } minut
           *[other] { $amount } minuty
        }
       *[second] { $amount ->
            [one] { $amount } sekundę
            [few] { $amount } sekundy
            [many] { $amount } sekund
           *[other] { $amount } sekundy
        }
    }

unknown-client-error = Coś poszło nie tak z tym żądaniem. Spróbuj ponownie, a jeśli problem się powtórzy, skontaktuj się z pomocą techniczną.
unknown-rate-limited = Za dużo żądań w tej chwili. Zaczekaj chwilę i spróbuj ponownie.
    .wait = Za dużo żądań w tej chwili. Spróbuj ponownie za { wait-duration }.
unknown-server-error = Coś poszło nie tak po naszej stronie. Spróbuj ponownie za chwilę.

BAD_REQUEST = Coś poszło nie tak z tym żądaniem. Spróbuj ponownie, a jeśli problem się powtórzy, skontaktuj się z pomocą techniczną.
CONFLICT = To koliduje z czymś, co już istnieje. Zmień to i spróbuj ponownie.
RATE_LIMIT_EXCEEDED = Za dużo prób. Zaczekaj chwilę i spróbuj ponownie.
    .wait = Za dużo prób. Spróbuj ponownie za { wait-duration }.
INTERNAL_SERVER_ERROR = Coś poszło nie tak po naszej stronie. Spróbuj ponownie za chwilę.

UNAUTHORIZED = Zaloguj się, aby kontynuować.
TOKEN_EXPIRED = Twoja sesja wygasła. Zaloguj się ponownie.
JWT_ERROR = Twoja sesja jest już nieważna. Zaloguj się ponownie.
INVALID_CREDENTIALS = Adres e-mail lub hasło są nieprawidłowe. Sprawdź je i spróbuj ponownie.
EMAIL_NOT_VERIFIED = Potwierdź swój adres e-mail. Link weryfikacyjny znajdziesz w skrzynce odbiorczej.
ACCOUNT_LOCKED = Twoje konto zostało tymczasowo zablokowane po zbyt wielu nieudanych próbach. Spróbuj ponownie później lub skontaktuj się z pomocą techniczną.
    .wait = Twoje konto zostało tymczasowo zablokowane po zbyt wielu nieudanych próbach. Spróbuj ponownie za { wait-duration }.

FORBIDDEN = Nie masz uprawnień, aby to zrobić. Poproś administratora o dostęp.
ORGANIZATION_NOT_ACTIVE = Ta organizacja jest obecnie nieaktywna. Skontaktuj się z administratorem.
NOT_ORGANIZATION_MEMBER = Nie należysz do tej organizacji. Poproś administratora, aby cię dodał.
PLATFORM_OWNER_REQUIRED = Tylko właściciel platformy może to zrobić. Zaloguj się na konto właściciela lub poproś go o pomoc.

INVALID_EMAIL = Wpisz prawidłowy adres e-mail.
WEAK_PASSWORD = To hasło jest za słabe. Użyj co najmniej 8 znaków.
INVALID_SLUG = Krótka nazwa może zawierać tylko litery, cyfry, łączniki i podkreślenia.
RESERVED_SLUG = Ta krótka nazwa jest zarezerwowana. Wybierz inną.
SLUG_TOO_SHORT = Krótka nazwa jest za krótka. Użyj co najmniej 3 znaków.
SLUG_TOO_LONG = Krótka nazwa jest za długa. Użyj najwyżej 50 znaków.
NAME_TOO_SHORT = Nazwa jest za krótka. Użyj co najmniej 2 znaków.
NAME_TOO_LONG = Nazwa jest za długa. Użyj najwyżej 100 znaków.
INVALID_URL = Wpisz prawidłowy adres strony zaczynający się od http:// lub https://.

NOT_FOUND = Nie znaleźliśmy tego, czego szukasz. Mogło zostać usunięte albo nie masz do tego dostępu.
ALREADY_EXISTS = To już istnieje. Użyj innej nazwy.
SERVICE_LIMIT_EXCEEDED = Osiągnięto maksymalną liczbę usług w Twoim planie. Zmień plan na wyższy lub usuń usługę.
TEAM_LIMIT_EXCEEDED = Osiągnięto maksymalną liczbę członków w Twoim planie. Zmień plan na wyższy lub usuń członka.
USER_ALREADY_EXISTS = Konto z tym adresem e-mail już istnieje. Zaloguj się lub użyj innego adresu e-mail.
INVITATION_EXPIRED = To zaproszenie wygasło. Poproś o nowe.
INVITATION_ALREADY_ACCEPTED = To zaproszenie zostało już przyjęte. Nie musisz nic więcej robić.

MFA_REQUIRED = Dokończ weryfikację dwuetapową, aby kontynuować.
INVALID_MFA_CODE = Ten kod jest nieprawidłowy. Sprawdź go i spróbuj ponownie.
MFA_NOT_ENABLED = Weryfikacja dwuetapowa nie jest jeszcze skonfigurowana. Najpierw ją skonfiguruj.
MFA_ALREADY_ENABLED = Weryfikacja dwuetapowa jest już włączona. Nie musisz nic więcej robić.
NO_BACKUP_CODES = Nie masz już kodów zapasowych. Wygeneruj nowe.

DEVICE_CODE_EXPIRED = Ten kod logowania wygasł. Zacznij od nowa na swoim urządzeniu.
DEVICE_CODE_PENDING = Czekamy, aż zatwierdzisz logowanie na drugim urządzeniu.
INVALID_DEVICE_CODE = Ten kod logowania jest nieprawidłowy. Zacznij od nowa na swoim urządzeniu.
INVALID_GRANT_TYPE = Nie udało się dokończyć logowania. Spróbuj ponownie, a jeśli problem się powtórzy, skontaktuj się z pomocą techniczną.

OAUTH_ERROR = Usługa logowania napotkała problem. Spróbuj zalogować się ponownie za chwilę.
OAUTH_STATE_MISMATCH = Nie udało się zweryfikować logowania. Zacznij logowanie od nowa.
OAUTH_CODE_EXPIRED = Logowanie trwało zbyt długo. Zacznij logowanie od nowa.
PROVIDER_NOT_CONFIGURED = Ta opcja logowania nie jest jeszcze skonfigurowana. Skontaktuj się z administratorem.

SAML_NOT_CONFIGURED = Logowanie jednokrotne nie jest jeszcze skonfigurowane dla tej organizacji. Skontaktuj się z administratorem.
INVALID_SAML_RESPONSE = Nie udało się dokończyć logowania jednokrotnego. Skontaktuj się z administratorem.
SAML_SIGNATURE_INVALID = Nie udało się zweryfikować logowania jednokrotnego. Skontaktuj się z administratorem.
SAML_EXPIRED = Logowanie jednokrotne trwało zbyt długo. Zaloguj się ponownie.

INVALID_SCIM_TOKEN = Aprowizacja użytkowników nie jest autoryzowana. Skontaktuj się z administratorem.
SCIM_USER_EXISTS = Ten użytkownik został już dodany.
SCIM_USER_NOT_FOUND = Nie znaleziono tego użytkownika.
SCIM_FILTER_INVALID = Coś poszło nie tak podczas wyszukiwania użytkowników. Jeśli problem się powtórzy, skontaktuj się z pomocą techniczną.

INVALID_WEBHOOK_URL = Wpisz adres webhooka zaczynający się od http:// lub https://.
INVALID_WEBHOOK_EVENT = Ten typ zdarzenia nie jest obsługiwany. Wybierz jeden z listy.
WEBHOOK_NAME_EXISTS = Webhook o tej nazwie już istnieje. Wybierz inną nazwę.

DATABASE_ERROR = Coś poszło nie tak po naszej stronie. Spróbuj ponownie, a jeśli problem się powtórzy, skontaktuj się z pomocą techniczną.
STRIPE_ERROR = Rozliczenia są chwilowo niedostępne. Spróbuj ponownie za chwilę.
EMAIL_SEND_FAILED = Nie udało się wysłać wiadomości e-mail. Skontaktuj się z administratorem.
ENCRYPTION_ERROR = Coś poszło nie tak po naszej stronie. Skontaktuj się z pomocą techniczną.

SERVICE_UNAVAILABLE = Usługa jest chwilowo niedostępna. Spróbuj ponownie za chwilę.
    .wait = Usługa jest chwilowo niedostępna. Spróbuj ponownie za { wait-duration }.
NETWORK_ERROR = Nie można teraz nawiązać połączenia. Sprawdź połączenie z internetem i spróbuj ponownie.
