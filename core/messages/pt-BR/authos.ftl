# Português do Brasil. Você. Termos: fazer login, administrador, verificação em duas etapas, nome curto, plano.

wait-duration = { $unit ->
        [hour] { $amount ->
            [0] 0 horas
            [one] { $amount } hora
           *[other] { $amount } horas
        }
        [minute] { $amount ->
            [0] 0 minutos
            [one] { $amount } minuto
           *[other] { $amount } minutos
        }
       *[second] { $amount ->
            [0] 0 segundos
            [one] { $amount } segundo
           *[other] { $amount } segundos
        }
    }

unknown-client-error = Algo deu errado com esta solicitação. Tente novamente e, se o problema continuar, entre em contato com o suporte.
unknown-rate-limited = Há muitas solicitações no momento. Aguarde um pouco e tente novamente.
    .wait = Há muitas solicitações no momento. Tente novamente em { wait-duration }.
unknown-server-error = Algo deu errado do nosso lado. Tente novamente em instantes.

BAD_REQUEST = Algo deu errado com esta solicitação. Tente novamente e, se o problema continuar, entre em contato com o suporte.
CONFLICT = Isto entra em conflito com algo que já existe. Altere e tente novamente.
RATE_LIMIT_EXCEEDED = Muitas tentativas. Aguarde um pouco e tente novamente.
    .wait = Muitas tentativas. Tente novamente em { wait-duration }.
INTERNAL_SERVER_ERROR = Algo deu errado do nosso lado. Tente novamente em instantes.

UNAUTHORIZED = Faça login para continuar.
TOKEN_EXPIRED = Sua sessão expirou. Faça login novamente.
JWT_ERROR = Sua sessão não é mais válida. Faça login novamente.
INVALID_CREDENTIALS = O e-mail ou a senha estão incorretos. Verifique e tente novamente.
EMAIL_NOT_VERIFIED = Confirme seu endereço de e-mail. O link de confirmação está na sua caixa de entrada.
ACCOUNT_LOCKED = Sua conta foi bloqueada temporariamente após muitas tentativas sem sucesso. Tente novamente mais tarde ou entre em contato com o suporte.
    .wait = Sua conta foi bloqueada temporariamente após muitas tentativas sem sucesso. Tente novamente em { wait-duration }.

FORBIDDEN = Você não tem permissão para fazer isso. Peça acesso a um administrador.
ORGANIZATION_NOT_ACTIVE = Esta organização não está ativa no momento. Entre em contato com o administrador.
NOT_ORGANIZATION_MEMBER = Você não é membro desta organização. Peça a um administrador para adicionar você.
PLATFORM_OWNER_REQUIRED = Somente o proprietário da plataforma pode fazer isso. Faça login com a conta do proprietário ou peça ajuda a ele.

INVALID_EMAIL = Digite um endereço de e-mail válido.
WEAK_PASSWORD = Esta senha é fraca demais. Use pelo menos 8 caracteres.
INVALID_SLUG = O nome curto só pode ter letras, números, hifens e sublinhados.
RESERVED_SLUG = Este nome curto está reservado. Escolha outro.
SLUG_TOO_SHORT = O nome curto é curto demais. Use pelo menos 3 caracteres.
SLUG_TOO_LONG = O nome curto é longo demais. Use no máximo 50 caracteres.
NAME_TOO_SHORT = O nome é curto demais. Use pelo menos 2 caracteres.
NAME_TOO_LONG = O nome é longo demais. Use no máximo 100 caracteres.
INVALID_URL = Digite um endereço da web válido que comece com http:// ou https://.

NOT_FOUND = Não encontramos o que você procura. Talvez tenha sido removido, ou você não tenha acesso.
ALREADY_EXISTS = Isto já existe. Use outro nome.
SERVICE_LIMIT_EXCEEDED = Você atingiu o número máximo de serviços do seu plano. Faça upgrade do plano ou remova um serviço.
TEAM_LIMIT_EXCEEDED = Você atingiu o número máximo de membros do seu plano. Faça upgrade do plano ou remova um membro.
USER_ALREADY_EXISTS = Já existe uma conta com este e-mail. Faça login ou use outro e-mail.
INVITATION_EXPIRED = Este convite expirou. Peça um novo.
INVITATION_ALREADY_ACCEPTED = Este convite já foi aceito. Não é preciso fazer mais nada.

MFA_REQUIRED = Conclua a verificação em duas etapas para continuar.
INVALID_MFA_CODE = Esse código não está correto. Verifique e tente novamente.
MFA_NOT_ENABLED = A verificação em duas etapas ainda não foi configurada. Configure-a primeiro.
MFA_ALREADY_ENABLED = A verificação em duas etapas já está ativada. Não é preciso fazer mais nada.
NO_BACKUP_CODES = Você não tem mais códigos de backup. Gere novos códigos.

DEVICE_CODE_EXPIRED = Este código de login expirou. Comece de novo no seu dispositivo.
DEVICE_CODE_PENDING = Aguardando você aprovar o login no seu outro dispositivo.
INVALID_DEVICE_CODE = Este código de login não é válido. Comece de novo no seu dispositivo.
INVALID_GRANT_TYPE = Não foi possível concluir o login. Tente novamente e, se o problema continuar, entre em contato com o suporte.

OAUTH_ERROR = O provedor de login teve um problema. Tente fazer login novamente em instantes.
OAUTH_STATE_MISMATCH = Não foi possível verificar o login. Comece o login de novo.
OAUTH_CODE_EXPIRED = O login demorou demais. Comece o login de novo.
PROVIDER_NOT_CONFIGURED = Esta opção de login ainda não foi configurada. Entre em contato com o administrador.

SAML_NOT_CONFIGURED = O login único ainda não foi configurado para esta organização. Entre em contato com o administrador.
INVALID_SAML_RESPONSE = Não foi possível concluir o login único. Entre em contato com o administrador.
SAML_SIGNATURE_INVALID = Não foi possível verificar o login único. Entre em contato com o administrador.
SAML_EXPIRED = O login único demorou demais. Faça login novamente.

INVALID_SCIM_TOKEN = O provisionamento de usuários não está autorizado. Entre em contato com o administrador.
SCIM_USER_EXISTS = Este usuário já foi adicionado.
SCIM_USER_NOT_FOUND = Este usuário não foi encontrado.
SCIM_FILTER_INVALID = Algo deu errado ao buscar usuários. Se o problema continuar, entre em contato com o suporte.

INVALID_WEBHOOK_URL = Digite um endereço de webhook que comece com http:// ou https://.
INVALID_WEBHOOK_EVENT = Este tipo de evento não é compatível. Escolha um da lista.
WEBHOOK_NAME_EXISTS = Já existe um webhook com este nome. Escolha outro nome.

DATABASE_ERROR = Algo deu errado do nosso lado. Tente novamente e, se o problema continuar, entre em contato com o suporte.
STRIPE_ERROR = O faturamento está temporariamente indisponível. Tente novamente em instantes.
EMAIL_SEND_FAILED = Não foi possível enviar o e-mail. Entre em contato com o administrador.
ENCRYPTION_ERROR = Algo deu errado do nosso lado. Entre em contato com o suporte.

SERVICE_UNAVAILABLE = O serviço está temporariamente indisponível. Tente novamente em instantes.
    .wait = O serviço está temporariamente indisponível. Tente novamente em { wait-duration }.
NETWORK_ERROR = Não é possível conectar agora. Verifique sua conexão com a internet e tente novamente.
