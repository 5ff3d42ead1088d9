using Microsoft.Extensions.DependencyInjection;

namespace Accounts.InMemory.Tests.DependencyInjection;

public sealed class AddInMemoryStoresTests
{
    [Fact]
    public void AddInMemoryStores_ChainsOnTheAccountsBuilder()
    {
        var services = new ServiceCollection();

        var builder = services.AddAccounts().AddInMemoryStores();

        Assert.Same(services, builder.Services);
    }

    [Fact]
    public void AddInMemoryStores_OnNull_IsMisuse()
    {
        Assert.Throws<ArgumentNullException>(() => InMemoryAccountsBuilderExtensions.AddInMemoryStores(null!));
    }
}
