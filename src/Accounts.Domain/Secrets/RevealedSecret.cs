using System.Text.Json.Serialization;

namespace Accounts.Secrets;

/// <summary>
/// A secret handed to the host exactly once, for example an initial password to print and post.
/// The library keeps only its hash; <see cref="ToString"/> never shows it, so it cannot leak
/// into logs by accident.
/// </summary>
[JsonConverter(typeof(RevealedSecretJsonConverter))]
public sealed class RevealedSecret
{
    private readonly string _value;

    internal RevealedSecret(string value) => _value = value;

    /// <summary>The secret itself. Deliver it and drop it; never log or store it.</summary>
    public string Reveal() => _value;

    /// <summary>Never shows the secret.</summary>
    public override string ToString() => "***";
}
