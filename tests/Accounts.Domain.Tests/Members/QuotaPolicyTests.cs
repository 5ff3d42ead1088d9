using Accounts.Members;

namespace Accounts.Domain.Tests.Members;

[Trait("Req", "R-ACC-5")]
public sealed class QuotaPolicyTests
{
    [Fact]
    public void Nexi_IssuesOneAdministratorAndUpTo99Applicants()
    {
        Assert.Equal(1, QuotaPolicy.Nexi.LimitOf(MemberType.Administrator));
        Assert.Equal(99, QuotaPolicy.Nexi.LimitOf(MemberType.Applicant));
        Assert.Equal(0, QuotaPolicy.Nexi.LimitOf(MemberType.General));
        Assert.Equal(0, QuotaPolicy.Nexi.LimitOf(MemberType.ExternalInvited));
    }

    [Fact]
    public void ClassNk_HasNoLimits()
    {
        Assert.All(Enum.GetValues<MemberType>(), type => Assert.Null(QuotaPolicy.ClassNk.LimitOf(type)));
    }

    [Fact]
    public void Limits_AreValidatedData()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => QuotaPolicy.Nexi with { MaxAdministrators = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => QuotaPolicy.Nexi with { MaxApplicants = -1 });
        Assert.Equal(10, (QuotaPolicy.Nexi with { MaxApplicants = 10 }).LimitOf(MemberType.Applicant));
    }
}
