using LiveChat.Partners.Mock.Sandboxes;
using LiveChat.Partners.Mock.Spec;
using LiveChat.Partners.Mock.Validation;

namespace LiveChat.Partners.Mock.Pipeline;

/// <summary>
/// A Partner API request as the pipeline maps it once (<see cref="MockRequestMiddleware"/>): the operation routing
/// matched, the bearer token and its sandbox, the body (read once, its JSON parsed once and shared), and who
/// answered. Shared by the pipeline's steps and the controllers.
/// </summary>
public sealed class MockRequest
{
    /// <summary>When the request arrived.</summary>
    public DateTimeOffset Received { get; init; }

    /// <summary>The operation routing matched the request to, or null (no operation at that path and method).</summary>
    public SpecOperation? Operation { get; init; }

    /// <summary>The raw path parameters of <see cref="Operation"/>, unescaped.</summary>
    public IReadOnlyDictionary<string, string> PathParameters { get; init; } = new Dictionary<string, string>();

    /// <summary>The bearer token as sent, or why there is none.</summary>
    public BearerToken Token { get; init; } = new(null, "missing Authorization header");

    /// <summary>The sandbox the bearer token authenticates for, or null.</summary>
    public Sandbox? Sandbox { get; init; }

    /// <summary>The request body (<see cref="RequestBody.Empty"/> until it is read).</summary>
    public RequestBody Body { get; set; } = RequestBody.Empty;

    /// <summary>Whether <see cref="Body"/> was read.</summary>
    public bool BodyRead { get; set; }

    /// <summary>Who wrote the answer (set where it is written).</summary>
    public ResponseOrigin Origin { get; set; } = ResponseOrigin.Operation;

    /// <summary>Whether the mock dropped the connection instead of answering (an injected fault).</summary>
    public bool Dropped { get; set; }
}

/// <summary>Access to the <see cref="MockRequest"/> of a request.</summary>
public static class MockRequestExtensions
{
    /// <summary>The request's <see cref="MockRequest"/> (an empty one outside the Partner API).</summary>
    public static MockRequest MockRequest(this HttpContext context)
    {
        var feature = context.Features.Get<MockRequest>();
        if (feature is null)
        {
            feature = new MockRequest();
            context.Features.Set(feature);
        }

        return feature;
    }

    /// <summary>The authenticated sandbox (the pipeline guarantees one for bearer-protected operations).</summary>
    public static Sandbox Sandbox(this HttpContext context) =>
        context.MockRequest().Sandbox ?? throw new InvalidOperationException("No authenticated sandbox for this request.");
}
