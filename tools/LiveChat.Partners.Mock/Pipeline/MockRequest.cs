using LiveChat.Partners.Mock.Sandboxes;
using LiveChat.Partners.Mock.Spec;

namespace LiveChat.Partners.Mock.Pipeline;

/// <summary>What the pipeline learned about a Partner API request, shared by its steps and the controllers.</summary>
public sealed class MockRequest
{
    /// <summary>The sandbox the bearer token authenticates for, or null.</summary>
    public Sandbox? Sandbox { get; set; }

    /// <summary>The request body, read once (empty when there is none).</summary>
    public byte[] Body { get; set; } = [];

    /// <summary>Whether <see cref="Body"/> was read.</summary>
    public bool BodyRead { get; set; }

    /// <summary>The operation the request was matched to, or null.</summary>
    public SpecOperation? Operation { get; set; }

    /// <summary>The raw path parameters of <see cref="Operation"/>.</summary>
    public IReadOnlyDictionary<string, string> PathParameters { get; set; } = new Dictionary<string, string>();

    /// <summary>
    /// Set when the pipeline itself answered with a transport status the operation does not document
    /// (413, 415, 429 and injected faults): strict mode does not check such answers against the operation.
    /// </summary>
    public bool AnsweredByTransport { get; set; }
}

/// <summary>Access to the <see cref="MockRequest"/> of a request.</summary>
public static class MockRequestExtensions
{
    /// <summary>The request's <see cref="MockRequest"/> (created on first use).</summary>
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
