namespace LiveChat.Partners.Peers;

/// <summary>
/// The ceiling: Kestrel with one terminal handler and nothing else (no routing, no logging, no validation), writing
/// answers captured from our mock byte for byte. The harness loads them first with
/// <c>PUT /_ceiling?method=GET&amp;path=/v2/partners&amp;status=200</c> (body and Content-Type as the mock sent them).
/// </summary>
internal static class KestrelCeiling
{
    public static async Task<int> RunAsync(int port, CancellationToken stop)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Services.AddSingleton<CannedAnswers>();
        var app = builder.Build();
        var answers = app.Services.GetRequiredService<CannedAnswers>();
        app.Run(context => context.Request.Path == "/_ceiling" ? answers.LoadAsync(context) : answers.WriteAsync(context));
        await app.StartAsync(stop);
        Console.Error.WriteLine($"Kestrel ceiling listening on http://127.0.0.1:{port}");
        try
        {
            await Task.Delay(Timeout.Infinite, stop);
        }
        catch (OperationCanceledException)
        {
        }

        await app.StopAsync(CancellationToken.None);
        return 0;
    }
}
