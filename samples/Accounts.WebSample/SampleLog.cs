namespace AccountsWebSample;

/// <summary>The sample's own log messages.</summary>
internal static partial class SampleLog
{
    // Only a demo prints a password: a real portal hands the initial password over out of band and never logs it.
    [LoggerMessage(EventId = 9001, Level = LogLevel.Information, Message = "Demo organization created: sign in as {Email} with the initial password {InitialPassword}")]
    public static partial void DemoCreated(ILogger logger, string email, string initialPassword);
}
