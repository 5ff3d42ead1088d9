using Accounts.DependencyInjection;
using Accounts.Members;

namespace Accounts.Architecture.Tests;

/// <summary>
/// One use-case pipeline (issue "Foundation v2"): only the pipeline audits and commits, and
/// use cases change aggregates only through the model, never with <c>with</c> on a snapshot.
/// </summary>
public sealed class UseCasesGoThroughThePipelineTests
{
    private const string Pipeline = "Accounts.UseCases.UseCasePipeline";

    private static readonly List<(string Caller, string Type, string Member)> DomainCalls = MethodBodyCalls.Of(typeof(AccountsPolicies).Assembly);

    private static readonly string[] UseCases = [.. typeof(AccountsPolicies).Assembly.GetTypes()
        .Where(t => t.DeclaringType is null && t.FullName is not null
            && (t.Name.EndsWith("Service", StringComparison.Ordinal) || t.Namespace == "Accounts.UseCases" || t.Name == "OutboxDispatcher"))
        .Select(t => t.FullName!)];

    [Fact]
    public void OnlyThePipeline_WritesToTheAuditLogOrTheUnitOfWork()
    {
        var bypasses = DomainCalls
            .Where(call => call.Caller != Pipeline && call.Type is "Accounts.Auditing.IAuditLog" or "Accounts.Storage.IUnitOfWork")
            .Select(call => $"{call.Caller} calls {call.Type}.{call.Member}")
            .Distinct()
            .ToList();

        Assert.True(bypasses.Count == 0, "Use cases bypass the pipeline:\n" + string.Join('\n', bypasses));
    }

    [Fact]
    public void UseCases_NeverCopyASnapshotWithWith()
    {
        var copies = DomainCalls
            .Where(call => UseCases.Contains(call.Caller) && call.Member == "<Clone>$" && call.Type.EndsWith("Snapshot", StringComparison.Ordinal))
            .Select(call => $"{call.Caller} copies a {call.Type}")
            .Distinct()
            .ToList();

        Assert.True(copies.Count == 0, "Use cases change snapshots outside the model:\n" + string.Join('\n', copies));
    }

    [Fact]
    public void NoServiceConstructor_TakesTheAuditLogOrTheUnitOfWork()
    {
        var services = typeof(AccountsPolicies).Assembly.GetTypes().Where(t => t.Name.EndsWith("Service", StringComparison.Ordinal));

        var offenders = services
            .SelectMany(t => t.GetConstructors(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance))
            .Where(c => c.GetParameters().Any(p => p.ParameterType.Name is "IAuditLog" or "IUnitOfWork"))
            .Select(c => c.DeclaringType!.Name)
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void TheScanner_SeesThePipelineCommit_AndTheModelsCopies()
    {
        // Guards the guards: the scan must see what it forbids where it is allowed.
        Assert.Contains(DomainCalls, call => call.Caller == Pipeline && call.Type == "Accounts.Storage.IUnitOfWork" && call.Member == "CommitAsync");
        Assert.Contains(DomainCalls, call => call.Caller == "Accounts.Members.Member" && call.Type == typeof(MemberSnapshot).FullName && call.Member == "<Clone>$");
        Assert.True(UseCases.Length >= 10, "The use cases were not found: " + string.Join(", ", UseCases));
        Assert.Contains("Accounts.Members.InvitationService", UseCases);
    }
}
