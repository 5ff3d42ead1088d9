namespace Accounts.AspNetCore.Tests;

/// <summary>Waits for what a background service does: polls a condition until it holds, or fails after 20 seconds.</summary>
internal static class Eventually
{
    public static async Task HoldsAsync(Func<bool> condition, string what = "The condition did not hold within 20 seconds.")
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, what);
            await Task.Delay(20);
        }
    }
}
