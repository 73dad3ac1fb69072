# Türkçe. Siz. Terimler: oturum açın, yönetici, iki adımlı doğrulama, kısa ad, plan.

wait-duration = { $unit ->
        [hour] { $amount ->
           *[other] { $amount } saat
        }
        [minute] { $amount ->
           *[other] { $amount } dakika
        }
       *[second] { $amount ->
           *[other] { $amount } saniye
        }
    }

unknown-client-error = Bu istekte bir sorun oluştu. Lütfen tekrar deneyin; sorun devam ederse destek ekibiyle iletişime geçin.
unknown-rate-limited = Şu anda çok fazla istek var. Lütfen biraz bekleyip tekrar deneyin.
    .wait = Şu anda çok fazla istek var. Lütfen { wait-duration } sonra tekrar deneyin.
unknown-server-error = Bizim tarafımızda bir sorun oluştu. Lütfen birazdan tekrar deneyin.

BAD_REQUEST = Bu istekte bir sorun oluştu. Lütfen tekrar deneyin; sorun devam ederse destek ekibiyle iletişime geçin.
CONFLICT = Bu, zaten var olan bir şeyle çakışıyor. Lütfen değiştirip tekrar deneyin.
RATE_LIMIT_EXCEEDED = Çok fazla deneme yapıldı. Lütfen biraz bekleyip tekrar deneyin.
    .wait = Çok fazla deneme yapıldı. Lütfen { wait-duration } sonra tekrar deneyin.
INTERNAL_SERVER_ERROR = Bizim tarafımızda bir sorun oluştu. Lütfen birazdan tekrar deneyin.

UNAUTHORIZED = Devam etmek için lütfen oturum açın.
TOKEN_EXPIRED = Oturumunuzun süresi doldu. Lütfen yeniden oturum açın.
JWT_ERROR = Oturumunuz artık geçerli değil. Lütfen yeniden oturum açın.
INVALID_CREDENTIALS = E-posta adresi veya şifre yanlış. Lütfen kontrol edip tekrar deneyin.
EMAIL_NOT_VERIFIED = Lütfen e-posta adresinizi doğrulayın. Doğrulama bağlantısını gelen kutunuzda bulabilirsiniz.
ACCOUNT_LOCKED = Çok fazla başarısız denemeden sonra hesabınız geçici olarak kilitlendi. Lütfen daha sonra tekrar deneyin veya destek ekibiyle iletişime geçin.
    .wait = Çok fazla başarısız denemeden sonra hesabınız geçici olarak kilitlendi. Lütfen { wait-duration } sonra tekrar deneyin.

FORBIDDEN = Bunu yapma izniniz yok. Bir yöneticiden erişim isteyin.
ORGANIZATION_NOT_ACTIVE = Bu kuruluş şu anda etkin değil. Lütfen yöneticinizle iletişime geçin.
NOT_ORGANIZATION_MEMBER = Bu kuruluşun üyesi değilsiniz. Sizi eklemesi için bir yöneticiye başvurun.
PLATFORM_OWNER_REQUIRED = Bunu yalnızca platform sahibi yapabilir. Sahip hesabıyla oturum açın veya sahipten yardım isteyin.

INVALID_EMAIL = Lütfen geçerli bir e-posta adresi girin.
WEAK_PASSWORD = Bu şifre çok zayıf. Lütfen en az 8 karakter kullanın.
INVALID_SLUG = Kısa ad yalnızca harf, rakam, kısa çizgi ve alt çizgi içerebilir.
RESERVED_SLUG = Bu kısa ad ayrılmış. Lütfen başka bir ad seçin.
SLUG_TOO_SHORT = Kısa ad çok kısa. Lütfen en az 3 karakter kullanın.
SLUG_TOO_LONG = Kısa ad çok uzun. Lütfen en fazla 50 karakter kullanın.
NAME_TOO_SHORT = Ad çok kısa. Lütfen en az 2 karakter kullanın.
NAME_TOO_LONG = Ad çok uzun. Lütfen en fazla 100 karakter kullanın.
INVALID_URL = Lütfen http:// veya https:// ile başlayan geçerli bir web adresi girin.

NOT_FOUND = Aradığınızı bulamadık. Kaldırılmış olabilir ya da erişiminiz olmayabilir.
ALREADY_EXISTS = Bu zaten var. Lütfen farklı bir ad kullanın.
SERVICE_LIMIT_EXCEEDED = Planınızdaki en fazla hizmet sayısına ulaştınız. Planınızı yükseltin veya bir hizmeti kaldırın.
TEAM_LIMIT_EXCEEDED = Planınızdaki en fazla üye sayısına ulaştınız. Planınızı yükseltin veya bir üyeyi çıkarın.
USER_ALREADY_EXISTS = Bu e-posta adresiyle bir hesap zaten var. Oturum açın veya farklı bir e-posta adresi kullanın.
INVITATION_EXPIRED = Bu davetin süresi doldu. Lütfen yeni bir davet isteyin.
INVITATION_ALREADY_ACCEPTED = Bu davet zaten kabul edildi. Başka bir şey yapmanıza gerek yok.

MFA_REQUIRED = Devam etmek için lütfen iki adımlı doğrulamayı tamamlayın.
INVALID_MFA_CODE = Bu kod doğru değil. Lütfen kontrol edip tekrar deneyin.
MFA_NOT_ENABLED = İki adımlı doğrulama henüz ayarlanmadı. Lütfen önce ayarlayın.
MFA_ALREADY_ENABLED = İki adımlı doğrulama zaten açık. Başka bir şey yapmanıza gerek yok.
NO_BACKUP_CODES = Yedek kodunuz kalmadı. Lütfen yenilerini oluşturun.

DEVICE_CODE_EXPIRED = Bu oturum açma kodunun süresi doldu. Lütfen cihazınızda baştan başlayın.
DEVICE_CODE_PENDING = Diğer cihazınızda oturum açmayı onaylamanız bekleniyor.
INVALID_DEVICE_CODE = Bu oturum açma kodu geçerli değil. Lütfen cihazınızda baştan başlayın.
INVALID_GRANT_TYPE = Oturum açma tamamlanamadı. Lütfen tekrar deneyin; sorun devam ederse destek ekibiyle iletişime geçin.

OAUTH_ERROR = Oturum açma hizmetinde bir sorun oluştu. Lütfen birazdan yeniden oturum açmayı deneyin.
OAUTH_STATE_MISMATCH = Oturum açma doğrulanamadı. Lütfen oturum açmaya baştan başlayın.
OAUTH_CODE_EXPIRED = Oturum açma çok uzun sürdü. Lütfen oturum açmaya baştan başlayın.
PROVIDER_NOT_CONFIGURED = Bu oturum açma seçeneği henüz ayarlanmadı. Lütfen yöneticinizle iletişime geçin.

SAML_NOT_CONFIGURED = Bu kuruluş için çoklu oturum açma henüz ayarlanmadı. Lütfen yöneticinizle iletişime geçin.
INVALID_SAML_RESPONSE = Çoklu oturum açma tamamlanamadı. Lütfen yöneticinizle iletişime geçin.
SAML_SIGNATURE_INVALID = Çoklu oturum açma doğrulanamadı. Lütfen yöneticinizle iletişime geçin.
SAML_EXPIRED = Çoklu oturum açma çok uzun sürdü. Lütfen yeniden oturum açın.

INVALID_SCIM_TOKEN = Kullanıcı sağlama yetkili değil. Lütfen yöneticinizle iletişime geçin.
SCIM_USER_EXISTS = Bu kullanıcı zaten eklendi.
SCIM_USER_NOT_FOUND = Bu kullanıcı bulunamadı.
SCIM_FILTER_INVALID = Kullanıcılar aranırken bir sorun oluştu. Sorun devam ederse destek ekibiyle iletişime geçin.

INVALID_WEBHOOK_URL = Lütfen http:// veya https:// ile başlayan bir webhook adresi girin.
INVALID_WEBHOOK_EVENT = Bu olay türü desteklenmiyor. Lütfen listeden birini seçin.
WEBHOOK_NAME_EXISTS = Bu ada sahip bir webhook zaten var. Lütfen başka bir ad seçin.

DATABASE_ERROR = Bizim tarafımızda bir sorun oluştu. Lütfen tekrar deneyin; sorun devam ederse destek ekibiyle iletişime geçin.
STRIPE_ERROR = Faturalandırma geçici olarak kullanılamıyor. Lütfen birazdan tekrar deneyin.
EMAIL_SEND_FAILED = E-posta gönderilemedi. Lütfen yöneticinizle iletişime geçin.
ENCRYPTION_ERROR = Bizim tarafımızda bir sorun oluştu. Lütfen destek ekibiyle iletişime geçin.

SERVICE_UNAVAILABLE = Hizmet geçici olarak kullanılamıyor. Lütfen birazdan tekrar deneyin.
    .wait = Hizmet geçici olarak kullanılamıyor. Lütfen { wait-duration } sonra tekrar deneyin.
NETWORK_ERROR = Şu anda bağlanılamıyor. İnternet bağlantınızı kontrol edip tekrar deneyin.
