using Accounts.Members;
using Xunit;

namespace Accounts.Storage.Conformance;

/// <summary>Unique keys hold across all aggregates of a kind; a taken value is a duplicate naming the key and the value.</summary>
/// <typeparam name="TFactory">The adapter's factory.</typeparam>
public abstract class UniquenessConformanceTests<TFactory>(TFactory factory) : StorageConformanceTests<TFactory>(factory)
    where TFactory : class, IConformanceStorageFactory
{
    /// <summary>A second member with a taken address is a duplicate of <c>member.email</c> with the address.</summary>
    [ConformanceFact]
    public async Task ATakenAddress_IsADuplicate_NamingKeyAndValue()
    {
        var organization = Samples.Organization("ORG");
        await CommitAsync(AggregateWrite.Insert(organization), AggregateWrite.Insert(Samples.Member(organization.Id, "taken@example.jp")));

        var result = await TryCommitAsync(new ChangeSet { Writes = [AggregateWrite.Insert(Samples.Member(organization.Id, "taken@example.jp"))] });

        Assert.Equal((CommitStatus.Duplicate, "member.email", "taken@example.jp"), (result.Status, result.Key, result.Value));
        Assert.True(result.IsDuplicateOf(MemberSnapshot.EmailKey));
    }

    /// <summary>A second member with a taken user ID is a duplicate of <c>member.user_id</c> with the ID.</summary>
    [ConformanceFact]
    public async Task ATakenUserId_IsADuplicate_NamingKeyAndValue()
    {
        var organization = Samples.Organization("ORG");
        await CommitAsync(AggregateWrite.Insert(organization), AggregateWrite.Insert(Samples.Member(organization.Id, "first@example.jp") with { UserId = "ORG-00" }));

        var result = await TryCommitAsync(new ChangeSet { Writes = [AggregateWrite.Insert(Samples.Member(organization.Id, "second@example.jp") with { UserId = "ORG-00" })] });

        Assert.Equal((CommitStatus.Duplicate, "member.user_id", "ORG-00"), (result.Status, result.Key, result.Value));
        Assert.True(result.IsDuplicateOf(MemberSnapshot.UserIdKey));
    }

    /// <summary>
    /// Accounts with user IDs may share a contact address, with each other and with one account
    /// that signs in with it; only that account is found by the address, each by its user ID.
    /// </summary>
    [ConformanceFact]
    public async Task AccountsWithUserIds_ShareAnAddress_AndClaimNone()
    {
        var organization = Samples.Organization("ORG");
        var administrator = Samples.Member(organization.Id, "shared@example.jp") with { UserId = "ORG-00" };
        var applicant = Samples.Member(organization.Id, "shared@example.jp") with { UserId = "ORG-01" };
        var signsInWithAddress = Samples.Member(organization.Id, "shared@example.jp");

        await CommitAsync(AggregateWrite.Insert(organization), AggregateWrite.Insert(administrator), AggregateWrite.Insert(applicant), AggregateWrite.Insert(signsInWithAddress));

        Assert.Equal(signsInWithAddress.Id, (await Store.FindMemberByEmailAsync("shared@example.jp"))!.Id);
        SnapshotAssert.Equivalent(administrator with { Version = 1 }, await Store.FindMemberByUserIdAsync("ORG-00"));
        Assert.Equal(applicant.Id, (await Store.FindMemberByUserIdAsync("ORG-01"))!.Id);
        Assert.Null(await Store.FindMemberByUserIdAsync("ORG-02"));
        var duplicate = await TryCommitAsync(new ChangeSet { Writes = [AggregateWrite.Insert(Samples.Member(organization.Id, "shared@example.jp"))] });
        Assert.Equal((CommitStatus.Duplicate, "member.email"), (duplicate.Status, duplicate.Key));
    }

    /// <summary>An account given a user ID frees its address for another account that signs in with it.</summary>
    [ConformanceFact]
    public async Task GivingAnAccountAUserId_FreesItsAddress()
    {
        var organization = Samples.Organization("ORG");
        var member = Samples.Member(organization.Id, "contact@example.jp");
        await CommitAsync(AggregateWrite.Insert(organization), AggregateWrite.Insert(member));

        await CommitAsync(AggregateWrite.Update((await Store.FindMemberAsync(member.Id))! with { UserId = "ORG-00" }));
        var successor = Samples.Member(organization.Id, "contact@example.jp");
        await CommitAsync(AggregateWrite.Insert(successor));

        Assert.Equal(successor.Id, (await Store.FindMemberByEmailAsync("contact@example.jp"))!.Id);
        Assert.Equal(member.Id, (await Store.FindMemberByUserIdAsync("ORG-00"))!.Id);
    }

    /// <summary>A second organization with a taken code is a duplicate of <c>organization.code</c>.</summary>
    [ConformanceFact]
    public async Task ATakenCode_IsADuplicate_NamingKeyAndValue()
    {
        await CommitAsync(AggregateWrite.Insert(Samples.Organization("SAME")));

        var result = await TryCommitAsync(new ChangeSet { Writes = [AggregateWrite.Insert(Samples.Organization("SAME"))] });

        Assert.Equal((CommitStatus.Duplicate, "organization.code", "SAME"), (result.Status, result.Key, result.Value));
    }

    /// <summary>The same value twice in one change set is a duplicate, and nothing is written.</summary>
    [ConformanceFact]
    public async Task TheSameValueTwiceInOneChangeSet_IsADuplicate()
    {
        var organization = Samples.Organization("ORG");
        await CommitAsync(AggregateWrite.Insert(organization));

        var result = await TryCommitAsync(new ChangeSet
        {
            Writes = [AggregateWrite.Insert(Samples.Member(organization.Id, "twice@example.jp")), AggregateWrite.Insert(Samples.Member(organization.Id, "twice@example.jp"))],
        });

        Assert.Equal((CommitStatus.Duplicate, "member.email"), (result.Status, result.Key));
        Assert.Null(await Store.FindMemberByEmailAsync("twice@example.jp"));
    }

    /// <summary>A change set may delete an aggregate and give its unique value to a new one.</summary>
    [ConformanceFact]
    public async Task DeletingAndReinsertingAKey_InOneChangeSet_Commits()
    {
        var organization = Samples.Organization("ORG");
        var old = Samples.Member(organization.Id, "reused@example.jp");
        await CommitAsync(AggregateWrite.Insert(organization), AggregateWrite.Insert(old));
        var read = (await Store.FindMemberAsync(old.Id))!;
        var successor = Samples.Member(organization.Id, "reused@example.jp");

        await CommitAsync(AggregateWrite.Delete(read), AggregateWrite.Insert(successor));

        Assert.Equal(successor.Id, (await Store.FindMemberByEmailAsync("reused@example.jp"))!.Id);
        Assert.Null(await Store.FindMemberAsync(old.Id));
    }

    /// <summary>A change set may move a unique value away from one aggregate and give it to a new one: the insert sees the update before it.</summary>
    [ConformanceFact]
    public async Task MovingAValueAndReusingIt_InOneChangeSet_Commits()
    {
        var organization = Samples.Organization("ORG");
        var member = Samples.Member(organization.Id, "handed-over@example.jp");
        await CommitAsync(AggregateWrite.Insert(organization), AggregateWrite.Insert(member));
        var read = (await Store.FindMemberAsync(member.Id))!;
        var successor = Samples.Member(organization.Id, "handed-over@example.jp");

        await CommitAsync(AggregateWrite.Update(read with { Email = "moved@example.jp" }), AggregateWrite.Insert(successor));

        Assert.Equal(successor.Id, (await Store.FindMemberByEmailAsync("handed-over@example.jp"))!.Id);
        Assert.Equal(member.Id, (await Store.FindMemberByEmailAsync("moved@example.jp"))!.Id);
    }

    /// <summary>Changing a unique value frees the old one and takes the new one.</summary>
    [ConformanceFact]
    public async Task ChangingAUniqueValue_MovesTheKey()
    {
        var organization = Samples.Organization("ORG");
        var member = Samples.Member(organization.Id, "old@example.jp");
        await CommitAsync(AggregateWrite.Insert(organization), AggregateWrite.Insert(member));

        await CommitAsync(AggregateWrite.Update((await Store.FindMemberAsync(member.Id))! with { Email = "new@example.jp" }));

        Assert.Null(await Store.FindMemberByEmailAsync("old@example.jp"));
        Assert.Equal(member.Id, (await Store.FindMemberByEmailAsync("new@example.jp"))!.Id);
        await CommitAsync(AggregateWrite.Insert(Samples.Member(organization.Id, "old@example.jp")));
    }

    /// <summary>A deleted aggregate's unique value is free again.</summary>
    [ConformanceFact]
    public async Task ADeletedAggregatesValue_IsFreeAgain()
    {
        var organization = Samples.Organization("ORG");
        var member = Samples.Member(organization.Id, "gone@example.jp");
        await CommitAsync(AggregateWrite.Insert(organization), AggregateWrite.Insert(member));

        await CommitAsync(AggregateWrite.Delete((await Store.FindMemberAsync(member.Id))!));
        await CommitAsync(AggregateWrite.Insert(Samples.Member(organization.Id, "gone@example.jp")));

        Assert.Equal(1, (await Store.ListMembersAsync(organization.Id, 0, 10)).Total);
    }
}
