using System.Buffers;
using System.Text.Json;
using Accounts.Security;
using NodaTime.Text;

namespace Accounts.ServiceApplications;

/// <summary>Encrypts issued credentials for storage, bound to their application so a ciphertext moved to another application does not open.</summary>
internal static class IssuedCredentialCodec
{
    private static readonly LocalDatePattern DatePattern = LocalDatePattern.Iso;

    public static string Protect(IReadOnlyList<IssuedCredential> credentials, ISecretProtector protector, ServiceApplicationId applicationId)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var c in credentials)
            {
                writer.WriteStartObject();
                writer.WriteString("t", c.LogicalTerminalName);
                writer.WriteString("k", c.TerminalAccessKey);
                writer.WriteString("a1", c.AuthenticationCode1);
                writer.WriteString("a2", c.AuthenticationCode2);
                writer.WriteString("a3", c.AuthenticationCode3);
                writer.WriteString("d", DatePattern.Format(c.IssuedOn));
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        try
        {
            return protector.Protect(buffer.WrittenSpan, applicationId.Value.ToByteArray());
        }
        finally
        {
            buffer.Clear();
        }
    }

    public static IReadOnlyList<IssuedCredential> Unprotect(string protectedCredentials, ISecretProtector protector, ServiceApplicationId applicationId)
    {
        if (!protector.TryUnprotect(protectedCredentials, applicationId.Value.ToByteArray(), out var plain))
        {
            throw new InvalidOperationException($"The credentials of {applicationId} do not decrypt with the configured secret protector: was the key changed?");
        }

        try
        {
            using var document = JsonDocument.Parse(plain);
            return [.. document.RootElement.EnumerateArray().Select(static e => new IssuedCredential(
                Text(e, "t"), Text(e, "k"), Text(e, "a1"), Text(e, "a2"), Text(e, "a3"), DatePattern.Parse(Text(e, "d")).GetValueOrThrow()))];
        }
        finally
        {
            Array.Clear(plain);
        }
    }

    private static string Text(JsonElement element, string name) => element.GetProperty(name).GetString() ?? string.Empty;
}
