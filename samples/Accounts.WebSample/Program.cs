using AccountsWebSample;

var app = await WebSampleApp.BuildAsync(args);
await app.RunAsync();
