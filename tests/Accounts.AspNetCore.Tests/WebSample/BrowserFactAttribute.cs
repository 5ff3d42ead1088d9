namespace Accounts.AspNetCore.Tests.WebSample;

/// <summary>A test that needs Chromium: skipped with the reason when there is none, unless CI makes it required.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (HeadlessChromium.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
