# Français. Vouvoiement. Termes : se connecter, administrateur, validation en deux étapes, nom court, abonnement.

wait-duration = { $unit ->
        [hour] { $amount ->
            [one] { $amount } heure
           *[other] { $amount } heures
        }
        [minute] { $amount ->
            [one] { $amount } minute
           *[other] { $amount } minutes
        }
       *[second] { $amount ->
            [one] { $amount } seconde
           *[other] { $amount } secondes
        }
    }

unknown-client-error = Un problème est survenu avec cette requête. Veuillez réessayer et contacter l’assistance si le problème persiste.
unknown-rate-limited = Trop de requêtes pour le moment. Veuillez patienter un instant, puis réessayer.
    .wait = Trop de requêtes pour le moment. Veuillez réessayer dans { wait-duration }.
unknown-server-error = Un problème est survenu de notre côté. Veuillez réessayer dans un instant.

BAD_REQUEST = Un problème est survenu avec cette requête. Veuillez réessayer et contacter l’assistance si le problème persiste.
CONFLICT = Cela entre en conflit avec un élément existant. Veuillez le modifier et réessayer.
RATE_LIMIT_EXCEEDED = Trop de tentatives. Veuillez patienter un instant, puis réessayer.
    .wait = Trop de tentatives. Veuillez réessayer dans { wait-duration }.
INTERNAL_SERVER_ERROR = Un problème est survenu de notre côté. Veuillez réessayer dans un instant.

UNAUTHORIZED = Veuillez vous connecter pour continuer.
TOKEN_EXPIRED = Votre session a expiré. Veuillez vous reconnecter.
JWT_ERROR = Votre session n’est plus valide. Veuillez vous reconnecter.
INVALID_CREDENTIALS = L’adresse e-mail ou le mot de passe est incorrect. Veuillez les vérifier et réessayer.
EMAIL_NOT_VERIFIED = Veuillez confirmer votre adresse e-mail. Le lien de confirmation se trouve dans votre boîte de réception.
ACCOUNT_LOCKED = Votre compte est temporairement bloqué après trop de tentatives infructueuses. Veuillez réessayer plus tard ou contacter l’assistance.
    .wait = Votre compte est temporairement bloqué après trop de tentatives infructueuses. Veuillez réessayer dans { wait-duration }.

FORBIDDEN = Vous n’avez pas l’autorisation d’effectuer cette action. Demandez l’accès à un administrateur.
ORGANIZATION_NOT_ACTIVE = Cette organisation n’est pas active pour le moment. Veuillez contacter votre administrateur.
NOT_ORGANIZATION_MEMBER = Vous n’êtes pas membre de cette organisation. Demandez à un administrateur de vous ajouter.
PLATFORM_OWNER_REQUIRED = Seul le propriétaire de la plateforme peut effectuer cette action. Connectez-vous avec le compte propriétaire ou demandez-lui de l’aide.

INVALID_EMAIL = Veuillez saisir une adresse e-mail valide.
WEAK_PASSWORD = Ce mot de passe est trop faible. Veuillez utiliser au moins 8 caractères.
INVALID_SLUG = Le nom court ne peut contenir que des lettres, des chiffres, des tirets et des traits de soulignement.
RESERVED_SLUG = Ce nom court est réservé. Veuillez en choisir un autre.
SLUG_TOO_SHORT = Le nom court est trop court. Veuillez utiliser au moins 3 caractères.
SLUG_TOO_LONG = Le nom court est trop long. Veuillez utiliser au maximum 50 caractères.
NAME_TOO_SHORT = Le nom est trop court. Veuillez utiliser au moins 2 caractères.
NAME_TOO_LONG = Le nom est trop long. Veuillez utiliser au maximum 100 caractères.
INVALID_URL = Veuillez saisir une adresse web valide commençant par http:// ou https://.

NOT_FOUND = Nous n’avons pas trouvé ce que vous cherchez. Il a peut-être été supprimé, ou vous n’y avez pas accès.
ALREADY_EXISTS = Cet élément existe déjà. Veuillez utiliser un autre nom.
SERVICE_LIMIT_EXCEEDED = Vous avez atteint le nombre maximal de services de votre abonnement. Passez à un abonnement supérieur ou supprimez un service.
TEAM_LIMIT_EXCEEDED = Vous avez atteint le nombre maximal de membres de votre abonnement. Passez à un abonnement supérieur ou retirez un membre.
USER_ALREADY_EXISTS = Un compte existe déjà avec cette adresse e-mail. Connectez-vous plutôt, ou utilisez une autre adresse e-mail.
INVITATION_EXPIRED = Cette invitation a expiré. Veuillez en demander une nouvelle.
INVITATION_ALREADY_ACCEPTED = Cette invitation a déjà été acceptée. Vous n’avez rien d’autre à faire.

MFA_REQUIRED = Veuillez terminer la validation en deux étapes pour continuer.
INVALID_MFA_CODE = Ce code est incorrect. Veuillez le vérifier et réessayer.
MFA_NOT_ENABLED = La validation en deux étapes n’est pas encore configurée. Veuillez d’abord la configurer.
MFA_ALREADY_ENABLED = La validation en deux étapes est déjà activée. Vous n’avez rien d’autre à faire.
NO_BACKUP_CODES = Il ne vous reste aucun code de secours. Veuillez en générer de nouveaux.

DEVICE_CODE_EXPIRED = Ce code de connexion a expiré. Veuillez recommencer sur votre appareil.
DEVICE_CODE_PENDING = En attente de votre approbation de la connexion sur votre autre appareil.
INVALID_DEVICE_CODE = Ce code de connexion n’est pas valide. Veuillez recommencer sur votre appareil.
INVALID_GRANT_TYPE = La connexion n’a pas pu aboutir. Veuillez réessayer et contacter l’assistance si le problème persiste.

OAUTH_ERROR = Le fournisseur de connexion a rencontré un problème. Veuillez vous reconnecter dans un instant.
OAUTH_STATE_MISMATCH = La connexion n’a pas pu être vérifiée. Veuillez recommencer la connexion.
OAUTH_CODE_EXPIRED = La connexion a pris trop de temps. Veuillez recommencer la connexion.
PROVIDER_NOT_CONFIGURED = Cette option de connexion n’est pas encore configurée. Veuillez contacter votre administrateur.

SAML_NOT_CONFIGURED = L’authentification unique n’est pas encore configurée pour cette organisation. Veuillez contacter votre administrateur.
INVALID_SAML_RESPONSE = L’authentification unique n’a pas pu aboutir. Veuillez contacter votre administrateur.
SAML_SIGNATURE_INVALID = L’authentification unique n’a pas pu être vérifiée. Veuillez contacter votre administrateur.
SAML_EXPIRED = L’authentification unique a pris trop de temps. Veuillez vous reconnecter.

INVALID_SCIM_TOKEN = Le provisionnement des utilisateurs n’est pas autorisé. Veuillez contacter votre administrateur.
SCIM_USER_EXISTS = Cet utilisateur a déjà été ajouté.
SCIM_USER_NOT_FOUND = Cet utilisateur est introuvable.
SCIM_FILTER_INVALID = Un problème est survenu lors de la recherche d’utilisateurs. Veuillez contacter l’assistance si le problème persiste.

INVALID_WEBHOOK_URL = Veuillez saisir une adresse de webhook commençant par http:// ou https://.
INVALID_WEBHOOK_EVENT = Ce type d’événement n’est pas pris en charge. Veuillez en choisir un dans la liste.
WEBHOOK_NAME_EXISTS = Un webhook porte déjà ce nom. Veuillez choisir un autre nom.

DATABASE_ERROR = Un problème est survenu de notre côté. Veuillez réessayer et contacter l’assistance si le problème persiste.
STRIPE_ERROR = La facturation est temporairement indisponible. Veuillez réessayer dans un instant.
EMAIL_SEND_FAILED = Nous n’avons pas pu envoyer l’e-mail. Veuillez contacter votre administrateur.
ENCRYPTION_ERROR = Un problème est survenu de notre côté. Veuillez contacter l’assistance.

SERVICE_UNAVAILABLE = Le service est temporairement indisponible. Veuillez réessayer dans un instant.
    .wait = Le service est temporairement indisponible. Veuillez réessayer dans { wait-duration }.
NETWORK_ERROR = Connexion impossible pour le moment. Vérifiez votre connexion Internet et réessayez.
