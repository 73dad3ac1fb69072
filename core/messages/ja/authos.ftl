# 日本語。です・ます調。用語: ログイン、管理者、2 段階認証、短縮名、プラン。

wait-duration = { $unit ->
        [hour] { $amount ->
           *[other] { $amount } 時間
        }
        [minute] { $amount ->
           *[other] { $amount } 分
        }
       *[second] { $amount ->
           *[other] { $amount } 秒
        }
    }

unknown-client-error = このリクエストで問題が発生しました。もう一度お試しください。問題が続く場合はサポートにお問い合わせください。
unknown-rate-limited = 現在リクエストが集中しています。しばらく待ってからもう一度お試しください。
    .wait = 現在リクエストが集中しています。{ wait-duration }後にもう一度お試しください。
unknown-server-error = システムで問題が発生しました。しばらくしてからもう一度お試しください。

BAD_REQUEST = このリクエストで問題が発生しました。もう一度お試しください。問題が続く場合はサポートにお問い合わせください。
CONFLICT = 既存の内容と競合しています。内容を変更してもう一度お試しください。
RATE_LIMIT_EXCEEDED = 試行回数が多すぎます。しばらく待ってからもう一度お試しください。
    .wait = 試行回数が多すぎます。{ wait-duration }後にもう一度お試しください。
INTERNAL_SERVER_ERROR = システムで問題が発生しました。しばらくしてからもう一度お試しください。

UNAUTHORIZED = 続行するにはログインしてください。
TOKEN_EXPIRED = セッションの有効期限が切れました。もう一度ログインしてください。
JWT_ERROR = セッションが無効になりました。もう一度ログインしてください。
INVALID_CREDENTIALS = メールアドレスまたはパスワードが正しくありません。確認してもう一度お試しください。
EMAIL_NOT_VERIFIED = メールアドレスを確認してください。確認用のリンクを受信トレイにお送りしています。
ACCOUNT_LOCKED = 失敗が続いたため、アカウントが一時的にロックされています。しばらくしてからもう一度お試しいただくか、サポートにお問い合わせください。
    .wait = 失敗が続いたため、アカウントが一時的にロックされています。{ wait-duration }後にもう一度お試しください。

FORBIDDEN = この操作を行う権限がありません。管理者にアクセス権を依頼してください。
ORGANIZATION_NOT_ACTIVE = この組織は現在有効ではありません。管理者にお問い合わせください。
NOT_ORGANIZATION_MEMBER = この組織のメンバーではありません。管理者に追加を依頼してください。
PLATFORM_OWNER_REQUIRED = この操作はプラットフォームの所有者のみが行えます。所有者のアカウントでログインするか、所有者に依頼してください。

INVALID_EMAIL = 有効なメールアドレスを入力してください。
WEAK_PASSWORD = このパスワードは安全性が低すぎます。8 文字以上にしてください。
INVALID_SLUG = 短縮名に使えるのは英字、数字、ハイフン、アンダースコアのみです。
RESERVED_SLUG = この短縮名は予約されています。別の短縮名を選んでください。
SLUG_TOO_SHORT = 短縮名が短すぎます。3 文字以上にしてください。
SLUG_TOO_LONG = 短縮名が長すぎます。50 文字以内にしてください。
NAME_TOO_SHORT = 名前が短すぎます。2 文字以上にしてください。
NAME_TOO_LONG = 名前が長すぎます。100 文字以内にしてください。
INVALID_URL = http:// または https:// で始まる有効なウェブアドレスを入力してください。

NOT_FOUND = お探しのものが見つかりませんでした。削除されたか、アクセス権がない可能性があります。
ALREADY_EXISTS = すでに存在します。別の名前を使ってください。
SERVICE_LIMIT_EXCEEDED = ご利用のプランのサービス数の上限に達しました。プランをアップグレードするか、サービスを削除してください。
TEAM_LIMIT_EXCEEDED = ご利用のプランのメンバー数の上限に達しました。プランをアップグレードするか、メンバーを削除してください。
USER_ALREADY_EXISTS = このメールアドレスのアカウントはすでに存在します。ログインするか、別のメールアドレスを使ってください。
INVITATION_EXPIRED = この招待は有効期限が切れています。新しい招待を依頼してください。
INVITATION_ALREADY_ACCEPTED = この招待はすでに承認されています。これ以上の操作は必要ありません。

MFA_REQUIRED = 続行するには 2 段階認証を完了してください。
INVALID_MFA_CODE = コードが正しくありません。確認してもう一度お試しください。
MFA_NOT_ENABLED = 2 段階認証はまだ設定されていません。先に設定してください。
MFA_ALREADY_ENABLED = 2 段階認証はすでに有効です。これ以上の操作は必要ありません。
NO_BACKUP_CODES = バックアップ コードが残っていません。新しいコードを生成してください。

DEVICE_CODE_EXPIRED = このログイン コードは有効期限が切れています。デバイスで最初からやり直してください。
DEVICE_CODE_PENDING = もう一方のデバイスでログインが承認されるのを待っています。
INVALID_DEVICE_CODE = このログイン コードは無効です。デバイスで最初からやり直してください。
INVALID_GRANT_TYPE = ログインを完了できませんでした。もう一度お試しください。問題が続く場合はサポートにお問い合わせください。

OAUTH_ERROR = ログイン サービスで問題が発生しました。しばらくしてからもう一度ログインしてください。
OAUTH_STATE_MISMATCH = ログインを確認できませんでした。最初からログインし直してください。
OAUTH_CODE_EXPIRED = ログインに時間がかかりすぎました。最初からログインし直してください。
PROVIDER_NOT_CONFIGURED = このログイン方法はまだ設定されていません。管理者にお問い合わせください。

SAML_NOT_CONFIGURED = この組織ではシングル サインオンがまだ設定されていません。管理者にお問い合わせください。
INVALID_SAML_RESPONSE = シングル サインオンを完了できませんでした。管理者にお問い合わせください。
SAML_SIGNATURE_INVALID = シングル サインオンを確認できませんでした。管理者にお問い合わせください。
SAML_EXPIRED = シングル サインオンに時間がかかりすぎました。もう一度ログインしてください。

INVALID_SCIM_TOKEN = ユーザーのプロビジョニングが許可されていません。管理者にお問い合わせください。
SCIM_USER_EXISTS = このユーザーはすでに追加されています。
SCIM_USER_NOT_FOUND = このユーザーが見つかりませんでした。
SCIM_FILTER_INVALID = ユーザーの検索中に問題が発生しました。問題が続く場合はサポートにお問い合わせください。

INVALID_WEBHOOK_URL = http:// または https:// で始まる Webhook のアドレスを入力してください。
INVALID_WEBHOOK_EVENT = この種類のイベントには対応していません。一覧から選んでください。
WEBHOOK_NAME_EXISTS = この名前の Webhook はすでに存在します。別の名前を選んでください。

DATABASE_ERROR = システムで問題が発生しました。もう一度お試しください。問題が続く場合はサポートにお問い合わせください。
STRIPE_ERROR = 現在、請求機能を一時的にご利用いただけません。しばらくしてからもう一度お試しください。
EMAIL_SEND_FAILED = メールを送信できませんでした。管理者にお問い合わせください。
ENCRYPTION_ERROR = システムで問題が発生しました。サポートにお問い合わせください。

SERVICE_UNAVAILABLE = サービスは一時的にご利用いただけません。しばらくしてからもう一度お試しください。
    .wait = サービスは一時的にご利用いただけません。{ wait-duration }後にもう一度お試しください。
NETWORK_ERROR = 現在接続できません。インターネット接続を確認して、もう一度お試しください。
