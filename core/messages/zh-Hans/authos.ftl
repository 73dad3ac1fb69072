# 简体中文。用语：登录、管理员、两步验证、短名称、套餐。数字与汉字之间留空格。

wait-duration = { $unit ->
        [hour] { $amount ->
           *[other] { $amount } 小时
        }
        [minute] { $amount ->
           *[other] { $amount } 分钟
        }
       *[second] { $amount ->
           *[other] { $amount } 秒
        }
    }

unknown-client-error = 处理此请求时出现问题。请重试；如果问题仍然存在，请联系支持团队。
unknown-rate-limited = 当前请求过多。请稍候再试。
    .wait = 当前请求过多。请在 { wait-duration }后重试。
unknown-server-error = 我们这边出现了问题。请稍后重试。

BAD_REQUEST = 处理此请求时出现问题。请重试；如果问题仍然存在，请联系支持团队。
CONFLICT = 这与已有内容冲突。请修改后重试。
RATE_LIMIT_EXCEEDED = 尝试次数过多。请稍候再试。
    .wait = 尝试次数过多。请在 { wait-duration }后重试。
INTERNAL_SERVER_ERROR = 我们这边出现了问题。请稍后重试。

UNAUTHORIZED = 请登录后继续。
TOKEN_EXPIRED = 你的会话已过期。请重新登录。
JWT_ERROR = 你的会话已失效。请重新登录。
INVALID_CREDENTIALS = 邮箱或密码不正确。请检查后重试。
EMAIL_NOT_VERIFIED = 请验证你的邮箱地址。验证链接已发送到你的收件箱。
ACCOUNT_LOCKED = 由于失败次数过多，你的账号已被暂时锁定。请稍后重试或联系支持团队。
    .wait = 由于失败次数过多，你的账号已被暂时锁定。请在 { wait-duration }后重试。

FORBIDDEN = 你没有执行此操作的权限。请向管理员申请访问权限。
ORGANIZATION_NOT_ACTIVE = 此组织当前未启用。请联系你的管理员。
NOT_ORGANIZATION_MEMBER = 你不是此组织的成员。请让管理员添加你。
PLATFORM_OWNER_REQUIRED = 只有平台所有者才能执行此操作。请使用所有者账号登录，或向所有者寻求帮助。

INVALID_EMAIL = 请输入有效的邮箱地址。
WEAK_PASSWORD = 此密码强度太弱。请至少使用 8 个字符。
INVALID_SLUG = 短名称只能包含字母、数字、连字符和下划线。
RESERVED_SLUG = 此短名称已被保留。请另选一个。
SLUG_TOO_SHORT = 短名称太短。请至少使用 3 个字符。
SLUG_TOO_LONG = 短名称太长。请最多使用 50 个字符。
NAME_TOO_SHORT = 名称太短。请至少使用 2 个字符。
NAME_TOO_LONG = 名称太长。请最多使用 100 个字符。
INVALID_URL = 请输入以 http:// 或 https:// 开头的有效网址。

NOT_FOUND = 未找到你要查找的内容。它可能已被删除，或者你没有访问权限。
ALREADY_EXISTS = 该项已存在。请使用其他名称。
SERVICE_LIMIT_EXCEEDED = 你已达到当前套餐的服务数量上限。请升级套餐或删除一个服务。
TEAM_LIMIT_EXCEEDED = 你已达到当前套餐的成员数量上限。请升级套餐或移除一名成员。
USER_ALREADY_EXISTS = 已有账号使用此邮箱。请直接登录，或使用其他邮箱。
INVITATION_EXPIRED = 此邀请已过期。请申请新的邀请。
INVITATION_ALREADY_ACCEPTED = 此邀请已被接受。无需再进行任何操作。

MFA_REQUIRED = 请完成两步验证后继续。
INVALID_MFA_CODE = 验证码不正确。请检查后重试。
MFA_NOT_ENABLED = 尚未设置两步验证。请先进行设置。
MFA_ALREADY_ENABLED = 两步验证已开启。无需再进行任何操作。
NO_BACKUP_CODES = 你已没有可用的备用码。请生成新的备用码。

DEVICE_CODE_EXPIRED = 此登录代码已过期。请在你的设备上重新开始。
DEVICE_CODE_PENDING = 正在等待你在另一台设备上批准登录。
INVALID_DEVICE_CODE = 此登录代码无效。请在你的设备上重新开始。
INVALID_GRANT_TYPE = 无法完成登录。请重试；如果问题仍然存在，请联系支持团队。

OAUTH_ERROR = 登录服务出现问题。请稍后重新登录。
OAUTH_STATE_MISMATCH = 无法验证此次登录。请重新开始登录。
OAUTH_CODE_EXPIRED = 登录用时过长。请重新开始登录。
PROVIDER_NOT_CONFIGURED = 此登录方式尚未设置。请联系你的管理员。

SAML_NOT_CONFIGURED = 此组织尚未设置单点登录。请联系你的管理员。
INVALID_SAML_RESPONSE = 无法完成单点登录。请联系你的管理员。
SAML_SIGNATURE_INVALID = 无法验证单点登录。请联系你的管理员。
SAML_EXPIRED = 单点登录用时过长。请重新登录。

INVALID_SCIM_TOKEN = 用户预配未获授权。请联系你的管理员。
SCIM_USER_EXISTS = 此用户已添加。
SCIM_USER_NOT_FOUND = 找不到此用户。
SCIM_FILTER_INVALID = 搜索用户时出现问题。如果问题仍然存在，请联系支持团队。

INVALID_WEBHOOK_URL = 请输入以 http:// 或 https:// 开头的 Webhook 地址。
INVALID_WEBHOOK_EVENT = 不支持此事件类型。请从列表中选择。
WEBHOOK_NAME_EXISTS = 已存在同名的 Webhook。请另选一个名称。

DATABASE_ERROR = 我们这边出现了问题。请重试；如果问题仍然存在，请联系支持团队。
STRIPE_ERROR = 计费功能暂时不可用。请稍后重试。
EMAIL_SEND_FAILED = 无法发送邮件。请联系你的管理员。
ENCRYPTION_ERROR = 我们这边出现了问题。请联系支持团队。

SERVICE_UNAVAILABLE = 服务暂时不可用。请稍后重试。
    .wait = 服务暂时不可用。请在 { wait-duration }后重试。
NETWORK_ERROR = 目前无法连接。请检查网络连接后重试。
