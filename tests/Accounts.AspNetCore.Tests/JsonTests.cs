using System.Text.Json;
using System.Text.Json.Serialization;
using Accounts.Members;
using Accounts.Notifications;
using Accounts.Organizations;
using Accounts.Serialization;
using Accounts.Testing;
using NodaTime;

namespace Accounts.AspNetCore.Tests;

public sealed partial class JsonTests
{
    private static readonly JsonSerializerOptions Options = new JsonSerializerOptions(JsonSerializerDefaults.Web).AddAccountsConverters();

    [Fact]
    public void TypedIdentifiersAndCodes_AreStrings_AndRoundTrip()
    {
        var member = MemberId.FromGuid(Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e"));
        var value = new Sample(member, OrganizationCode.From("N0000001"), Instant.FromUtc(2026, 4, 1, 0, 0), new LocalDate(2026, 4, 1), Duration.FromMinutes(15));

        var json = JsonSerializer.Serialize(value, Options);

        Assert.Equal("""{"member":"mem_0f8fad5bd9cb469fa16570867728950e","code":"N0000001","at":"2026-04-01T00:00:00Z","day":"2026-04-01","lasts":"PT15M"}""", json);
        Assert.Equal(value, JsonSerializer.Deserialize<Sample>(json, Options));
    }

    [Fact]
    public void TheSourceGenerator_UsesTheSameConverters()
    {
        var value = new Sample(MemberId.FromGuid(Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e")), OrganizationCode.From("N0000001"), Instant.FromUtc(2026, 4, 1, 0, 0), new LocalDate(2026, 4, 1), Duration.FromDays(7));

        var json = JsonSerializer.Serialize(value, SampleContext.Default.Sample);

        Assert.Contains("\"lasts\":\"P7D\"", json, StringComparison.Ordinal);
        Assert.Equal(value, JsonSerializer.Deserialize(json, SampleContext.Default.Sample));
    }

    [Theory]
    [InlineData("""{"member":"org_0f8fad5bd9cb469fa16570867728950e"}""")]
    [InlineData("""{"member":42}""")]
    [InlineData("""{"at":"yesterday"}""")]
    [InlineData("""{"lasts":"P1M"}""")]
    [InlineData("""{"code":"not a code"}""")]
    public void MalformedValues_AreRefused(string json)
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Sample>(json, Options));
    }

    [Fact]
    public async Task Secrets_NeverSerializeTheirValue()
    {
        using var portal = new TestPortal();
        var registered = await portal.Organizations.RegisterHeadOfficeAsync(TestPortal.Registration("first@org.example.jp", AdministratorProvisioning.InitialPassword), Auditing.ActorRef.Operator("operator-1"));
        var password = registered.Value.InitialPassword!;
        var parameter = new MailParameter("invitationToken", "the-token", IsSecret: true);

        var json = JsonSerializer.Serialize(new { password, parameter }, Options);

        Assert.DoesNotContain(password.Reveal(), json, StringComparison.Ordinal);
        Assert.DoesNotContain("the-token", json, StringComparison.Ordinal);
        Assert.Contains("***", json, StringComparison.Ordinal);
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<MailParameter>("""{"name":"t","value":"x","isSecret":true}""", Options));
        Assert.Equal(new MailParameter("organizationName", "日本"), JsonSerializer.Deserialize<MailParameter>(JsonSerializer.Serialize(new MailParameter("organizationName", "日本"), Options), Options));
    }

    internal sealed record Sample(MemberId? Member = null, OrganizationCode? Code = null, Instant At = default, LocalDate Day = default, Duration Lasts = default);

    [JsonSourceGenerationOptions(JsonSerializerDefaults.Web, Converters = [typeof(InstantJsonConverter), typeof(LocalDateJsonConverter), typeof(DurationJsonConverter)])]
    [JsonSerializable(typeof(Sample))]
    internal sealed partial class SampleContext : JsonSerializerContext;
}
