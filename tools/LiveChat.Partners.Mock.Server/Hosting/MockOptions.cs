namespace LiveChat.Partners.Mock.Hosting;

/// <summary>The mock server's settings (section <c>Mock</c>: <c>--strict</c>, <c>--token</c>, <c>--admin-key</c>, <c>Mock__Strict=true</c>...).</summary>
public sealed class MockOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Mock";

    /// <summary>Validate every response against the spec; a mismatch becomes a 500 with the reason.</summary>
    public bool Strict { get; set; }

    /// <summary>The token of the default sandbox (random when not set).</summary>
    public string? Token { get; set; }

    /// <summary>The partner id of the default sandbox.</summary>
    public string DefaultPartnerId { get; set; } = "xyz";

    /// <summary>Create the default sandbox at start-up.</summary>
    public bool CreateDefaultSandbox { get; set; } = true;

    /// <summary>The header that carries <see cref="AdminKey"/> on admin API requests.</summary>
    public const string AdminKeyHeader = "X-Mock-Admin-Key";

    /// <summary>The shortest accepted <see cref="AdminKey"/>.</summary>
    public const int MinAdminKeyLength = 16;

    /// <summary>
    /// The key every admin API request (<c>/_mock/</c>) must carry in <see cref="AdminKeyHeader"/> once it is set;
    /// required when the mock listens on an address that is not loopback (<see cref="AdminKeyRequirement"/>). Never logged.
    /// </summary>
    public string? AdminKey { get; set; }

    /// <summary>The OpenAPI document to serve (defaults to the copy next to the app).</summary>
    public string? Spec { get; set; }

    /// <summary>Largest accepted request body, in bytes (larger ones get 413).</summary>
    public long MaxBodyBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>A folder whose <c>NAME.json</c> sandbox states become sandboxes <c>NAME</c> at start-up (<c>--fixtures</c>), or null.</summary>
    public string? Fixtures { get; set; }

    /// <summary>The spec path to load.</summary>
    public string SpecPath => Spec ?? Path.Combine(AppContext.BaseDirectory, "openapi", "livechat-partners.yaml");
}
