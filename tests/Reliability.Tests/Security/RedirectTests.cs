using System.Collections.Concurrent;
using System.Net;
using LiveChat.Partners.Models;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LiveChat.Partners.Reliability.Security;

/// <summary>
/// Redirects with the SDK's own transport (no caller handler: Kiota's RedirectHandler above BearerTokenHandler,
/// Kiota's default SocketsHttpHandler below) on real loopback sockets: origin A redirects to origin B (another port,
/// or <c>localhost</c> instead of <c>127.0.0.1</c>); B records what it receives.
/// </summary>
public sealed class RedirectTests : IAsyncLifetime
{
    private const string Token = "redirect-secret-token-0123456789";
    private WebApplication _first = null!;
    private WebApplication _second = null!;

    /// <summary>Where A redirects to, per request path (set by each test).</summary>
    private readonly ConcurrentDictionary<string, (int Status, string Location)> _redirects = new();

    private readonly ConcurrentQueue<(string Path, string? Authorization)> _firstSeen = new();
    private readonly ConcurrentQueue<(string Host, string Path, string? Authorization)> _secondSeen = new();

    private Uri First => new(_first.Urls.Single());

    private Uri Second => new(_second.Urls.Single());

    private static WebApplication Build()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = ["--urls", "http://127.0.0.1:0"], EnvironmentName = Environments.Production });
        builder.Logging.ClearProviders();
        return builder.Build();
    }

    public async Task InitializeAsync()
    {
        _second = Build();
        _second.Run(async context =>
        {
            _secondSeen.Enqueue((context.Request.Host.Value ?? string.Empty, context.Request.Path.Value ?? string.Empty, context.Request.Headers.Authorization.ToString() is { Length: > 0 } a ? a : null));
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("{\"result\": []}");
        });
        await _second.StartAsync();

        _first = Build();
        _first.Run(context =>
        {
            var path = context.Request.Path.Value ?? string.Empty;
            _firstSeen.Enqueue((path, context.Request.Headers.Authorization.ToString() is { Length: > 0 } a ? a : null));
            var target = _redirects.Values.FirstOrDefault();
            context.Response.StatusCode = target.Status;
            context.Response.Headers.Location = target.Location + path;
            return Task.CompletedTask;
        });
        await _first.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _first.DisposeAsync();
        await _second.DisposeAsync();
    }

    private LiveChatPartnersClient Sdk() => new(new LiveChatPartnersClientOptions
    {
        Token = Token,
        BaseUrl = First,
        Timeout = TimeSpan.FromSeconds(5),
        Retry = { MaxRetries = 0 },
    });

    [Theory]
    [InlineData(301, false)]
    [InlineData(302, false)]
    [InlineData(303, false)]
    [InlineData(307, false)]
    [InlineData(308, false)]
    [InlineData(302, true)]
    [InlineData(307, true)]
    public async Task The_token_is_never_sent_to_another_origin_after_a_redirect(int status, bool byHostName)
    {
        var target = byHostName ? $"http://localhost:{Second.Port}" : Second.GetLeftPart(UriPartial.Authority);
        _redirects[string.Empty] = (status, target);
        using var client = Sdk();

        Exception? failure = null;
        try
        {
            await client.Coupons.GetAsync();
        }
        catch (Exception e)
        {
            failure = e;
        }

        Assert.Single(_firstSeen);
        Assert.Equal($"Bearer {Token}", _firstSeen.Single().Authorization);

        // Whether the SDK followed or not, origin B never saw the token, and no exception names it.
        Assert.All(_secondSeen, seen => Assert.Null(seen.Authorization));
        Assert.DoesNotContain(Token, failure?.ToString() ?? string.Empty, StringComparison.Ordinal);

        // A redirect off the API base is not followed (RedirectPolicy): origin B is never asked, and the caller gets
        // the 3xx as an API error instead of another server's answer.
        Assert.Empty(_secondSeen);
        var error = Assert.IsType<ErrorResponse>(failure);
        Assert.Equal(status, (int)error.StatusCode);
    }
}
