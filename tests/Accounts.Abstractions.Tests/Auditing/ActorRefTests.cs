using Accounts.Auditing;

namespace Accounts.Abstractions.Tests.Auditing;

/// <summary>What may name an actor in the audit trail (hardening issue, points 7 and 17).</summary>
public sealed class ActorRefTests
{
    [Theory]
    [InlineData("")]
    [InlineData("operator\r\nforged: entry")]
    [InlineData("tab\there")]
    public void AnOperatorNameThatIsEmptyOrHoldsControlCharacters_IsMisuse(string name)
    {
        Assert.Throws<ArgumentException>(() => ActorRef.Operator(name));
    }

    [Fact]
    public void AnOperatorNameLongerThanTheLimit_IsMisuse()
    {
        Assert.Equal("Operator:" + new string('o', ActorRef.MaxNameLength), ActorRef.Operator(new string('o', ActorRef.MaxNameLength)).ToString());
        Assert.Throws<ArgumentException>(() => ActorRef.Operator(new string('o', ActorRef.MaxNameLength + 1)));
        Assert.Throws<ArgumentException>(() => ActorRef.Anonymous(new string('a', ActorRef.MaxNameLength + 1)));
    }

    [Fact]
    public void ADefaultActor_NamesNobody_AndIsRefused()
    {
        var exception = Assert.Throws<ArgumentException>(() => ActorRef.ThrowIfUndefined(default));

        Assert.Equal("default", exception.ParamName);
        ActorRef.ThrowIfUndefined(ActorRef.System);
        ActorRef.ThrowIfUndefined(ActorRef.Anonymous());
    }
}
