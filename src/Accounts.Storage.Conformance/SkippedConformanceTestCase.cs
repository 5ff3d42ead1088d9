using System.ComponentModel;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Accounts.Storage.Conformance;

/// <summary>A conformance test that cannot run here, reported as skipped with the factory's reason.</summary>
public sealed class SkippedConformanceTestCase : XunitTestCase
{
    private string _reason = string.Empty;

    /// <summary>For the de-serializer only.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public SkippedConformanceTestCase()
    {
    }

    /// <summary>Creates the test case.</summary>
    /// <param name="diagnosticMessageSink">Where xunit's diagnostics go.</param>
    /// <param name="defaultMethodDisplay">How test names are shown.</param>
    /// <param name="defaultMethodDisplayOptions">How test names are shown.</param>
    /// <param name="testMethod">The test.</param>
    /// <param name="reason">Why it is skipped.</param>
    public SkippedConformanceTestCase(IMessageSink diagnosticMessageSink, TestMethodDisplay defaultMethodDisplay, TestMethodDisplayOptions defaultMethodDisplayOptions, ITestMethod testMethod, string reason)
        : base(diagnosticMessageSink, defaultMethodDisplay, defaultMethodDisplayOptions, testMethod) => _reason = reason;

    /// <inheritdoc />
    public override void Serialize(IXunitSerializationInfo data)
    {
        ArgumentNullException.ThrowIfNull(data);
        data.AddValue("ConformanceSkipReason", _reason);
        base.Serialize(data);
    }

    /// <inheritdoc />
    public override void Deserialize(IXunitSerializationInfo data)
    {
        ArgumentNullException.ThrowIfNull(data);
        _reason = data.GetValue<string>("ConformanceSkipReason");
        base.Deserialize(data);
    }

    /// <inheritdoc />
    protected override string GetSkipReason(IAttributeInfo factAttribute) => _reason;
}
