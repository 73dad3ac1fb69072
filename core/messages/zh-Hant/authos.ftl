# 繁體中文（臺灣用語）。用語：登入、管理員、兩步驟驗證、帳號、電子郵件、簡稱、方案、支援團隊、裝置。數字與漢字之間留空格。

wait-duration = { $unit ->
        [hour] { $amount ->
           *[other] { $amount } 小時
        }
        [minute] { $amount ->
           *[other] { $amount } 分鐘
        }
       *[second] { $amount ->
           *[other] { $amount } 秒
        }
    }

unknown-client-error = 處理此要求時發生問題。請再試一次；如果問題持續發生，請聯絡支援團隊。
unknown-rate-limited = 目前的要求過多。請稍候再試。
    .wait = 目前的要求過多。請在 { wait-duration }後再試一次。
unknown-server-error = 我們這邊發生問題。請稍後再試。

BAD_REQUEST = 處理此要求時發生問題。請再試一次；如果問題持續發生，請聯絡支援團隊。
CONFLICT = 這與現有內容衝突。請修改後再試一次。
RATE_LIMIT_EXCEEDED = 嘗試次數過多。請稍候再試。
    .wait = 嘗試次數過多。請在 { wait-duration }後再試一次。
INTERNAL_SERVER_ERROR = 我們這邊發生問題。請稍後再試。

UNAUTHORIZED = 請登入後繼續。
TOKEN_EXPIRED = 你的登入階段已過期。請重新登入。
JWT_ERROR = 你的登入階段已失效。請重新登入。
INVALID_CREDENTIALS = 電子郵件或密碼不正確。請檢查後再試一次。
EMAIL_NOT_VERIFIED = 請驗證你的電子郵件地址。驗證連結已寄到你的收件匣。
ACCOUNT_LOCKED = 由於失敗次數過多，你的帳號已暫時鎖定。請稍後再試或聯絡支援團隊。
    .wait = 由於失敗次數過多，你的帳號已暫時鎖定。請在 { wait-duration }後再試一次。

FORBIDDEN = 你沒有執行此操作的權限。請向管理員申請存取權限。
ORGANIZATION_NOT_ACTIVE = 此組織目前未啟用。請聯絡你的管理員。
NOT_ORGANIZATION_MEMBER = 你不是此組織的成員。請要求管理員將你加入。
PLATFORM_OWNER_REQUIRED = 只有平台擁有者才能執行此操作。請使用擁有者帳號登入，或向擁有者尋求協助。

INVALID_EMAIL = 請輸入有效的電子郵件地址。
WEAK_PASSWORD = 此密碼強度太弱。請至少使用 8 個字元。
INVALID_SLUG = 簡稱只能包含字母、數字、連字號和底線。
RESERVED_SLUG = 此簡稱已被保留。請另選一個。
SLUG_TOO_SHORT = 簡稱太短。請至少使用 3 個字元。
SLUG_TOO_LONG = 簡稱太長。請最多使用 50 個字元。
NAME_TOO_SHORT = 名稱太短。請至少使用 2 個字元。
NAME_TOO_LONG = 名稱太長。請最多使用 100 個字元。
INVALID_URL = 請輸入以 http:// 或 https:// 開頭的有效網址。

NOT_FOUND = 找不到你要的內容。它可能已被刪除，或你沒有存取權限。
ALREADY_EXISTS = 此項目已存在。請使用其他名稱。
SERVICE_LIMIT_EXCEEDED = 你已達到目前方案的服務數量上限。請升級方案或刪除一項服務。
TEAM_LIMIT_EXCEEDED = 你已達到目前方案的成員數量上限。請升級方案或移除一位成員。
USER_ALREADY_EXISTS = 已有帳號使用此電子郵件。請直接登入，或使用其他電子郵件。
INVITATION_EXPIRED = 此邀請已過期。請申請新的邀請。
INVITATION_ALREADY_ACCEPTED = 此邀請已被接受。不需要再進行任何操作。

MFA_REQUIRED = 請完成兩步驟驗證後繼續。
INVALID_MFA_CODE = 驗證碼不正確。請檢查後再試一次。
MFA_NOT_ENABLED = 尚未設定兩步驟驗證。請先進行設定。
MFA_ALREADY_ENABLED = 兩步驟驗證已開啟。不需要再進行任何操作。
NO_BACKUP_CODES = 你已沒有可用的備用碼。請產生新的備用碼。

DEVICE_CODE_EXPIRED = 此登入代碼已過期。請在你的裝置上重新開始。
DEVICE_CODE_PENDING = 正在等待你在另一部裝置上核准登入。
INVALID_DEVICE_CODE = 此登入代碼無效。請在你的裝置上重新開始。
INVALID_GRANT_TYPE = 無法完成登入。請再試一次；如果問題持續發生，請聯絡支援團隊。

OAUTH_ERROR = 登入服務發生問題。請稍後重新登入。
OAUTH_STATE_MISMATCH = 無法驗證此次登入。請重新開始登入。
OAUTH_CODE_EXPIRED = 登入花費的時間過長。請重新開始登入。
PROVIDER_NOT_CONFIGURED = 此登入方式尚未設定。請聯絡你的管理員。

SAML_NOT_CONFIGURED = 此組織尚未設定單一登入。請聯絡你的管理員。
INVALID_SAML_RESPONSE = 無法完成單一登入。請聯絡你的管理員。
SAML_SIGNATURE_INVALID = 無法驗證單一登入。請聯絡你的管理員。
SAML_EXPIRED = 單一登入花費的時間過長。請重新登入。

INVALID_SCIM_TOKEN = 使用者佈建未獲授權。請聯絡你的管理員。
SCIM_USER_EXISTS = 此使用者已加入。
SCIM_USER_NOT_FOUND = 找不到此使用者。
SCIM_FILTER_INVALID = 搜尋使用者時發生問題。如果問題持續發生，請聯絡支援團隊。

INVALID_WEBHOOK_URL = 請輸入以 http:// 或 https:// 開頭的 Webhook 網址。
INVALID_WEBHOOK_EVENT = 不支援此事件類型。請從清單中選擇。
WEBHOOK_NAME_EXISTS = 已有同名的 Webhook。請另選一個名稱。

DATABASE_ERROR = 我們這邊發生問題。請再試一次；如果問題持續發生，請聯絡支援團隊。
STRIPE_ERROR = 計費功能暫時無法使用。請稍後再試。
EMAIL_SEND_FAILED = 無法寄送電子郵件。請聯絡你的管理員。
ENCRYPTION_ERROR = 我們這邊發生問題。請聯絡支援團隊。

SERVICE_UNAVAILABLE = 服務暫時無法使用。請稍後再試。
    .wait = 服務暫時無法使用。請在 { wait-duration }後再試一次。
NETWORK_ERROR = 目前無法連線。請檢查網路連線後再試一次。
