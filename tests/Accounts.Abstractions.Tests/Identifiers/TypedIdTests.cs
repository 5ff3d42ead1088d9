using System.Globalization;
using Accounts.Identifiers;
using Accounts.Members;
using Accounts.Notifications;
using Accounts.Organizations;
using Accounts.Testing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Accounts.Abstractions.Tests.Identifiers;

public sealed class TypedIdTests
{
    private static readonly Arbitrary<Guid> NonEmptyGuids =
        ArbMap.Default.GeneratorFor<Guid>().Where(g => g != Guid.Empty).ToArbitrary();

    [Property]
    public Property Property_FormatThenParse_ReturnsTheSameIdentifier()
    {
        return Prop.ForAll(NonEmptyGuids, value =>
        {
            var account = MemberId.FromGuid(value);
            var organization = OrganizationId.FromGuid(value);
            return MemberId.Parse(account.ToString(), null) == account
                && OrganizationId.Parse(organization.ToString(), null) == organization
                && account.ToString().StartsWith("mem_", StringComparison.Ordinal)
                && organization.ToString().StartsWith("org_", StringComparison.Ordinal);
        });
    }

    [Property]
    public Property Property_TwoKinds_NeverCompareEqual_EvenOverTheSameValue()
    {
        return Prop.ForAll(NonEmptyGuids, value =>
        {
            object account = MemberId.FromGuid(value);
            object organization = OrganizationId.FromGuid(value);
            object message = OutboxMessageId.FromGuid(value);
            return !account.Equals(organization) && !organization.Equals(message) && !message.Equals(account);
        });
    }

    [Property]
    public Property Property_TextOfOneKind_DoesNotParseAsAnother()
    {
        return Prop.ForAll(NonEmptyGuids, value =>
            !OrganizationId.TryParse(MemberId.FromGuid(value).ToString(), null, out _)
            && !MemberId.TryParse(OrganizationId.FromGuid(value).ToString(), null, out _));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("mem_")]
    [InlineData("mem_00000000000000000000000000000000")]
    [InlineData("mem_0f8fad5bd9cb469fa16570867728950")]
    [InlineData("ACC_0f8fad5bd9cb469fa16570867728950e")]
    [InlineData("acc-0f8fad5bd9cb469fa16570867728950e")]
    [InlineData("mem_0f8fad5bd9cb469fa16570867728950z")]
    public void TryParse_RejectsMalformedText(string? text)
    {
        Assert.False(MemberId.TryParse(text, null, out var id));
        Assert.Equal(default, id);
    }

    [Fact]
    public void Parse_OfMalformedText_ThrowsFormatException()
    {
        Assert.Throws<FormatException>(() => MemberId.Parse("org_0f8fad5bd9cb469fa16570867728950e", null));
    }

    [Fact]
    public void FromGuid_OfEmpty_IsMisuse()
    {
        Assert.Throws<ArgumentException>(() => MemberId.FromGuid(Guid.Empty));
        Assert.Throws<ArgumentException>(() => TypedId.ThrowIfEmpty(default(OrganizationId)));
    }

    [Fact]
    public void PublicConstructors_RefuseValuesThatAreNotIdentifiers()
    {
        Assert.Throws<ArgumentException>(() => new MemberId(Guid.Empty));
        Assert.Throws<ArgumentException>(() => new OrganizationId(Guid.Empty));
        Assert.Throws<ArgumentException>(() => new OutboxMessageId(Guid.Empty));
        Assert.Throws<ArgumentException>(() => new OrganizationCode("!!"));
        Assert.Throws<ArgumentException>(() => new OrganizationCode(string.Empty));
        Assert.Throws<ArgumentException>(() => new OrganizationCode(new string('A', OrganizationCode.MaxLength + 1)));
        Assert.Equal("HQ-1", new OrganizationCode("HQ-1").Value);
    }

    [Fact]
    public void New_CreatesVersion7Identifiers_FromTheInjectedClockAndGenerator()
    {
        var at = Instant.FromUtc(2025, 9, 28, 0, 0);
        var first = TypedId.New<MemberId>(new SeededSecretGenerator(7), at);
        var again = TypedId.New<MemberId>(new SeededSecretGenerator(7), at);
        var other = TypedId.New<MemberId>(new SeededSecretGenerator(8), at);

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
        Assert.Equal(7, first.Value.Version);
        Assert.Equal(0x8, first.Value.Variant & 0xC);
        Assert.StartsWith(at.ToUnixTimeMilliseconds().ToString("x12", CultureInfo.InvariantCulture), first.Value.ToString("N"), StringComparison.Ordinal);
    }

    [Property(MaxTest = 200)]
    public bool IdentifiersMadeLater_SortLater_AsTextAndAsUuid(uint earlierOffset, ushort gap, int seed)
    {
        var earlier = Instant.FromUnixTimeMilliseconds(1_700_000_000_000L + earlierOffset);
        var later = earlier + Duration.FromMilliseconds(1 + gap);
        var secrets = new SeededSecretGenerator(seed);

        var first = TypedId.New<OrganizationId>(secrets, earlier);
        var second = TypedId.New<OrganizationId>(secrets, later);

        return string.CompareOrdinal(first.ToString(), second.ToString()) < 0 && first.Value.CompareTo(second.Value) < 0;
    }
}
