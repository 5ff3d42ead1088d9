using Accounts.Auditing;
using Accounts.Members;
using Accounts.Organizations;
using Accounts.Storage;

namespace AccountsWebSample;

/// <summary>
/// Creates the demo organization on the first start: an operator registers it, and its
/// administrator gets an initial password. A real portal delivers that password out of band;
/// the sample prints it once so that a person trying it can sign in.
/// </summary>
public sealed class DemoSeed
{
    /// <summary>The administrator's address.</summary>
    public const string AdministratorEmail = "admin@demo.example.jp";

    /// <summary>The initial password drawn on this start, or <see langword="null"/> when the database held the organization already.</summary>
    public string? InitialPassword { get; private set; }

    /// <summary>Registers the demo organization unless it exists.</summary>
    /// <param name="services">The application's services.</param>
    public async Task EnsureAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        if (await scope.ServiceProvider.GetRequiredService<IAggregateStore>().FindMemberByEmailAsync(AdministratorEmail) is not null)
        {
            return;
        }

        var registered = await scope.ServiceProvider.GetRequiredService<OrganizationService>().RegisterHeadOfficeAsync(
            new RegisterOrganization
            {
                Organization = new OrganizationRegistration
                {
                    Industry = "shipping",
                    Profile = new OrganizationProfile
                    {
                        NameKanji = "デモ海運株式会社",
                        NameKatakana = "デモカイウンカブシキガイシャ",
                        PostalCode = "100-0001",
                        Address = "東京都千代田区千代田１－１",
                        MainPhone = "03-1234-5678",
                        RepresentativeTitle = "代表取締役",
                        RepresentativeName = "見本　太郎",
                    },
                },
                Administrator = new FoundingAdministrator { Email = AdministratorEmail, DisplayName = "Demo Administrator", Provisioning = AdministratorProvisioning.InitialPassword },
            },
            ActorRef.Operator("websample-seed"));
        InitialPassword = registered.IsSuccess
            ? registered.Value.InitialPassword?.Reveal()
            : throw new InvalidOperationException("The demo organization could not be registered: " + string.Join("; ", registered.Errors));
    }
}
