using System.Collections.Immutable;
using Accounts.Auditing;
using Accounts.Results;

namespace Accounts.UseCases;

/// <summary>
/// How one run of a use case ended: a success whose writes the pipeline commits, a refusal it
/// audits, an answer that changes nothing, or an outcome recorded with its own audit verdict
/// (a failed sign-in still counts the attempt).
/// </summary>
/// <typeparam name="T">The value the caller receives.</typeparam>
internal readonly struct Outcome<T>
{
    private Outcome(OutcomeKind kind, Result<T> result, AuditOutcome auditAs, string? auditCode)
    {
        Kind = kind;
        Result = result;
        AuditAs = auditAs;
        AuditCode = auditCode;
    }

    public OutcomeKind Kind { get; }

    public Result<T> Result { get; }

    public AuditOutcome AuditAs { get; }

    public string? AuditCode { get; }

    /// <summary>Commit the run's writes with a succeeded audit entry, and return the value.</summary>
    public static Outcome<T> Success(T value, ImmutableArray<Warning> warnings = default) =>
        new(OutcomeKind.Commit, Results.Result.Success(value, warnings), AuditOutcome.Succeeded, null);

    /// <summary>Commit the run's writes with an audit entry of the given verdict, and return the value.</summary>
    public static Outcome<T> Record(T value, AuditOutcome auditAs, string? auditCode) =>
        new(OutcomeKind.Commit, value, auditAs, auditCode);

    /// <summary>Commit the run's writes with an audit entry of the given verdict, and return the result with its warnings.</summary>
    public static Outcome<T> Record(Result<T> result, AuditOutcome auditAs, string? auditCode) =>
        new(OutcomeKind.Commit, result, auditAs, auditCode);

    /// <summary>Commit the run's writes with a failed audit entry, and return the errors: a refusal that still changes state (a wrong password counts toward lockout).</summary>
    public static Outcome<T> RefuseAndSave(Error error) => Record(Results.Result.Failure<T>([error]), AuditOutcome.Failed, error.Code);

    /// <summary>Return the value; nothing is written or audited (a read).</summary>
    public static Outcome<T> Answer(T value) => new(OutcomeKind.Answer, value, AuditOutcome.Succeeded, null);

    /// <summary>Write nothing, audit the refusal, and return the errors.</summary>
    public static Outcome<T> Refuse(ImmutableArray<Error> errors) => new(OutcomeKind.Refuse, Results.Result.Failure<T>(errors), AuditOutcome.Failed, null);

    /// <summary>The same outcome with the warnings added to a success; a refusal stays as it is.</summary>
    public Outcome<T> WithWarnings(ImmutableArray<Warning> warnings) => new(Kind, Result.WithWarnings(warnings), AuditAs, AuditCode);

    public static implicit operator Outcome<T>(Error error) => Refuse([error]);

    public static implicit operator Outcome<T>(T value) => Success(value);
}
