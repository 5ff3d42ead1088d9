using System.Globalization;
using System.Security.Claims;
using Accounts.Hosting;
using Accounts.Http;
using Accounts.InMemory;
using Accounts.Members;
using Accounts.Messages;
using Accounts.Passwords;
using Accounts.SignIn;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;

namespace AccountsWebSample;

/// <summary>
/// The web sample: a minimal-API portal on SQLite with cookie sign-in, plain HTML pages (sign in,
/// change password, members, invite), a JSON API answering failures with problem details, the
/// hosted outbox dispatcher and its health check.
/// </summary>
public static class WebSampleApp
{
    private const string MemberClaim = "accounts:member";
    private const string MustChangePasswordClaim = "accounts:must_change_password";

    /// <summary>Builds the application, creates or updates its database and seeds the demo organization.</summary>
    /// <param name="args">Command-line arguments; <c>--urls</c> and any configuration key may be given.</param>
    public static async Task<WebApplication> BuildAsync(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddAccounts(builder.Configuration.GetSection("Accounts"))
            .AddSqliteStores(builder.Configuration.GetConnectionString("Accounts") ?? "Data Source=websample.db")
            .AddOutboxDispatcherService();
        builder.Services.Configure<OutboxDispatcherServiceOptions>(builder.Configuration.GetSection("OutboxDispatcher"));
        // The sample keeps sent mail in memory and shows it at /mail, so that invitation links can be followed; a portal registers its own sender.
        builder.Services.AddSingleton<RecordingMailSender>();
        builder.Services.AddSingleton<Accounts.Notifications.IMailSender>(provider => provider.GetRequiredService<RecordingMailSender>());
        builder.Services.AddSingleton<DemoSeed>();
        builder.Services.AddHealthChecks().AddAccountsOutbox();
        builder.Services.AddProblemDetails();
        builder.Services.AddAntiforgery();
        builder.Services.AddAuthorization();
        builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.LoginPath = "/sign-in";
                options.Cookie.Name = "accounts-sample";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Strict;
                options.Events.OnRedirectToLogin = context =>
                {
                    // The JSON API answers 401 problem details instead of a redirect to the sign-in page.
                    if (context.Request.Path.StartsWithSegments("/api"))
                    {
                        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                        return Task.CompletedTask;
                    }

                    context.Response.Redirect(context.RedirectUri);
                    return Task.CompletedTask;
                };
            });

        var app = builder.Build();
        await app.Services.MigrateAccountsDatabaseAsync();
        var seed = app.Services.GetRequiredService<DemoSeed>();
        await seed.EnsureAsync(app.Services);
        if (seed.InitialPassword is { } initial)
        {
            SampleLog.DemoCreated(app.Logger, DemoSeed.AdministratorEmail, initial);
        }

        app.UseRequestLocalization(options => options.SetDefaultCulture("ja").AddSupportedCultures("ja", "en").AddSupportedUICultures("ja", "en"));
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.Use(ChangeInitialPasswordFirst);
        app.UseAuthorization();
        app.UseAntiforgery();
        Map(app);
        return app;
    }

    /// <summary>A member whose password must be changed reaches nothing but the change-password page and sign-out.</summary>
    private static Task ChangeInitialPasswordFirst(HttpContext context, Func<Task> next)
    {
        var path = context.Request.Path;
        if (context.User.HasClaim(MustChangePasswordClaim, "true") && !path.StartsWithSegments("/change-password") && !path.StartsWithSegments("/sign-out"))
        {
            if (path.StartsWithSegments("/api"))
            {
                return new[] { SignInErrors.PasswordChangeRequired.Error("password") }.ToProblem(context).ExecuteAsync(context);
            }

            context.Response.Redirect("/change-password");
            return Task.CompletedTask;
        }

        return next();
    }

    private static void Map(WebApplication app)
    {
        app.MapHealthChecks("/health");
        app.MapGet("/", (HttpContext context) => Results.Redirect(context.User.Identity?.IsAuthenticated == true ? "/members" : "/sign-in"));

        app.MapGet("/sign-in", (HttpContext context, IAntiforgery antiforgery) => SignInPage(context, antiforgery, [], null));
        app.MapPost("/sign-in", async ([FromForm] string email, [FromForm] string password, HttpContext context, SignInService signIn, IAntiforgery antiforgery, AccountsMessageLocalizer messages) =>
        {
            var result = (await signIn.SignInAsync(email, password, context.RequestAborted)).ToResult();
            if (result.IsFailure)
            {
                return SignInPage(context, antiforgery, result.Errors.Select(e => messages.Describe(e)), email, StatusCodes.Status401Unauthorized);
            }

            return await result.Value.Match(
                signedIn => SignInAsync(context, signedIn.MemberId, mustChangePassword: false, "/members"),
                change => SignInAsync(context, change.MemberId, mustChangePassword: true, "/change-password"),
                code => Task.FromResult(SignInPage(context, antiforgery, ["This sample does not show the one-time password step."], email)),
                enroll => Task.FromResult(SignInPage(context, antiforgery, ["This sample does not show one-time password enrollment."], email)));
        });
        app.MapPost("/sign-out", async (HttpContext context) =>
        {
            await context.SignOutAsync();
            return Results.Redirect("/sign-in");
        }).RequireAuthorization();

        app.MapGet("/change-password", (HttpContext context, IAntiforgery antiforgery) => ChangePasswordPage(context, antiforgery, [])).RequireAuthorization();
        app.MapPost("/change-password", async ([FromForm] string currentPassword, [FromForm] string newPassword, HttpContext context, PasswordService passwords, IAntiforgery antiforgery, AccountsMessageLocalizer messages) =>
        {
            var changed = await passwords.ChangePasswordAsync(Actor(context), currentPassword, newPassword, context.RequestAborted);
            return changed.IsSuccess
                ? await SignInAsync(context, changed.Value, mustChangePassword: false, "/members")
                : ChangePasswordPage(context, antiforgery, changed.Errors.Select(e => messages.Describe(e)), StatusCodes.Status422UnprocessableEntity);
        }).RequireAuthorization();

        app.MapGet("/members", async (HttpContext context, MemberAdministrationService members, IAntiforgery antiforgery, AccountsMessageLocalizer messages) =>
        {
            var list = await members.ListMembersAsync(Actor(context), cancellationToken: context.RequestAborted);
            if (list.IsFailure)
            {
                return Html.Page("Members", Html.Errors(list.Errors.Select(e => messages.Describe(e))), signedIn: true, Token(context, antiforgery), AccountsProblemDetails.StatusCodeFor(list.Errors[0].Category));
            }

            var rows = string.Concat(list.Value.Members.Select(m => $"<tr><td>{Html.Encode(m.DisplayName)}</td><td>{Html.Encode(m.Email)}</td><td>{m.Type}</td><td>{m.Status}</td></tr>"));
            return Html.Page("Members", $"<table id=\"members\"><tr><th>Name</th><th>E-mail</th><th>Type</th><th>Status</th></tr>{rows}</table>", signedIn: true, Token(context, antiforgery));
        }).RequireAuthorization();

        app.MapGet("/invite", (HttpContext context, IAntiforgery antiforgery) => InvitePage(context, antiforgery, [])).RequireAuthorization();
        app.MapPost("/invite", async ([FromForm] string email, [FromForm] string displayName, [FromForm] MemberType type, HttpContext context, InvitationService invitations, IAntiforgery antiforgery, AccountsMessageLocalizer messages) =>
        {
            var invited = await invitations.InviteAsync(Actor(context), new InviteMember { Email = email, DisplayName = displayName, Type = type }, context.RequestAborted);
            return invited.IsSuccess
                ? Results.Redirect("/members")
                : InvitePage(context, antiforgery, invited.Errors.Select(e => messages.Describe(e)), AccountsProblemDetails.StatusCodeFor(invited.Errors[0].Category));
        }).RequireAuthorization();

        app.MapGet("/mail", (HttpContext context, RecordingMailSender mail, IAntiforgery antiforgery) =>
            Html.Page("Sent mail", string.Concat(mail.Delivered.Select(m => $"<article><h2>{Html.Encode(m.Subject)}</h2><p>To: {Html.Encode(string.Join(", ", m.To))}</p><pre>{Html.Encode(m.Body)}</pre></article>")), signedIn: true, Token(context, antiforgery)))
            .RequireAuthorization();

        var api = app.MapGroup("/api").RequireAuthorization().DisableAntiforgery();
        api.MapGet("/members", async (HttpContext context, MemberAdministrationService members) =>
            (await members.ListMembersAsync(Actor(context), cancellationToken: context.RequestAborted)).ToHttpResult(context, list => Results.Ok(list)));
        api.MapPost("/invitations", async (InviteMember command, HttpContext context, InvitationService invitations) =>
            (await invitations.InviteAsync(Actor(context), command, context.RequestAborted)).ToHttpResult(context, sent => Results.Ok(new { sent.MemberId })));
    }

    private static MemberId Actor(HttpContext context) =>
        MemberId.Parse(context.User.FindFirstValue(MemberClaim) ?? throw new InvalidOperationException("The endpoint requires a signed-in member."), CultureInfo.InvariantCulture);

    private static async Task<IResult> SignInAsync(HttpContext context, MemberId member, bool mustChangePassword, string next)
    {
        var identity = new ClaimsIdentity(CookieAuthenticationDefaults.AuthenticationScheme);
        identity.AddClaim(new Claim(MemberClaim, member.ToString()));
        if (mustChangePassword)
        {
            identity.AddClaim(new Claim(MustChangePasswordClaim, "true"));
        }

        await context.SignInAsync(new ClaimsPrincipal(identity));
        return Results.Redirect(next);
    }

    private static string Token(HttpContext context, IAntiforgery antiforgery)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        return $"<input type=\"hidden\" name=\"{tokens.FormFieldName}\" value=\"{Html.Encode(tokens.RequestToken)}\">";
    }

    private static IResult SignInPage(HttpContext context, IAntiforgery antiforgery, IEnumerable<string> errors, string? email, int status = StatusCodes.Status200OK) =>
        Html.Page("Sign in", Html.Errors(errors) + "<form method=\"post\" action=\"/sign-in\">" + Token(context, antiforgery)
            + Html.Field("E-mail", "email", "email", email) + Html.Field("Password", "password", "password") + "<button id=\"submit\">Sign in</button></form>", status: status);

    private static IResult ChangePasswordPage(HttpContext context, IAntiforgery antiforgery, IEnumerable<string> errors, int status = StatusCodes.Status200OK) =>
        Html.Page("Change password", Html.Errors(errors) + "<form method=\"post\" action=\"/change-password\">" + Token(context, antiforgery)
            + Html.Field("Current password", "currentPassword", "password") + Html.Field("New password", "newPassword", "password") + "<button id=\"submit\">Change</button></form>", signedIn: true, Token(context, antiforgery), status);

    private static IResult InvitePage(HttpContext context, IAntiforgery antiforgery, IEnumerable<string> errors, int status = StatusCodes.Status200OK) =>
        Html.Page("Invite", Html.Errors(errors) + "<form method=\"post\" action=\"/invite\">" + Token(context, antiforgery)
            + Html.Field("E-mail", "email", "email") + Html.Field("Name", "displayName")
            + "<label>Type <select id=\"type\" name=\"type\"><option value=\"General\">General user</option><option value=\"ExternalInvited\">External user</option><option value=\"Administrator\">Administrator</option></select></label>"
            + "<button id=\"submit\">Invite</button></form>", signedIn: true, Token(context, antiforgery), status);
}
