using LiveChat.Partners.Mock.Pipeline;

namespace LiveChat.Partners.Mock.Tests.CommandLine;

/// <summary>The request targets refused before routing (the socket tests in Reliability.Tests send them raw).</summary>
public sealed class RequestTargetTests
{
    [Theory]
    [InlineData("/v2/partners/../../_mock/sandboxes", "'.' or '..'")]
    [InlineData("/v2/partners/%2e%2e/%2E%2E/_mock/sandboxes", "'.' or '..'")]
    [InlineData("/v2/partners/..%2F..%2F_mock/sandboxes", "'.' or '..'")]
    [InlineData("/v2/./partners", "'.' or '..'")]
    [InlineData("/v2/partners/..", "'.' or '..'")]
    [InlineData("//_mock/sandboxes", "empty segments")]
    [InlineData("/v2/partners%2F%2Fcoupons", "empty segments")]
    [InlineData("/v2\\partners", "backslash")]
    [InlineData("/v2%5Cpartners", "encoded backslash")]
    [InlineData("http://127.0.0.1:5080/v2/partners/../../_mock/sandboxes", "'.' or '..'")]
    public void Ambiguous_paths_are_refused(string target, string reason) =>
        Assert.Contains(reason, RequestTargetGuardMiddleware.Problem(target), StringComparison.Ordinal);

    [Theory]
    [InlineData("/v2/partners")]
    [InlineData("/v2/partners/")]
    [InlineData("/v2/partners/withdrawals/2019/3/xyz?x=../..")]
    [InlineData("/v2/partners/campaigns/pp_hello-world.v2")]
    [InlineData("/v2/partners/x%2Fy")]
    [InlineData("/v2/partners/%252e%252e")]
    [InlineData("/_mock/sandboxes")]
    [InlineData("http://127.0.0.1:5080/v2/partners")]
    [InlineData("*")]
    public void Plain_paths_pass(string target) => Assert.Null(RequestTargetGuardMiddleware.Problem(target));
}
