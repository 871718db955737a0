using Microsoft.Extensions.Time.Testing;

namespace LiveChat.Partners.Tests;

internal static class TestClients
{
    public const string Token = "secret-token-0123456789";

    public static readonly Uri Mock = new("http://127.0.0.1:5080");

    public static LiveChatPartnersClient Create(
        StubHandler stub,
        Uri? baseUrl = null,
        FakeTimeProvider? time = null,
        Action<LiveChatPartnersClientOptions>? configure = null)
    {
        var options = new LiveChatPartnersClientOptions
        {
            Token = Token,
            BaseUrl = baseUrl,
            HttpMessageHandler = stub,
            TimeProvider = time ?? new FakeTimeProvider(),
        };
        configure?.Invoke(options);
        return new LiveChatPartnersClient(options);
    }
}
