namespace Accounts.UseCases;

/// <summary>What the pipeline does with an <see cref="Outcome{T}"/>.</summary>
internal enum OutcomeKind
{
    /// <summary>Commit the run's writes and audit entry.</summary>
    Commit = 0,

    /// <summary>Audit the refusal; write nothing.</summary>
    Refuse = 1,

    /// <summary>Write and audit nothing.</summary>
    Answer = 2,
}
