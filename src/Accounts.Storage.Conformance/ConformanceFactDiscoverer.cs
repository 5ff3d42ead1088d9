using System.Reflection;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Accounts.Storage.Conformance;

/// <summary>Finds the factory of the test class being discovered and skips its tests when the factory says they cannot run.</summary>
public sealed class ConformanceFactDiscoverer : FactDiscoverer
{
    private readonly IMessageSink _diagnostics;

    /// <summary>Creates the discoverer.</summary>
    /// <param name="diagnosticMessageSink">Where xunit's diagnostics go.</param>
    public ConformanceFactDiscoverer(IMessageSink diagnosticMessageSink)
        : base(diagnosticMessageSink) => _diagnostics = diagnosticMessageSink;

    /// <inheritdoc />
    protected override IXunitTestCase CreateTestCase(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        ArgumentNullException.ThrowIfNull(testMethod);
        var reason = SkipReasonOf(testMethod.TestClass.Class.ToRuntimeType());
        return reason is null
            ? base.CreateTestCase(discoveryOptions, testMethod, factAttribute)
            : new SkippedConformanceTestCase(_diagnostics, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, reason);
    }

    private static string? SkipReasonOf(Type? testClass)
    {
        for (var type = testClass; type is not null; type = type.BaseType)
        {
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(StorageConformanceTests<>))
            {
                var factory = type.GetGenericArguments()[0];
                var property = factory.GetProperty(nameof(IConformanceStorageFactory.SkipReason), BindingFlags.Public | BindingFlags.Static);
                return property?.GetValue(null) as string;
            }
        }

        return null;
    }
}
