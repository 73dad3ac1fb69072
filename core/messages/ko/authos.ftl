# 한국어. 합쇼체/해요체(정중). 용어: 로그인, 관리자, 2단계 인증, 짧은 이름, 요금제.

wait-duration = { $unit ->
        [hour] { $amount ->
           *[other] { $amount }시간
        }
        [minute] { $amount ->
           *[other] { $amount }분
        }
       *[second] { $amount ->
           *[other] { $amount }초
        }
    }

unknown-client-error = 이 요청을 처리하는 중에 문제가 발생했습니다. 다시 시도해 주세요. 문제가 계속되면 지원팀에 문의해 주세요.
unknown-rate-limited = 지금 요청이 너무 많습니다. 잠시 기다린 후 다시 시도해 주세요.
    .wait = 지금 요청이 너무 많습니다. { wait-duration } 후에 다시 시도해 주세요.
unknown-server-error = 시스템에 문제가 발생했습니다. 잠시 후 다시 시도해 주세요.

BAD_REQUEST = 이 요청을 처리하는 중에 문제가 발생했습니다. 다시 시도해 주세요. 문제가 계속되면 지원팀에 문의해 주세요.
CONFLICT = 이미 있는 항목과 충돌합니다. 내용을 변경한 후 다시 시도해 주세요.
RATE_LIMIT_EXCEEDED = 시도 횟수가 너무 많습니다. 잠시 기다린 후 다시 시도해 주세요.
    .wait = 시도 횟수가 너무 많습니다. { wait-duration } 후에 다시 시도해 주세요.
INTERNAL_SERVER_ERROR = 시스템에 문제가 발생했습니다. 잠시 후 다시 시도해 주세요.

UNAUTHORIZED = 계속하려면 로그인해 주세요.
TOKEN_EXPIRED = 세션이 만료되었습니다. 다시 로그인해 주세요.
JWT_ERROR = 세션이 더 이상 유효하지 않습니다. 다시 로그인해 주세요.
INVALID_CREDENTIALS = 이메일 또는 비밀번호가 올바르지 않습니다. 확인한 후 다시 시도해 주세요.
EMAIL_NOT_VERIFIED = 이메일 주소를 인증해 주세요. 받은편지함에서 인증 링크를 확인할 수 있습니다.
ACCOUNT_LOCKED = 로그인 실패가 너무 많아 계정이 일시적으로 잠겼습니다. 나중에 다시 시도하거나 지원팀에 문의해 주세요.
    .wait = 로그인 실패가 너무 많아 계정이 일시적으로 잠겼습니다. { wait-duration } 후에 다시 시도해 주세요.

FORBIDDEN = 이 작업을 할 권한이 없습니다. 관리자에게 접근 권한을 요청해 주세요.
ORGANIZATION_NOT_ACTIVE = 이 조직은 현재 활성 상태가 아닙니다. 관리자에게 문의해 주세요.
NOT_ORGANIZATION_MEMBER = 이 조직의 구성원이 아닙니다. 관리자에게 추가를 요청해 주세요.
PLATFORM_OWNER_REQUIRED = 이 작업은 플랫폼 소유자만 할 수 있습니다. 소유자 계정으로 로그인하거나 소유자에게 도움을 요청해 주세요.

INVALID_EMAIL = 올바른 이메일 주소를 입력해 주세요.
WEAK_PASSWORD = 비밀번호가 너무 약합니다. 8자 이상으로 입력해 주세요.
INVALID_SLUG = 짧은 이름에는 영문자, 숫자, 하이픈, 밑줄만 사용할 수 있습니다.
RESERVED_SLUG = 이미 예약된 짧은 이름입니다. 다른 이름을 선택해 주세요.
SLUG_TOO_SHORT = 짧은 이름이 너무 짧습니다. 3자 이상으로 입력해 주세요.
SLUG_TOO_LONG = 짧은 이름이 너무 깁니다. 50자 이하로 입력해 주세요.
NAME_TOO_SHORT = 이름이 너무 짧습니다. 2자 이상으로 입력해 주세요.
NAME_TOO_LONG = 이름이 너무 깁니다. 100자 이하로 입력해 주세요.
INVALID_URL = http:// 또는 https://로 시작하는 올바른 웹 주소를 입력해 주세요.

NOT_FOUND = 찾으시는 항목을 찾을 수 없습니다. 삭제되었거나 접근 권한이 없을 수 있습니다.
ALREADY_EXISTS = 이미 있는 항목입니다. 다른 이름을 사용해 주세요.
SERVICE_LIMIT_EXCEEDED = 현재 요금제의 최대 서비스 수에 도달했습니다. 요금제를 업그레이드하거나 서비스를 삭제해 주세요.
TEAM_LIMIT_EXCEEDED = 현재 요금제의 최대 구성원 수에 도달했습니다. 요금제를 업그레이드하거나 구성원을 삭제해 주세요.
USER_ALREADY_EXISTS = 이 이메일로 가입된 계정이 이미 있습니다. 로그인하거나 다른 이메일을 사용해 주세요.
INVITATION_EXPIRED = 초대가 만료되었습니다. 새 초대를 요청해 주세요.
INVITATION_ALREADY_ACCEPTED = 이미 수락된 초대입니다. 더 이상 하실 일이 없습니다.

MFA_REQUIRED = 계속하려면 2단계 인증을 완료해 주세요.
INVALID_MFA_CODE = 코드가 올바르지 않습니다. 확인한 후 다시 시도해 주세요.
MFA_NOT_ENABLED = 2단계 인증이 아직 설정되지 않았습니다. 먼저 설정해 주세요.
MFA_ALREADY_ENABLED = 2단계 인증이 이미 켜져 있습니다. 더 이상 하실 일이 없습니다.
NO_BACKUP_CODES = 남은 백업 코드가 없습니다. 새 코드를 생성해 주세요.

DEVICE_CODE_EXPIRED = 이 로그인 코드가 만료되었습니다. 기기에서 처음부터 다시 시작해 주세요.
DEVICE_CODE_PENDING = 다른 기기에서 로그인을 승인하기를 기다리고 있습니다.
INVALID_DEVICE_CODE = 유효하지 않은 로그인 코드입니다. 기기에서 처음부터 다시 시작해 주세요.
INVALID_GRANT_TYPE = 로그인을 완료하지 못했습니다. 다시 시도해 주세요. 문제가 계속되면 지원팀에 문의해 주세요.

OAUTH_ERROR = 로그인 서비스에 문제가 발생했습니다. 잠시 후 다시 로그인해 주세요.
OAUTH_STATE_MISMATCH = 로그인을 확인하지 못했습니다. 처음부터 다시 로그인해 주세요.
OAUTH_CODE_EXPIRED = 로그인 시간이 너무 오래 걸렸습니다. 처음부터 다시 로그인해 주세요.
PROVIDER_NOT_CONFIGURED = 이 로그인 방식은 아직 설정되지 않았습니다. 관리자에게 문의해 주세요.

SAML_NOT_CONFIGURED = 이 조직에는 통합 로그인이 아직 설정되지 않았습니다. 관리자에게 문의해 주세요.
INVALID_SAML_RESPONSE = 통합 로그인을 완료하지 못했습니다. 관리자에게 문의해 주세요.
SAML_SIGNATURE_INVALID = 통합 로그인을 확인하지 못했습니다. 관리자에게 문의해 주세요.
SAML_EXPIRED = 통합 로그인 시간이 너무 오래 걸렸습니다. 다시 로그인해 주세요.

INVALID_SCIM_TOKEN = 사용자 프로비저닝 권한이 없습니다. 관리자에게 문의해 주세요.
SCIM_USER_EXISTS = 이미 추가된 사용자입니다.
SCIM_USER_NOT_FOUND = 이 사용자를 찾을 수 없습니다.
SCIM_FILTER_INVALID = 사용자를 검색하는 중에 문제가 발생했습니다. 문제가 계속되면 지원팀에 문의해 주세요.

INVALID_WEBHOOK_URL = http:// 또는 https://로 시작하는 웹훅 주소를 입력해 주세요.
INVALID_WEBHOOK_EVENT = 지원되지 않는 이벤트 유형입니다. 목록에서 선택해 주세요.
WEBHOOK_NAME_EXISTS = 같은 이름의 웹훅이 이미 있습니다. 다른 이름을 선택해 주세요.

DATABASE_ERROR = 시스템에 문제가 발생했습니다. 다시 시도해 주세요. 문제가 계속되면 지원팀에 문의해 주세요.
STRIPE_ERROR = 결제 기능을 일시적으로 사용할 수 없습니다. 잠시 후 다시 시도해 주세요.
EMAIL_SEND_FAILED = 이메일을 보내지 못했습니다. 관리자에게 문의해 주세요.
ENCRYPTION_ERROR = 시스템에 문제가 발생했습니다. 지원팀에 문의해 주세요.

SERVICE_UNAVAILABLE = 서비스를 일시적으로 사용할 수 없습니다. 잠시 후 다시 시도해 주세요.
    .wait = 서비스를 일시적으로 사용할 수 없습니다. { wait-duration } 후에 다시 시도해 주세요.
NETWORK_ERROR = 지금은 연결할 수 없습니다. 인터넷 연결을 확인한 후 다시 시도해 주세요.
