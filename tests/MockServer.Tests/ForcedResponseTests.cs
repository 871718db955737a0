using System.Net;
using System.Text.RegularExpressions;
using LiveChat.Partners.Mock.Spec;
using LiveChat.Partners.Mock.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace LiveChat.Partners.Mock.Tests;

/// <summary>
/// <c>Prefer: code=N</c> for every documented response of every operation: each answers with that status
/// and passes the strict response check, which also proves the document's examples match its schemas.
/// </summary>
[Collection(MockServerCollection.Name)]
public sealed class ForcedResponseTests(MockServerFixture server)
{
    public static TheoryData<string, string> DocumentedResponses()
    {
        var data = new TheoryData<string, string>();
        using var factory = new MockServerFixture();
        var document = factory.Services.GetRequiredService<PartnerApiDocument>();
        foreach (var operation in document.Operations)
        {
            foreach (var status in operation.Operation.ActualResponses.Keys)
            {
                data.Add(operation.OperationId, status);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(DocumentedResponses))]
    public async Task Every_documented_response_can_be_forced(string operationId, string status)
    {
        var api = await server.NewSandboxAsync();
        var operation = server.Services.GetRequiredService<PartnerApiDocument>().ByOperationId[operationId];
        var path = Regex.Replace(operation.Route, "{[^}]+}", "1");
        var request = new HttpRequestMessage(new HttpMethod(operation.Method), path);
        request.Headers.TryAddWithoutValidation("Prefer", $"code={status}");
        var response = await api.Http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(int.Parse(status, System.Globalization.CultureInfo.InvariantCulture) == (int)response.StatusCode, $"{operationId} forced {status}: got {(int)response.StatusCode} {body}");
    }
}
