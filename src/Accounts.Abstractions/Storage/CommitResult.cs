namespace Accounts.Storage;

/// <summary>The answer of <see cref="IUnitOfWork.CommitAsync"/>.</summary>
/// <param name="Status">Committed, or why nothing was written.</param>
/// <param name="Subject">For a conflict, the aggregate; for a duplicate, the unique key: <see cref="EmailKey"/> or <see cref="OrganizationCodeKey"/>.</param>
public readonly record struct CommitResult(CommitStatus Status, string? Subject = null)
{
    /// <summary>The unique key of account e-mail addresses.</summary>
    public const string EmailKey = "email";

    /// <summary>The unique key of organization codes.</summary>
    public const string OrganizationCodeKey = "organization_code";

    /// <summary>Everything was written.</summary>
    public static CommitResult Committed { get; } = new(CommitStatus.Committed);

    /// <summary>Nothing was written because the aggregate changed since it was read.</summary>
    /// <param name="subject">The aggregate, for example its identifier.</param>
    public static CommitResult Conflict(string subject) => new(CommitStatus.Conflict, subject);

    /// <summary>Nothing was written because a unique value is taken.</summary>
    /// <param name="key"><see cref="EmailKey"/> or <see cref="OrganizationCodeKey"/>.</param>
    public static CommitResult Duplicate(string key) => new(CommitStatus.Duplicate, key);

    /// <summary>Whether everything was written.</summary>
    public bool IsCommitted => Status == CommitStatus.Committed;
}
