using System.Reflection;
using Accounts.Messages;
using Accounts.Passwords;
using Accounts.Results;

namespace Accounts.Domain.Tests.Messages;

[Trait("Req", "R-PWD-3")]
public sealed class MessageCatalogTests
{
    [Fact]
    public void EveryCodeTheLibraryDefines_IsInTheCatalog_InJapaneseAndEnglish()
    {
        var defined = typeof(MessageCatalog).Assembly.GetTypes()
            .SelectMany(type => type.GetProperties(BindingFlags.Public | BindingFlags.Static))
            .Where(property => property.PropertyType == typeof(MessageDefinition))
            .Select(property => (MessageDefinition)property.GetValue(null)!)
            .ToList();

        Assert.NotEmpty(defined);
        Assert.All(defined, definition =>
        {
            Assert.Same(definition, MessageCatalog.Default.Find(definition.Code));
            Assert.False(string.IsNullOrWhiteSpace(definition.English));
            Assert.False(string.IsNullOrWhiteSpace(definition.Japanese));
            Assert.Matches("^[a-z_]+\\.[a-z_]+$", definition.Code);
            // A translation may leave a value out, but never name one the code does not supply.
            Assert.Subset(MessageTemplate.Placeholders(definition.English).ToHashSet(), MessageTemplate.Placeholders(definition.Japanese).ToHashSet());
        });
        Assert.Equal(defined.Count, MessageCatalog.Default.Definitions.Count);
    }

    [Fact]
    public void Describe_FillsTheArgumentsIntoTheLanguageAsked()
    {
        var error = PasswordErrors.TooShort.Error("password", MessageDefinition.Argument("minimum", 8));

        Assert.Equal("パスワードは8桁以上で設定してください。", MessageCatalog.Default.Describe(error, "ja"));
        Assert.Equal("Use at least 8 characters.", MessageCatalog.Default.Describe(error, "en"));
        Assert.Equal(error.Message, MessageCatalog.Default.Describe(error, "en"));
    }

    [Fact]
    public void AHost_OverridesOneText_AndKeepsTheRest()
    {
        var catalog = MessageCatalog.Default.Override("password.too_short", "ja", "{minimum}桁以上のパスワードを入力してください。");
        var error = PasswordErrors.TooShort.Error("password", MessageDefinition.Argument("minimum", 10));

        Assert.Equal("10桁以上のパスワードを入力してください。", catalog.Describe(error, "ja"));
        Assert.Equal("Use at least 10 characters.", catalog.Describe(error, "en"));
        Assert.Equal("パスワードは10桁以上で設定してください。", MessageCatalog.Default.Describe(error, "ja"));
    }

    [Fact]
    public void Override_OfAnUnknownCodeOrLanguage_IsMisuse()
    {
        Assert.Throws<ArgumentException>(() => MessageCatalog.Default.Override("no.such_code", "ja", "x"));
        Assert.Throws<ArgumentException>(() => MessageCatalog.Default.Override("password.too_short", "fr", "x"));
    }

    [Fact]
    public void AnUnknownCode_FallsBackToTheErrorsOwnMessage()
    {
        var error = new Error("host.custom", "field", "A host's own error.");

        Assert.Equal("A host's own error.", MessageCatalog.Default.Describe(error, "ja"));
    }

    [Theory]
    [InlineData("{a} and {b}", "1 and 2")]
    [InlineData("no placeholders", "no placeholders")]
    [InlineData("{unknown} stays", "{unknown} stays")]
    [InlineData("open { only", "open { only")]
    public void Template_FillsKnownPlaceholders(string template, string expected)
    {
        Assert.Equal(expected, MessageTemplate.Format(template, [new ErrorArgument("a", "1"), new ErrorArgument("b", "2")]));
    }
}
