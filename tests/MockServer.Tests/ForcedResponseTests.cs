using System.Net;
using System.Text.RegularExpressions;
using LiveChat.Partners.Mock.Spec;
using LiveChat.Partners.Mock.Tests.Infrastructure;
using LiveChat.Partners.TestSupport;
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
        foreach (var operation in SpecDocument.ReadByTheMock().Operations)
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

    /// <summary>
    /// The error <c>type</c> the document gives each status, read from its <c>ErrorType</c> schema
    /// (<c>x-status-codes</c>: <c>validation: [400]</c>, ...), not from the mock's own table.
    /// </summary>
    private static Dictionary<int, string> DocumentedErrorTypes(PartnerApiDocument document)
    {
        var table = Newtonsoft.Json.Linq.JObject.FromObject(document.Document.Components.Schemas["ErrorType"].ExtensionData!["x-status-codes"]!);
        var types = table.Properties()
            .SelectMany(type => type.Value.Select(status => (Status: (int)status, Type: type.Name)))
            .ToDictionary(entry => entry.Status, entry => entry.Type);

        Assert.True(types.Count >= 10, $"the document's ErrorType x-status-codes names too few statuses: {table}");
        return types;
    }

    /// <summary>The mock's status→type table (Errors/ErrorType.cs) is the document's ErrorType table, status for status.</summary>
    [Fact]
    public void The_mocks_error_types_are_the_documents()
    {
        var document = server.Services.GetRequiredService<PartnerApiDocument>();

        Assert.All(DocumentedErrorTypes(document), entry => Assert.Equal(entry.Value, LiveChat.Partners.Mock.Errors.ErrorType.ForStatus(entry.Key)));
    }

    [Fact]
    public async Task Every_forced_error_status_answers_the_error_type_the_document_gives_it()
    {
        var api = await server.NewSandboxAsync();
        var document = server.Services.GetRequiredService<PartnerApiDocument>();
        var types = DocumentedErrorTypes(document);
        var wrong = new List<string>();
        var forced = 0;
        foreach (var operation in document.Operations)
        {
            foreach (var status in operation.Operation.ActualResponses.Keys.Select(k => int.Parse(k, System.Globalization.CultureInfo.InvariantCulture)).Where(s => s >= 400))
            {
                forced++;
                var request = new HttpRequestMessage(new HttpMethod(operation.Method), Regex.Replace(operation.Route, "{[^}]+}", "1"));
                request.Headers.TryAddWithoutValidation("Prefer", $"code={status}");
                using var response = await api.Http.SendAsync(request);
                var text = await response.Content.ReadAsStringAsync();
                var type = (string?)JObject.Parse(text)["error"]?["type"];
                if ((int)response.StatusCode != status || !types.TryGetValue(status, out var expected) || type != expected)
                {
                    wrong.Add($"{operation.OperationId} code={status}: {(int)response.StatusCode} type {type ?? "(none)"}, the document says {types.GetValueOrDefault(status, "(no type)")}");
                }
            }
        }

        Assert.True(wrong.Count == 0, $"{wrong.Count} of {forced} forced error responses are wrong:\n{string.Join("\n", wrong)}");
    }
}
