using Accounts.Messages;
using Accounts.Results;

namespace Accounts.Members;

/// <summary>The codes of member, invitation, quota and e-mail rules.</summary>
public static class MemberErrors
{
    /// <summary><c>member.not_found</c>: no account has the identifier.</summary>
    public static MessageDefinition NotFound { get; } = new("member.not_found", "The account does not exist.", "アカウントが見つかりません。", ErrorCategory.NotFound);

    /// <summary><c>member.user_ids_exhausted</c>: every serial of the organization's user IDs is held.</summary>
    public static MessageDefinition UserIdsExhausted { get; } = new("member.user_ids_exhausted", "Every user ID of this organization is in use; delete an account to free one.", "この組織のユーザーIDはすべて使用中です。不要なアカウントを削除してください。", ErrorCategory.Conflict);

    /// <summary><c>member.email_taken</c>: the e-mail address already identifies an account.</summary>
    public static MessageDefinition EmailTaken { get; } = new("member.email_taken", "This e-mail address is already registered.", "このメールアドレスは既に登録されています。", ErrorCategory.Conflict);

    /// <summary><c>member.last_administrator</c>: the organization would be left without an administrator.</summary>
    public static MessageDefinition LastAdministrator { get; } = new("member.last_administrator", "The last administrator cannot be removed, demoted or disabled.", "最後の管理ユーザは削除・変更・無効化できません。", ErrorCategory.Conflict);

    /// <summary><c>member.type_unchanged</c>: the account already has that type.</summary>
    public static MessageDefinition TypeUnchanged { get; } = new("member.type_unchanged", "The account already has this type.", "既に同じアカウント種別です。", ErrorCategory.Conflict);

    /// <summary><c>member.type_invalid</c>: not one of the member types.</summary>
    public static MessageDefinition TypeInvalid { get; } = new("member.type_invalid", "Choose a valid member type.", "アカウント種別を正しく選択してください。");

    /// <summary><c>quota.reached</c>: the organization has no seat left for the type; arguments <c>type</c> and <c>limit</c>.</summary>
    public static MessageDefinition QuotaReached { get; } = new("quota.reached", "No more {type} accounts can be added (limit {limit}).", "この種別のアカウントは上限（{limit}件）に達しているため、追加できません。", ErrorCategory.Conflict);

    /// <summary><c>invitation.invalid</c>: the token is malformed, unknown, already used or revoked.</summary>
    public static MessageDefinition InvitationInvalid { get; } = new("invitation.invalid", "This invitation link is not valid.", "この招待URLは無効です。", ErrorCategory.NotFound);

    /// <summary><c>invitation.expired</c>: the invitation's lifetime is over; ask for a new one.</summary>
    public static MessageDefinition InvitationExpired { get; } = new("invitation.expired", "This invitation has expired. Ask your administrator to send it again.", "招待の有効期限が切れています。管理ユーザに再送を依頼してください。", ErrorCategory.Gone);

    /// <summary><c>invitation.not_pending</c>: the member is not an administrator whose invitation waits to be accepted.</summary>
    public static MessageDefinition InvitationNotPending { get; } = new("invitation.not_pending", "Only an invitation that has not been accepted can be sent again.", "承諾されていない招待のみ再送できます。", ErrorCategory.Conflict);

    /// <summary><c>email.invalid</c>: not a well-formed e-mail address.</summary>
    public static MessageDefinition EmailInvalid { get; } = new("email.invalid", "Enter a valid e-mail address.", "正しいメールアドレスを入力してください。");

    /// <summary><c>email.free_mail</c> (warning): free-mail addresses are accepted but not recommended.</summary>
    public static MessageDefinition FreeMailWarning { get; } = new("email.free_mail", "Free-mail addresses are accepted but not recommended (risk of information leaks).", "フリーメールアドレスは推奨しません（情報漏えい等のリスクがあるため）。");

    /// <summary><c>email.mobile_carrier</c> (warning): mobile-carrier addresses are accepted but not recommended.</summary>
    public static MessageDefinition MobileCarrierWarning { get; } = new("email.mobile_carrier", "Mobile phone addresses are accepted but not recommended.", "携帯電話・スマートフォンのメールアドレスは推奨しません。");

    /// <summary><c>email.shared_address</c> (warning): shared or group addresses are accepted; the organization then answers for the password.</summary>
    public static MessageDefinition SharedAddressWarning { get; } = new("email.shared_address", "Shared addresses are accepted; the organization is then responsible for managing the password.", "共有アドレスも登録できますが、複数名で利用する場合はパスワードの管理を利用者の責任で行ってください。");

    /// <summary>Every definition of this group.</summary>
    public static IReadOnlyList<MessageDefinition> All { get; } =
    [
        NotFound, EmailTaken, UserIdsExhausted, LastAdministrator, TypeUnchanged, TypeInvalid, QuotaReached, InvitationInvalid, InvitationExpired, InvitationNotPending,
        EmailInvalid, FreeMailWarning, MobileCarrierWarning, SharedAddressWarning,
    ];
}
