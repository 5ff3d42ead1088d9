using System.Reflection;
using Accounts.Members;
using Accounts.Onboarding;
using Accounts.Organizations;
using Accounts.Registration;
using Accounts.ServiceApplications;
using NodaTime;
using Xunit;

namespace Accounts.Storage.Conformance;

/// <summary>Every kind of aggregate is stored whole and read back as written, by identifier, unique key and group.</summary>
/// <typeparam name="TFactory">The adapter's factory.</typeparam>
public abstract class RoundTripConformanceTests<TFactory>(TFactory factory) : StorageConformanceTests<TFactory>(factory)
    where TFactory : class, IConformanceStorageFactory
{
    /// <summary>An organization comes back whole at version 1, by identifier, by code and in its head office's group.</summary>
    [ConformanceFact]
    public async Task AnOrganization_RoundTripsWhole()
    {
        var head = Samples.Organization("HQ");
        var unit = Samples.Organization("HQ-B", head.Id);

        await CommitAsync(AggregateWrite.Insert(head), AggregateWrite.Insert(unit));

        SnapshotAssert.Equivalent(head with { Version = 1 }, await Store.FindOrganizationAsync(head.Id));
        SnapshotAssert.Equivalent(unit with { Version = 1 }, await Store.FindOrganizationByCodeAsync(unit.Code));
        SnapshotAssert.Equivalent(unit with { Version = 1 }, Assert.Single((await Store.ListUnitsAsync(head.Id)).Items));
    }

    /// <summary>An active member with every credential value, and an invited one, come back whole, by identifier, address and organization.</summary>
    [ConformanceFact]
    public async Task AMember_RoundTripsWhole_CredentialAndInvitationIncluded()
    {
        var organization = Samples.Organization("ORG");
        var active = Samples.Member(organization.Id, "active@example.jp");
        var invited = Samples.InvitedMember(organization.Id, "invited@example.jp", active.Id);

        await CommitAsync(AggregateWrite.Insert(organization), AggregateWrite.Insert(active), AggregateWrite.Insert(invited));

        SnapshotAssert.Equivalent(active with { Version = 1 }, await Store.FindMemberAsync(active.Id));
        SnapshotAssert.Equivalent(invited with { Version = 1 }, await Store.FindMemberByEmailAsync("invited@example.jp"));
        var page = await Store.ListMembersAsync(organization.Id, 0, 10);
        Assert.Equal([active.Id, invited.Id], page.Items.Select(m => m.Id));
    }

    /// <summary>An onboarding application comes back whole, both forms included; those with a timer list soonest first, those without not at all.</summary>
    [ConformanceFact]
    public async Task AnOnboardingApplication_RoundTripsWhole_AndListsByItsTimer()
    {
        var later = Samples.OnboardingApplication(Samples.At + Duration.FromDays(2));
        var sooner = Samples.OnboardingApplication(Samples.At + Duration.FromMilliseconds(5));
        var none = Samples.OnboardingApplication();

        await CommitAsync(AggregateWrite.Insert(later), AggregateWrite.Insert(sooner), AggregateWrite.Insert(none));

        SnapshotAssert.Equivalent(later with { Version = 1 }, await Store.FindOnboardingApplicationAsync(later.Id));
        SnapshotAssert.Equivalent(none with { Version = 1 }, await Store.FindOnboardingApplicationAsync(none.Id));
        var timers = await Store.ListOnboardingTimersAsync();
        Assert.Equal([sooner.Id, later.Id], timers.Items.Select(a => a.Id));
    }

    /// <summary>A service application comes back whole, change request, credentials and history included, by identifier and in its organization's list, oldest first.</summary>
    [ConformanceFact]
    public async Task AServiceApplication_RoundTripsWhole_AndListsByOrganization()
    {
        var organization = Samples.Organization("ORG");
        var other = Samples.Organization("OTHER");
        var later = Samples.ServiceApplication(organization.Id, "250002A", Samples.At + Duration.FromDays(1));
        var sooner = Samples.ServiceApplication(organization.Id, "250001A");
        var elsewhere = Samples.ServiceApplication(other.Id, "250003A");

        await CommitAsync(AggregateWrite.Insert(organization), AggregateWrite.Insert(other), AggregateWrite.Insert(later), AggregateWrite.Insert(sooner), AggregateWrite.Insert(elsewhere));

        SnapshotAssert.Equivalent(later with { Version = 1 }, await Store.FindServiceApplicationAsync(later.Id));
        var listed = await Store.ListServiceApplicationsAsync(organization.Id);
        Assert.Equal([sooner.Id, later.Id], listed.Items.Select(a => a.Id));
    }

    /// <summary>A receipt number is unique: a second application with it is a duplicate naming the key.</summary>
    [ConformanceFact]
    public async Task ATakenReceiptNumber_IsADuplicate()
    {
        var organization = Samples.Organization("ORG");
        await CommitAsync(AggregateWrite.Insert(organization), AggregateWrite.Insert(Samples.ServiceApplication(organization.Id, "250001A")));

        var result = await TryCommitAsync(new ChangeSet { Writes = [AggregateWrite.Insert(Samples.ServiceApplication(organization.Id, "250001A"))] });

        Assert.Equal((CommitStatus.Duplicate, "service_application.receipt_number", "250001A"), (result.Status, result.Key, result.Value));
    }

    /// <summary>A receipt-number series comes back by its name and advances under optimistic concurrency: a stale draw conflicts.</summary>
    [ConformanceFact]
    public async Task AReceiptSequence_AdvancesOnce_PerVersion()
    {
        var series = Samples.ReceiptSequence("receipt:25A", 7);
        await CommitAsync(AggregateWrite.Insert(series));
        var read = (await Store.FindReceiptSequenceAsync("receipt:25A"))!;
        SnapshotAssert.Equivalent(series with { Version = 1 }, read);

        await CommitAsync(AggregateWrite.Update(read with { Last = 8 }));
        var stale = await TryCommitAsync(new ChangeSet { Writes = [AggregateWrite.Update(read with { Last = 8 })] });

        Assert.Equal(CommitStatus.Conflict, stale.Status);
        Assert.Equal(8, (await Store.FindReceiptSequenceAsync("receipt:25A"))!.Last);
    }

    /// <summary>Legacy accounts, pre-registrations (company and people nested) and cutover checkpoints come back whole, by login, by legacy account and in their groups.</summary>
    [ConformanceFact]
    public async Task CampaignAggregates_RoundTrip_ByKeyAndGroup()
    {
        var company = Samples.LegacyAccount("NK-0002");
        var granted = Samples.LegacyAccount("NK-0001", company.Id);
        var preRegistration = Samples.PreRegistration(company.Id);
        var checkpoint = Samples.CutoverRun();
        await CommitAsync(AggregateWrite.Insert(company), AggregateWrite.Insert(granted), AggregateWrite.Insert(preRegistration), AggregateWrite.Insert(checkpoint));

        SnapshotAssert.Equivalent(company with { Version = 1 }, await Store.FindLegacyAccountByLoginAsync("NK-0002"));
        SnapshotAssert.Equivalent(granted with { Version = 1 }, await Store.FindLegacyAccountAsync(granted.Id));
        SnapshotAssert.Equivalent(preRegistration with { Version = 1 }, await Store.FindPreRegistrationOfAsync(company.Id));
        SnapshotAssert.Equivalent(checkpoint with { Version = 1 }, await Store.FindAsync<CutoverRunSnapshot>(checkpoint.Id, default));
        Assert.Equal(["NK-0001", "NK-0002"], (await Store.ListLegacyAccountsAsync(0, 10)).Items.Select(a => a.LoginId));
        Assert.Equal([preRegistration.Id], (await Store.ListPreRegistrationsAsync(0, 10)).Items.Select(p => p.Id));

        var twice = await TryCommitAsync(new ChangeSet { Writes = [AggregateWrite.Insert(Samples.PreRegistration(company.Id))] });
        Assert.Equal((CommitStatus.Duplicate, "pre_registration.legacy_account"), (twice.Status, twice.Key));
    }

    /// <summary>An update replaces the whole aggregate, nested values included, at the next version.</summary>
    [ConformanceFact]
    public async Task AnUpdate_ReplacesTheWholeAggregate_AtTheNextVersion()
    {
        var organization = Samples.Organization("ORG");
        var member = Samples.Member(organization.Id, "m@example.jp");
        await CommitAsync(AggregateWrite.Insert(organization), AggregateWrite.Insert(member));
        var read = (await Store.FindMemberAsync(member.Id))!;
        var changed = read with { DisplayName = "Renamed", Credential = null, Invitation = Samples.InvitedMember(organization.Id, "x@example.jp").Invitation, Status = MemberStatus.Invited };

        await CommitAsync(AggregateWrite.Update(changed));

        SnapshotAssert.Equivalent(changed with { Version = 2 }, await Store.FindMemberAsync(member.Id));
    }

    /// <summary>Nothing is found where nothing was written.</summary>
    [ConformanceFact]
    public async Task WhatWasNeverWritten_IsNotFound()
    {
        Assert.Null(await Store.FindMemberAsync(new MemberId(Samples.NewGuid())));
        Assert.Null(await Store.FindMemberByEmailAsync("nobody@example.jp"));
        Assert.Null(await Store.FindOrganizationByCodeAsync(new OrganizationCode("NONE")));
        var page = await Store.ListMembersAsync(new OrganizationId(Samples.NewGuid()), 0, 10);
        Assert.Equal(0, page.Total);
        Assert.Empty(page.Items);
    }

    /// <summary>Groups list in sort-key order with the total, page by page.</summary>
    [ConformanceFact]
    public async Task AGroup_ListsInOrder_PageByPage_WithTheTotal()
    {
        var organization = Samples.Organization("ORG");
        var members = new[] { "c@example.jp", "a@example.jp", "d@example.jp", "b@example.jp" }.Select(email => Samples.Member(organization.Id, email)).ToList();
        await CommitAsync([AggregateWrite.Insert(organization), .. members.Select(m => AggregateWrite.Insert(m))]);

        var first = await Store.ListMembersAsync(organization.Id, 0, 3);
        var second = await Store.ListMembersAsync(organization.Id, 3, 3);

        Assert.Equal((4, 4), (first.Total, second.Total));
        Assert.Equal(["a@example.jp", "b@example.jp", "c@example.jp"], first.Items.Select(m => m.Email));
        Assert.Equal(["d@example.jp"], second.Items.Select(m => m.Email));
    }

    /// <summary>Groups are ordered ordinally, by code point, whatever the database's locale: capitals before small letters, punctuation by its code.</summary>
    [ConformanceFact]
    public async Task AGroup_IsOrderedOrdinally_NotByCulture()
    {
        var organization = Samples.Organization("ORG");
        string[] emails = ["b@example.jp", "ａ@example.jp", "ab@example.jp", "B@example.jp", "a.b@example.jp", "a-b@example.jp"];
        await CommitAsync([AggregateWrite.Insert(organization), .. emails.Select(email => AggregateWrite.Insert(Samples.Member(organization.Id, email)))]);

        var page = await Store.ListMembersAsync(organization.Id, 0, 10);

        Assert.Equal(emails.Order(StringComparer.Ordinal), page.Items.Select(m => m.Email));
    }

    /// <summary>A kind of aggregate the adapter does not declare is refused with <see cref="NotSupportedException"/> and nothing is written; a declared one round trips.</summary>
    [ConformanceFact]
    public async Task AnUndeclaredKindOfAggregate_IsRefusedLoudly_NeverDropped()
    {
        var probe = Samples.Probe("probe-1");
        var organization = Samples.Organization("ORG");
        var changes = new ChangeSet { Writes = [AggregateWrite.Insert(organization), AggregateWrite.Insert(probe)] };

        if (Storage.Adapter.Stores(ConformanceProbeSnapshot.Aggregate))
        {
            Assert.True((await TryCommitAsync(changes)).IsCommitted);
            SnapshotAssert.Equivalent(probe with { Version = 1 }, await Store.FindByKeyAsync(ConformanceProbeSnapshot.NameKey, "probe-1", default));
            return;
        }

        await Assert.ThrowsAsync<NotSupportedException>(async () => await TryCommitAsync(changes));
        Assert.Null(await Store.FindOrganizationAsync(organization.Id));
    }

    /// <summary>The kit has a sample for every kind of aggregate of the library, so no kind escapes the round trip.</summary>
    [ConformanceFact]
    public void TheKit_HasASampleOfEveryKindOfAggregateOfTheLibrary()
    {
        var kinds = typeof(MemberSnapshot).Assembly.GetTypes()
            .Where(t => t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IAggregateSnapshot<>)))
            .Select(t => ((AggregateType)t.GetProperty("Aggregate", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!).Name)
            .Order(StringComparer.Ordinal);

        Assert.Equal(Samples.LibraryAggregates.Select(a => a.Name).Order(StringComparer.Ordinal), kinds);
        Assert.All(Samples.LibraryAggregates, kind => Assert.True(Storage.Adapter.Stores(kind), $"The adapter does not store {kind.Name}."));
    }
}
