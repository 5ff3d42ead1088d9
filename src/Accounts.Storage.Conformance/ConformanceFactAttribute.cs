using Xunit;
using Xunit.Sdk;

namespace Accounts.Storage.Conformance;

/// <summary>
/// A test of the kit: runs like <see cref="FactAttribute"/>, unless the adapter's factory gives
/// a <see cref="IConformanceStorageFactory.SkipReason"/>; then it is reported skipped with that
/// reason.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
[XunitTestCaseDiscoverer("Accounts.Storage.Conformance.ConformanceFactDiscoverer", "Accounts.Storage.Conformance")]
public sealed class ConformanceFactAttribute : FactAttribute;
