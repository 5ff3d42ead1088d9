using Accounts.Results;

namespace Accounts.Auditing;

/// <summary>Writes the audit entries of use cases that end without a state change: denied and failed attempts.</summary>
internal sealed class AuditTrail
{
    private readonly IAuditLog _log;

    public AuditTrail(IAuditLog log) => _log = log;

    /// <summary>Records a refusal and returns it unchanged: permission errors as denied, the rest as failed, under the first error's code.</summary>
    public async ValueTask<Result<T>> RefuseAsync<T>(Result<T> refusal, AuditScope scope, CancellationToken cancellationToken)
    {
        var code = refusal.FirstError?.Code ?? "unknown";
        var outcome = code.StartsWith("permission.", StringComparison.Ordinal) ? AuditOutcome.Denied : AuditOutcome.Failed;
        await _log.AppendAsync(new AuditEntry(scope.At, scope.Actor, scope.Action, scope.Target, outcome, code, scope.OrganizationId), cancellationToken).ConfigureAwait(false);
        return refusal;
    }
}
