using Accounts.Auditing;
using Accounts.Identifiers;
using Accounts.Operators;
using Accounts.Permissions;
using Accounts.Results;
using Accounts.Text;
using Accounts.UseCases;
using Ardalis.GuardClauses;

namespace Accounts.Registration;

/// <summary>
/// The pre-registration side of a migration campaign: importing the legacy shared accounts,
/// deciding whether they still sign in, and the companies' pre-registrations inside the window.
/// Needs <c>AccountsOptions.Campaign</c>.
/// </summary>
public sealed class PreRegistrationService
{
    private const int ImportBatchSize = 1_000;
    private static readonly TextRule LoginRule = new(TextKind.Printable, 100);
    private static readonly TextRule CompanyNameRule = new(TextKind.Printable, 200);

    private readonly UseCasePipeline _pipeline;

    internal PreRegistrationService(UseCasePipeline pipeline) => _pipeline = pipeline;

    /// <summary>The identifier an imported login gets: the same on every machine, so an import can run again.</summary>
    /// <param name="loginId">The legacy login.</param>
    public static LegacyAccountId LegacyAccountIdOf(string loginId)
    {
        ArgumentException.ThrowIfNullOrEmpty(loginId);
        return TypedId.Derive<LegacyAccountId>("legacy:" + loginId);
    }

    /// <summary>
    /// Imports legacy shared accounts, a thousand per commit. A login imported before is skipped,
    /// so an interrupted import is simply run again. A bad entry refuses its whole call before
    /// anything is written, naming the entry.
    /// </summary>
    /// <param name="operator">An operator whose role grants <see cref="OperatorAction.ManageCampaigns"/>.</param>
    /// <param name="accounts">The accounts.</param>
    /// <param name="cancellationToken">Cancels the import between commits.</param>
    /// <returns>How many accounts were new.</returns>
    public async ValueTask<Result<int>> ImportLegacyAccountsAsync(PortalOperator @operator, IReadOnlyList<LegacyAccountImport> accounts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(@operator);
        ArgumentNullException.ThrowIfNull(accounts);
        var errors = new List<Error>();
        for (var i = 0; i < accounts.Count; i++)
        {
            var account = accounts[i];
            if (account is null)
            {
                errors.Add(FieldErrors.Required.Error($"accounts[{i}]"));
                continue;
            }

            TextValidation.Check(account.LoginId, LoginRule, $"accounts[{i}].loginId", errors);
            TextValidation.Check(account.CompanyName, CompanyNameRule, $"accounts[{i}].companyName", errors);
            if (account.GrantedByLoginId is { } granter)
            {
                TextValidation.Check(granter, LoginRule, $"accounts[{i}].grantedByLoginId", errors);
            }
        }

        if (!@operator.Role.Allows(OperatorAction.ManageCampaigns))
        {
            errors.Insert(0, PermissionErrors.Denied.Error(nameof(OperatorAction.ManageCampaigns)));
        }

        if (errors.Count > 0)
        {
            return Result.Failure<int>([.. errors]);
        }

        var imported = 0;
        for (var start = 0; start < accounts.Count; start += ImportBatchSize)
        {
            var batch = accounts.Skip(start).Take(ImportBatchSize).ToList();
            var committed = await _pipeline.RunAsync(
                new UseCaseRequest(@operator.Actor, RegistrationAuditActions.ImportLegacyAccounts, batch[0].LoginId, Bulk: true),
                batch,
                static (batch, run, token) => ImportOnceAsync(batch, run, token),
                cancellationToken).ConfigureAwait(false);
            if (committed.IsFailure)
            {
                return committed;
            }

            imported += committed.Value;
        }

        return imported;
    }

    /// <summary>
    /// Decides whether a legacy shared account signs in (the legacy system has checked its password):
    /// up to the campaign's last legacy day it does; from the cutover it is refused with
    /// <c>campaign.legacy_account_retired</c>, and the people sign in with their personal accounts.
    /// </summary>
    /// <param name="loginId">The legacy login.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public ValueTask<Result<LegacySignIn>> SignInLegacyAsync(string loginId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(loginId);
        var campaign = CampaignOf(_pipeline);
        return _pipeline.RunAsync(
            new UseCaseRequest(ActorRef.Anonymous(loginId), RegistrationAuditActions.LegacySignIn, string.Empty),
            (LoginId: loginId, Campaign: campaign),
            static async (state, run, token) =>
            {
                var account = await run.Store.FindLegacyAccountByLoginAsync(state.LoginId, token).ConfigureAwait(false);
                if (account is null)
                {
                    return CampaignErrors.LegacyAccountUnknown.Error("loginId");
                }

                run.Target = account.Id.ToString();
                if (state.Campaign.CheckLegacySignIn(run.Now) is { } retired)
                {
                    return retired;
                }

                var mayPreRegister = account.GrantedBy is null && state.Campaign.CheckPreRegistration(run.Now) is null;
                return Outcome<LegacySignIn>.Answer(new LegacySignIn(account.Id, account.CompanyName, state.Campaign.PhaseAt(run.Now), mayPreRegister, CutoverIssuance.OrganizationIdOf(account.Id)));
            },
            cancellationToken);
    }

    /// <summary>
    /// Submits or replaces a company's pre-registration: only inside the window, only by
    /// the company's own legacy account — an account another company granted cannot pre-register
    /// (<c>campaign.granted_account</c>). The pre-registration is stored as given; the answer lists
    /// what the cutover would refuse in it, for the company to correct.
    /// </summary>
    /// <param name="legacyAccountId">The signed-in legacy account.</param>
    /// <param name="command">The company information and the people.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public ValueTask<Result<PreRegistrationView>> SubmitAsync(LegacyAccountId legacyAccountId, SubmitPreRegistration command, CancellationToken cancellationToken = default)
    {
        Guard.Against.EmptyId(legacyAccountId);
        ArgumentNullException.ThrowIfNull(command);
        var campaign = CampaignOf(_pipeline);
        return _pipeline.RunAsync(
            new UseCaseRequest(ActorRef.Anonymous(legacyAccountId.ToString()), RegistrationAuditActions.Submit, legacyAccountId.ToString()),
            (LegacyAccountId: legacyAccountId, Command: command, Campaign: campaign),
            static async (state, run, token) =>
            {
                if (state.Campaign.CheckPreRegistration(run.Now) is { } closed)
                {
                    return closed;
                }

                var account = await run.Store.FindLegacyAccountAsync(state.LegacyAccountId, token).ConfigureAwait(false);
                if (account is null)
                {
                    return CampaignErrors.LegacyAccountUnknown.Error("legacyAccountId");
                }

                if (account.GrantedBy is not null)
                {
                    return CampaignErrors.GrantedAccount.Error("legacyAccountId");
                }

                var earlier = await run.Store.FindPreRegistrationOfAsync(account.Id, token).ConfigureAwait(false);
                var submitted = PreRegistration.Submit(earlier, TypedId.New<PreRegistrationId>(run.Secrets, run.Now), account.Id, state.Command, state.Campaign, run.Now);
                if (submitted.IsFailure)
                {
                    return Outcome<PreRegistrationView>.Refuse(submitted.Errors);
                }

                run.Save(submitted.Value);
                return ViewOf(submitted.Value, run);
            },
            cancellationToken);
    }

    /// <summary>Reads a company's pre-registration with its findings; any time, also after the window.</summary>
    /// <param name="legacyAccountId">The company's legacy account.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public ValueTask<Result<PreRegistrationView>> GetAsync(LegacyAccountId legacyAccountId, CancellationToken cancellationToken = default)
    {
        Guard.Against.EmptyId(legacyAccountId);
        _ = CampaignOf(_pipeline);
        return _pipeline.RunAsync(
            new UseCaseRequest(ActorRef.Anonymous(legacyAccountId.ToString()), RegistrationAuditActions.View, legacyAccountId.ToString()),
            legacyAccountId,
            static async (legacyAccountId, run, token) =>
            {
                var preRegistration = await run.Store.FindPreRegistrationOfAsync(legacyAccountId, token).ConfigureAwait(false);
                return preRegistration is null
                    ? CampaignErrors.PreRegistrationMissing.Error("legacyAccountId")
                    : Outcome<PreRegistrationView>.Answer(ViewOf(preRegistration, run));
            },
            cancellationToken);
    }

    internal static RegistrationCampaign CampaignOf(UseCasePipeline pipeline) =>
        pipeline.Policies.Campaign ?? throw new InvalidOperationException("No migration campaign is configured: set AccountsOptions.Campaign (for example RegistrationCampaign.ClassNk2025).");

    private static PreRegistrationView ViewOf(PreRegistrationSnapshot snapshot, UseCaseRun run)
    {
        var verdict = PreRegistrationValidator.Validate(snapshot, run.Policies);
        return new PreRegistrationView
        {
            Id = snapshot.Id,
            LegacyAccountId = snapshot.LegacyAccountId,
            Company = snapshot.Company,
            People = snapshot.People,
            Findings = [.. verdict.Refusals],
            Warnings = [.. verdict.Warnings],
            SubmittedAt = snapshot.SubmittedAt,
            UpdatedAt = snapshot.UpdatedAt,
        };
    }

    private static async ValueTask<Outcome<int>> ImportOnceAsync(List<LegacyAccountImport> batch, UseCaseRun run, CancellationToken cancellationToken)
    {
        var added = 0;
        var inBatch = new HashSet<string>(StringComparer.Ordinal);
        foreach (var import in batch)
        {
            var id = LegacyAccountIdOf(import.LoginId);
            if (!inBatch.Add(import.LoginId) || await run.Store.FindLegacyAccountAsync(id, cancellationToken).ConfigureAwait(false) is not null)
            {
                continue;
            }

            run.Save(new LegacyAccountSnapshot
            {
                Id = id,
                LoginId = import.LoginId,
                CompanyName = import.CompanyName,
                GrantedBy = import.GrantedByLoginId is { } granter ? LegacyAccountIdOf(granter) : null,
                ImportedAt = run.Now,
            });
            added++;
        }

        return added == 0 ? Outcome<int>.Answer(0) : added;
    }
}
