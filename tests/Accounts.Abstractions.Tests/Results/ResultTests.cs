using System.Collections.Immutable;
using Accounts.Results;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Result = Accounts.Results.Result;

namespace Accounts.Abstractions.Tests.Results;

public sealed class ResultTests
{
    private static readonly Error TooShort = new("password.too_short", "password", "The password is too short.");
    private static readonly Error RequiresDigit = new("password.requires_digit", "password", "The password needs a digit.");

    [Fact]
    public void Success_HoldsValueAndNoErrors()
    {
        Result<int> result = 42;

        Assert.True(result.IsSuccess);
        Assert.False(result.IsFailure);
        Assert.Equal(42, result.Value);
        Assert.Empty(result.Errors);
        Assert.Null(result.FirstError);
    }

    [Fact]
    public void Failure_HoldsEveryErrorInOrder()
    {
        var result = Result.Failure<int>([TooShort, RequiresDigit]);

        Assert.True(result.IsFailure);
        Assert.False(result.IsSuccess);
        Assert.Equal(["password.too_short", "password.requires_digit"], result.Errors.Select(e => e.Code));
        Assert.True(result.HasError("password.requires_digit"));
        Assert.False(result.HasError("password.too_long"));
    }

    [Fact]
    public void Value_OfFailure_ThrowsNamingTheFirstCode()
    {
        Result<string> result = TooShort;

        var exception = Assert.Throws<InvalidOperationException>(() => result.Value);
        Assert.Contains("password.too_short", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Default_IsNeitherSuccessNorFailure_AndHasNoValue()
    {
        var result = default(Result<int>);

        Assert.False(result.IsSuccess);
        Assert.False(result.IsFailure);
        Assert.Empty(result.Errors);
        Assert.Empty(result.Warnings);
        Assert.Throws<InvalidOperationException>(() => result.Value);
    }

    [Fact]
    public void Failure_WithoutErrors_IsMisuse()
    {
        Assert.Throws<ArgumentException>(() => Result.Failure<int>(ImmutableArray<Error>.Empty));
        Assert.Throws<ArgumentException>(() => Result.Failure<int>(default(ImmutableArray<Error>)));
        Assert.Throws<ArgumentNullException>(() => Result.Failure<int>((Error)null!));
    }

    [Fact]
    public void MapAndThen_TransformSuccesses_AndPassFailuresThrough()
    {
        Result<int> success = 20;
        Result<int> failure = TooShort;

        Assert.Equal(21, success.Map(v => v + 1).Value);
        Assert.Equal("20", success.Then(v => Result.Success(v.ToString(System.Globalization.CultureInfo.InvariantCulture))).Value);
        Assert.Equal(TooShort, failure.Map(v => v + 1).FirstError);
        Assert.Equal(TooShort, failure.Then<int>(_ => RequiresDigit).FirstError);
        Assert.Equal(RequiresDigit, success.Then<int>(_ => RequiresDigit).FirstError);
    }

    [Fact]
    public void Warnings_TravelWithSuccess_AndNeverTurnItIntoFailure()
    {
        var warning = new Warning("email.free_mail", "email", "Free-mail addresses are not recommended.");

        var result = Result.Success("ok").WithWarnings([warning]);

        Assert.True(result.IsSuccess);
        Assert.Equal(warning, Assert.Single(result.Warnings));
        Assert.Equal(warning, Assert.Single(result.Map(v => v.Length).Warnings));
    }

    [Property]
    public Property Property_FailureKeepsEveryErrorCode_AndSuccessKeepsTheValue()
    {
        var codes = Gen.Elements("a.one", "b.two", "c.three", "d.four").NonEmptyListOf();

        return Prop.ForAll(codes.ToArbitrary(), ArbMap.Default.ArbFor<int>(), (generated, value) =>
        {
            var errors = generated.Select(code => new Error(code, "field", "message")).ToImmutableArray();
            var failure = Result.Failure<int>(errors);
            Result<int> success = value;

            return failure.Errors.Select(e => e.Code).SequenceEqual(generated)
                && !failure.IsSuccess
                && generated.All(failure.HasError)
                && success.IsSuccess
                && success.Value == value
                && success.Map(v => v).Equals(success);
        });
    }
}
