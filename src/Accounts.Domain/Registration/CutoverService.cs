using System.Collections.Immutable;
using Accounts.Members;
using Accounts.Operators;
using Accounts.Organizations;
using Accounts.Permissions;
using Accounts.Results;
using Accounts.UseCases;

namespace Accounts.Registration;

/// <summary>
/// The cutover of a migration campaign: the readiness report before the day, and the run
/// that turns every valid pre-registration into an organization, personal accounts and one
/// activation mail per person. The run commits a batch of pre-registrations at a time through the
/// bulk write path, together with its checkpoint: run it twice, or after a crash, and it carries
/// on where the last committed batch ended — nobody gets two accounts or two mails.
/// </summary>
public sealed class CutoverService
{
    private readonly UseCasePipeline _pipeline;
    private readonly IOrganizationCodeGenerator _codes;

    internal CutoverService(UseCasePipeline pipeline, IOrganizationCodeGenerator codes) => (_pipeline, _codes) = (pipeline, codes);

    /// <summary>
    /// The organization the cutover issues for a company's legacy account: what the data
    /// registered under the shared account belongs to after the cutover.
    /// </summary>
    /// <param name="legacyAccountId">The company's legacy account.</param>
    public static OrganizationId OrganizationIdOf(LegacyAccountId legacyAccountId) => CutoverIssuance.OrganizationIdOf(legacyAccountId);

    /// <summary>
    /// Tells what the cutover would do now, changing nothing: organizations and people it issues,
    /// entries it refuses and why, warnings, and companies that pre-registered nothing.
    /// </summary>
    /// <param name="operator">An operator whose role grants <see cref="OperatorAction.ManageCampaigns"/>.</param>
    /// <param name="cancellationToken">Cancels the report.</param>
    public async ValueTask<Result<ReadinessReport>> PrepareReportAsync(PortalOperator @operator, CancellationToken cancellationToken = default)
    {
        var allowed = await AuthorizeAsync(@operator, requireCutoverDay: false, cancellationToken).ConfigureAwait(false);
        if (allowed.IsFailure)
        {
            return Result.Failure<ReadinessReport>(allowed.Errors);
        }

        var (campaign, phase) = allowed.Value;
        var store = _pipeline.Store;
        var policies = _pipeline.Policies;
        var scan = await CutoverScan.ReadAsync(store, policies, cancellationToken).ConfigureAwait(false);
        var checkpoint = await store.FindAsync<CutoverRunSnapshot>(CutoverCheckpoint.IdOf(campaign), cancellationToken).ConfigureAwait(false);
        var processed = checkpoint?.Processed ?? 0;
        var takenBefore = checkpoint is null ? [] : checkpoint.TakenAddresses.ToHashSet(StringComparer.Ordinal);
        var refusals = ImmutableArray.CreateBuilder<CutoverRefusal>();
        var warnings = ImmutableArray.CreateBuilder<CutoverWarning>();
        int organizations = 0, people = 0, doneOrganizations = 0, donePeople = 0;
        var takenNow = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < scan.PreRegistrations.Count; i++)
        {
            var preRegistration = scan.PreRegistrations[i];
            PreRegistrationVerdict verdict;
            if (i < processed)
            {
                verdict = PreRegistrationValidator.Validate(preRegistration, policies, scan.ClaimedTwice.Contains, takenBefore.Contains);
                doneOrganizations += verdict.IssuesOrganization ? 1 : 0;
                donePeople += verdict.Accepted.Count;
            }
            else
            {
                verdict = PreRegistrationValidator.Validate(preRegistration, policies, scan.ClaimedTwice.Contains, static _ => false);
                if (await FindTakenAsync(verdict, takenNow, cancellationToken).ConfigureAwait(false))
                {
                    verdict = PreRegistrationValidator.Validate(preRegistration, policies, scan.ClaimedTwice.Contains, takenNow.Contains);
                }

                organizations += verdict.IssuesOrganization ? 1 : 0;
                people += verdict.Accepted.Count;
            }

            refusals.AddRange(verdict.Refusals);
            warnings.AddRange(verdict.Warnings);
        }

        return new ReadinessReport
        {
            Phase = phase,
            PreRegistrations = scan.PreRegistrations.Count,
            OrganizationsToIssue = organizations,
            PeopleToIssue = people,
            AlreadyIssuedOrganizations = doneOrganizations,
            AlreadyIssuedPeople = donePeople,
            Refusals = refusals.ToImmutable(),
            Warnings = warnings.ToImmutable(),
            WithoutPreRegistration = scan.WithoutPreRegistration,
        };
    }

    /// <summary>
    /// Runs the cutover, from its day on: issues the organizations and personal accounts of every
    /// valid pre-registration and queues one activation mail per person through the outbox,
    /// batch by batch. Safe to run again at any time; it resumes after the last committed batch.
    /// </summary>
    /// <param name="operator">An operator whose role grants <see cref="OperatorAction.ManageCampaigns"/>.</param>
    /// <param name="progress">Told after each committed batch.</param>
    /// <param name="cancellationToken">Stops the run between batches, or rolls back the batch being written; run again to carry on.</param>
    /// <returns>The reconciliation: issued by this run, issued before, refused.</returns>
    public async ValueTask<Result<CutoverReport>> RunAsync(PortalOperator @operator, IProgress<CutoverProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var allowed = await AuthorizeAsync(@operator, requireCutoverDay: true, cancellationToken).ConfigureAwait(false);
        if (allowed.IsFailure)
        {
            return Result.Failure<CutoverReport>(allowed.Errors);
        }

        var campaign = allowed.Value.Campaign;
        var store = _pipeline.Store;
        var policies = _pipeline.Policies;
        var scan = await CutoverScan.ReadAsync(store, policies, cancellationToken).ConfigureAwait(false);
        var checkpointId = CutoverCheckpoint.IdOf(campaign);
        var checkpoint = await store.FindAsync<CutoverRunSnapshot>(checkpointId, cancellationToken).ConfigureAwait(false);
        var before = checkpoint;
        var refusals = new List<CutoverRefusal>();
        var total = scan.PreRegistrations.Count;
        progress?.Report(new CutoverProgress(checkpoint?.Processed ?? 0, total, checkpoint?.IssuedPeople ?? 0));
        while (checkpoint is not { CompletedAt: not null })
        {
            cancellationToken.ThrowIfCancellationRequested();
            var offset = checkpoint?.Processed ?? 0;
            var batch = new CutoverBatch(campaign, scan, offset, Math.Min(campaign.CutoverBatchSize, total - offset));
            var done = await _pipeline.RunAsync(
                new UseCaseRequest(@operator.Actor, RegistrationAuditActions.CutoverBatch, checkpointId.ToString(), Bulk: true),
                (Service: this, Batch: batch),
                static (state, run, token) => state.Service.DecideBatchAsync(state.Batch, run, token),
                cancellationToken).ConfigureAwait(false);
            if (done.IsFailure)
            {
                return Result.Failure<CutoverReport>(done.Errors);
            }

            refusals.AddRange(done.Value.Refusals);
            checkpoint = done.Value.Checkpoint ?? await store.FindAsync<CutoverRunSnapshot>(checkpointId, cancellationToken).ConfigureAwait(false);
            progress?.Report(new CutoverProgress(checkpoint?.Processed ?? 0, total, checkpoint?.IssuedPeople ?? 0));
        }

        // Batches an earlier run committed are judged again for the reconciliation, with the addresses it found taken.
        var processedBefore = before?.Processed ?? 0;
        var takenBefore = checkpoint.TakenAddresses.ToHashSet(StringComparer.Ordinal);
        var earlier = new List<CutoverRefusal>();
        for (var i = 0; i < processedBefore; i++)
        {
            earlier.AddRange(PreRegistrationValidator.Validate(scan.PreRegistrations[i], policies, scan.ClaimedTwice.Contains, takenBefore.Contains).Refusals);
        }

        return new CutoverReport
        {
            IssuedOrganizations = checkpoint.IssuedOrganizations - (before?.IssuedOrganizations ?? 0),
            IssuedPeople = checkpoint.IssuedPeople - (before?.IssuedPeople ?? 0),
            AlreadyIssuedOrganizations = before?.IssuedOrganizations ?? 0,
            AlreadyIssuedPeople = before?.IssuedPeople ?? 0,
            Refusals = [.. earlier, .. refusals],
            WithoutPreRegistration = scan.WithoutPreRegistration,
            CompletedAt = checkpoint.CompletedAt.Value,
        };
    }

    private ValueTask<Result<(RegistrationCampaign Campaign, CampaignPhase Phase)>> AuthorizeAsync(PortalOperator @operator, bool requireCutoverDay, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(@operator);
        var campaign = PreRegistrationService.CampaignOf(_pipeline);
        return _pipeline.RunAsync(
            new UseCaseRequest(@operator.Actor, requireCutoverDay ? RegistrationAuditActions.CutoverBatch : RegistrationAuditActions.View, string.Empty),
            (Operator: @operator, Campaign: campaign, RequireCutoverDay: requireCutoverDay),
            static (state, run, _) =>
            {
                var phase = state.Campaign.PhaseAt(run.Now);
                Outcome<(RegistrationCampaign, CampaignPhase)> outcome =
                    !state.Operator.Role.Allows(OperatorAction.ManageCampaigns) ? PermissionErrors.Denied.Error(nameof(OperatorAction.ManageCampaigns))
                    : state.RequireCutoverDay && phase != CampaignPhase.AfterCutover ? CampaignErrors.CutoverNotReached.Error("campaign", Messages.MessageDefinition.Argument("cutover", Calendars.JapanTime.FormatDate(state.Campaign.CutoverDay)))
                    : Outcome<(RegistrationCampaign, CampaignPhase)>.Answer((state.Campaign, phase));
                return ValueTask.FromResult(outcome);
            },
            cancellationToken);
    }

    private async ValueTask<Outcome<CutoverBatchResult>> DecideBatchAsync(CutoverBatch batch, UseCaseRun run, CancellationToken cancellationToken)
    {
        batch.Attempts++;
        var checkpointId = CutoverCheckpoint.IdOf(batch.Campaign);
        var checkpoint = await run.Store.FindAsync<CutoverRunSnapshot>(checkpointId, cancellationToken).ConfigureAwait(false);
        if ((checkpoint?.Processed ?? 0) != batch.Offset || checkpoint?.CompletedAt is not null)
        {
            // Another run committed this batch meanwhile; carry on from its checkpoint.
            return Outcome<CutoverBatchResult>.Answer(new CutoverBatchResult(null, []));
        }

        var policies = run.Policies;
        var scan = batch.Scan;
        var taken = checkpoint is null ? new HashSet<string>(StringComparer.Ordinal) : checkpoint.TakenAddresses.ToHashSet(StringComparer.Ordinal);
        taken.UnionWith(batch.FoundTaken);
        var refusals = new List<CutoverRefusal>();
        int organizations = 0, people = 0;
        for (var i = batch.Offset; i < batch.Offset + batch.Count; i++)
        {
            var verdict = PreRegistrationValidator.Validate(scan.PreRegistrations[i], policies, scan.ClaimedTwice.Contains, taken.Contains);

            // A refused commit may mean an account outside the cutover took an address: look them up before trying again.
            if (batch.Attempts > 1 && await FindTakenAsync(verdict, batch.FoundTaken, cancellationToken).ConfigureAwait(false))
            {
                taken.UnionWith(batch.FoundTaken);
                verdict = PreRegistrationValidator.Validate(scan.PreRegistrations[i], policies, scan.ClaimedTwice.Contains, taken.Contains);
            }

            refusals.AddRange(verdict.Refusals);
            if (!verdict.IssuesOrganization)
            {
                continue;
            }

            var code = await _codes.NextAsync(OrganizationKind.HeadOffice, null, cancellationToken).ConfigureAwait(false);
            var issued = CutoverIssuance.Issue(verdict, code, policies, run.Secrets, run.Now);
            if (issued.IsFailure)
            {
                refusals.AddRange(issued.Errors.Select(error => new CutoverRefusal(verdict.PreRegistration.LegacyAccountId, null, null, error)));
                continue;
            }

            run.Save(issued.Value.Organization);
            foreach (var member in issued.Value.Members)
            {
                run.Save(member);
            }

            foreach (var mail in issued.Value.Mail)
            {
                run.Mail(mail);
            }

            organizations++;
            people += issued.Value.Members.Count;
        }

        // The addresses found are new: candidates the checkpoint already lists were refused before the lookup.
        var advanced = CutoverCheckpoint.Advance(checkpoint ?? CutoverCheckpoint.Start(batch.Campaign, run.Now), batch.Count, organizations, people, batch.FoundTaken, batch.IsLast, run.Now);
        run.Save(advanced);
        return new CutoverBatchResult(advanced, refusals);
    }

    /// <summary>Looks up the verdict's accepted addresses; adds those an account outside the cutover holds. True when it found any.</summary>
    private async ValueTask<bool> FindTakenAsync(PreRegistrationVerdict verdict, HashSet<string> taken, CancellationToken cancellationToken)
    {
        var found = false;
        foreach (var accepted in verdict.Accepted)
        {
            var holder = await _pipeline.Store.FindMemberByEmailAsync(accepted.Email.Value, cancellationToken).ConfigureAwait(false);
            if (holder is not null && holder.Id != CutoverIssuance.MemberIdOf(verdict.PreRegistration.Id, accepted.Email.Value))
            {
                found |= taken.Add(accepted.Email.Value);
            }
        }

        return found;
    }
}
