# English messages: the fallback for every other locale.
#
# One message per catalogue code (the message id is the code), one per status class
# for codes the catalogue does not know yet, and a `.wait` attribute on the waiting
# messages: it is used when the response says how long to wait and receives
# $amount (an integer) and $unit (second, minute or hour) for `wait-duration`.
#
# Rules the build enforces: every locale has every message and `.wait` attribute that
# English has; only `.wait` (and what it references) may use variables; no markup.
# Style: short and calm; what happened, then what to do; never blame the person.

## The duration inside every `.wait` message.
wait-duration = { $unit ->
        [hour] { $amount ->
            [one] { $amount } hour
           *[other] { $amount } hours
        }
        [minute] { $amount ->
            [one] { $amount } minute
           *[other] { $amount } minutes
        }
       *[second] { $amount ->
            [one] { $amount } second
           *[other] { $amount } seconds
        }
    }

## Codes the catalogue does not know, by status class.
unknown-client-error = Something went wrong with this request. Please try again, and contact support if it keeps happening.
unknown-rate-limited = Too many requests right now. Please wait a moment and try again.
    .wait = Too many requests right now. Please try again in { wait-duration }.
unknown-server-error = Something went wrong on our end. Please try again in a moment.

## General
BAD_REQUEST = Something went wrong with this request. Please try again, and contact support if it keeps happening.
CONFLICT = This conflicts with something that already exists. Please change it and try again.
RATE_LIMIT_EXCEEDED = Too many attempts. Please wait a moment and try again.
    .wait = Too many attempts. Please try again in { wait-duration }.
INTERNAL_SERVER_ERROR = Something went wrong on our end. Please try again in a moment.

## Authentication
UNAUTHORIZED = Please sign in to continue.
TOKEN_EXPIRED = Your session has expired. Please sign in again.
JWT_ERROR = Your session is no longer valid. Please sign in again.
INVALID_CREDENTIALS = The email or password is incorrect. Please check them and try again.
EMAIL_NOT_VERIFIED = Please verify your email address. Check your inbox for the verification link.
ACCOUNT_LOCKED = Your account is temporarily locked after too many failed attempts. Please try again later, or contact support.
    .wait = Your account is temporarily locked after too many failed attempts. Please try again in { wait-duration }.

## Authorization
FORBIDDEN = You don’t have permission to do this. Ask an administrator for access.
ORGANIZATION_NOT_ACTIVE = This organization isn’t active right now. Please contact your administrator.
NOT_ORGANIZATION_MEMBER = You’re not a member of this organization. Ask an administrator to add you.
PLATFORM_OWNER_REQUIRED = Only the platform owner can do this. Sign in with the owner account, or ask the owner for help.

## Validation
INVALID_EMAIL = Please enter a valid email address.
WEAK_PASSWORD = This password is too weak. Please use at least 8 characters.
INVALID_SLUG = The short name can only contain letters, numbers, hyphens and underscores.
RESERVED_SLUG = This short name is reserved. Please choose another one.
SLUG_TOO_SHORT = The short name is too short. Please use at least 3 characters.
SLUG_TOO_LONG = The short name is too long. Please use at most 50 characters.
NAME_TOO_SHORT = The name is too short. Please use at least 2 characters.
NAME_TOO_LONG = The name is too long. Please use at most 100 characters.
INVALID_URL = Please enter a valid web address that starts with http:// or https://.

## Resources
NOT_FOUND = We couldn’t find what you were looking for. It may have been removed, or you may not have access to it.
ALREADY_EXISTS = This already exists. Please use a different name.
SERVICE_LIMIT_EXCEEDED = You’ve reached the maximum number of services for your plan. Upgrade your plan or remove a service.
TEAM_LIMIT_EXCEEDED = You’ve reached the maximum number of members for your plan. Upgrade your plan or remove a member.
USER_ALREADY_EXISTS = An account with this email already exists. Sign in instead, or use a different email.
INVITATION_EXPIRED = This invitation has expired. Please ask for a new one.
INVITATION_ALREADY_ACCEPTED = This invitation has already been accepted. There’s nothing more to do.

## Two-step verification
MFA_REQUIRED = Please complete two-step verification to continue.
INVALID_MFA_CODE = That code isn’t right. Please check it and try again.
MFA_NOT_ENABLED = Two-step verification isn’t set up yet. Please set it up first.
MFA_ALREADY_ENABLED = Two-step verification is already on. There’s nothing more to do.
NO_BACKUP_CODES = You have no backup codes left. Please generate new ones.

## Signing in on another device
DEVICE_CODE_EXPIRED = This sign-in code has expired. Please start again on your device.
DEVICE_CODE_PENDING = Waiting for you to approve the sign-in on your other device.
INVALID_DEVICE_CODE = This sign-in code isn’t valid. Please start again on your device.
INVALID_GRANT_TYPE = Sign-in couldn’t be completed. Please try again, and contact support if it keeps happening.

## Sign-in providers
OAUTH_ERROR = The sign-in provider had a problem. Please try signing in again in a moment.
OAUTH_STATE_MISMATCH = Sign-in couldn’t be verified. Please start signing in again.
OAUTH_CODE_EXPIRED = Sign-in took too long. Please start signing in again.
PROVIDER_NOT_CONFIGURED = This sign-in option isn’t set up yet. Please contact your administrator.

## Single sign-on
SAML_NOT_CONFIGURED = Single sign-on isn’t set up for this organization yet. Please contact your administrator.
INVALID_SAML_RESPONSE = Single sign-on couldn’t be completed. Please contact your administrator.
SAML_SIGNATURE_INVALID = Single sign-on couldn’t be verified. Please contact your administrator.
SAML_EXPIRED = Single sign-on took too long. Please sign in again.

## User provisioning
INVALID_SCIM_TOKEN = User provisioning isn’t authorized. Please contact your administrator.
SCIM_USER_EXISTS = This user has already been added.
SCIM_USER_NOT_FOUND = This user couldn’t be found.
SCIM_FILTER_INVALID = Something went wrong while looking up users. Please contact support if it keeps happening.

## Webhooks
INVALID_WEBHOOK_URL = Please enter a webhook address that starts with http:// or https://.
INVALID_WEBHOOK_EVENT = This event type isn’t supported. Please choose one from the list.
WEBHOOK_NAME_EXISTS = A webhook with this name already exists. Please choose another name.

## Infrastructure
DATABASE_ERROR = Something went wrong on our end. Please try again, and contact support if it keeps happening.
STRIPE_ERROR = Billing is temporarily unavailable. Please try again in a moment.
EMAIL_SEND_FAILED = We couldn’t send the email. Please contact your administrator.
ENCRYPTION_ERROR = Something went wrong on our end. Please contact support.

## The library's own codes
SERVICE_UNAVAILABLE = The service is temporarily unavailable. Please try again in a moment.
    .wait = The service is temporarily unavailable. Please try again in { wait-duration }.
NETWORK_ERROR = Can’t connect right now. Check your internet connection and try again.
