namespace Accounts.ServiceApplications;

/// <summary>What a change application adds or removes.</summary>
public enum ChangeItemKind
{
    /// <summary>A user code (利用者コード).</summary>
    UserCode = 1,

    /// <summary>A logical terminal (論理端末), one per PC.</summary>
    LogicalTerminal = 2,
}
