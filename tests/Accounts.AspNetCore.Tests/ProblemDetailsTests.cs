using System.Globalization;
using Accounts.Http;
using Accounts.Messages;
using Accounts.Passwords;
using Accounts.Results;
using Microsoft.AspNetCore.Http;

namespace Accounts.AspNetCore.Tests;

public sealed class ProblemDetailsTests
{
    [Theory]
    [InlineData(ErrorCategory.Validation, 422)]
    [InlineData(ErrorCategory.Unauthenticated, 401)]
    [InlineData(ErrorCategory.Forbidden, 403)]
    [InlineData(ErrorCategory.NotFound, 404)]
    [InlineData(ErrorCategory.Conflict, 409)]
    [InlineData(ErrorCategory.Gone, 410)]
    [InlineData(ErrorCategory.Locked, 423)]
    [InlineData(ErrorCategory.TooManyRequests, 429)]
    public void EachCategory_HasItsStatus(ErrorCategory category, int status)
    {
        Assert.Equal(status, AccountsProblemDetails.StatusCodeFor(category));
    }

    [Fact]
    public void EveryCategory_HasAStatus()
    {
        Assert.All(Enum.GetValues<ErrorCategory>(), category => Assert.InRange(AccountsProblemDetails.StatusCodeFor(category), 400, 499));
    }

    [Theory]
    [InlineData("member.not_found", 404)]
    [InlineData("quota.reached", 409)]
    [InlineData("invitation.expired", 410)]
    [InlineData("signin.locked_out", 423)]
    [InlineData("permission.denied", 403)]
    [InlineData("password.too_short", 422)]
    [InlineData("concurrency.conflict", 409)]
    public void TheLibrarysCodes_MapToTheStatusesTheErrorCodeReferenceLists(string code, int status)
    {
        var definition = MessageCatalog.Default.Find(code)!;

        Assert.Equal(status, AccountsProblemDetails.StatusCodeFor(definition.Error("field").Category));
    }

    [Fact]
    public void AProblem_CarriesEveryErrorWithItsField_InTheRequestedLanguage()
    {
        Error[] errors = [PasswordErrors.TooShort.Error("newPassword", MessageDefinition.Argument("minimum", 8)), PasswordErrors.RequiresDigit.Error("newPassword")];

        var problem = AccountsProblemDetails.Create(errors, new AccountsMessageLocalizer(MessageCatalog.Default), CultureInfo.GetCultureInfo("en-US"));

        Assert.Equal(StatusCodes.Status422UnprocessableEntity, problem.Status);
        Assert.Equal("urn:accounts:error:password.too_short", problem.Type);
        Assert.Equal(MessageCatalog.Default.Describe(errors[0], "en"), problem.Title);
        Assert.Equal("password.too_short", problem.Extensions["code"]);
        var listed = Assert.IsType<ProblemError[]>(problem.Extensions["errors"]);
        Assert.Equal([("password.too_short", "newPassword"), ("password.requires_digit", "newPassword")], listed.Select(e => (e.Code, e.Target)));
    }

    [Fact]
    public void NoErrors_IsNoProblem()
    {
        Assert.Throws<ArgumentException>(() => AccountsProblemDetails.Create([], new AccountsMessageLocalizer(MessageCatalog.Default)));
    }
}
