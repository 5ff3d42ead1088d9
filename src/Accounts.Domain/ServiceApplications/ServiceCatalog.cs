using System.Collections.Immutable;

namespace Accounts.ServiceApplications;

/// <summary>The services a portal offers, by code. Immutable: <see cref="With"/> returns a new catalog.</summary>
public sealed class ServiceCatalog
{
    private readonly ImmutableArray<ServiceDefinition> _services;

    private ServiceCatalog(ImmutableArray<ServiceDefinition> services) => _services = services;

    /// <summary>No services.</summary>
    public static ServiceCatalog Empty { get; } = new([]);

    /// <summary>The services, in the order they were added.</summary>
    public IReadOnlyList<ServiceDefinition> Services => _services;

    /// <summary>The catalog with a service added, or replaced when its code is taken.</summary>
    /// <param name="service">The service.</param>
    public ServiceCatalog With(ServiceDefinition service)
    {
        ArgumentNullException.ThrowIfNull(service);
        var index = IndexOf(service.Code);
        return new(index < 0 ? _services.Add(service) : _services.SetItem(index, service));
    }

    /// <summary>The service with a code, or <see langword="null"/>.</summary>
    /// <param name="code">The code.</param>
    public ServiceDefinition? Find(string? code)
    {
        var index = code is null ? -1 : IndexOf(code);
        return index < 0 ? null : _services[index];
    }

    private int IndexOf(string code)
    {
        for (var i = 0; i < _services.Length; i++)
        {
            if (string.Equals(_services[i].Code, code, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
