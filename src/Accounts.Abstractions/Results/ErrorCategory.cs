namespace Accounts.Results;

/// <summary>
/// What kind of failure an error is, so that a host can answer it the same way everywhere: a web
/// host maps it to an HTTP status, a job decides whether to try again.
/// </summary>
/// <remarks>Every code of the library has one category, listed in the error-code reference.</remarks>
public enum ErrorCategory
{
    /// <summary>The request is malformed or breaks a rule; fix the input (HTTP 400 or 422).</summary>
    Validation = 0,

    /// <summary>The caller is not who they claim to be, or must prove it again (HTTP 401).</summary>
    Unauthenticated,

    /// <summary>The caller may not do this (HTTP 403).</summary>
    Forbidden,

    /// <summary>What the request names does not exist, or is not visible to the caller (HTTP 404).</summary>
    NotFound,

    /// <summary>The request contradicts the current state: a duplicate, a used-up quota, a concurrent change (HTTP 409).</summary>
    Conflict,

    /// <summary>What the request names existed and has expired (HTTP 410).</summary>
    Gone,

    /// <summary>The account is locked for a while (HTTP 423).</summary>
    Locked,

    /// <summary>Too many requests in a short time; try again later (HTTP 429).</summary>
    TooManyRequests,
}
