using LiveChat.Partners.Testing.Admin.Models;
using Xunit.Abstractions;

namespace LiveChat.Partners.ContractTests;

/// <summary>
/// The coverage gate: every operation of the document was called by the contract tests, as the mock's request
/// journals (not a hand-kept list) record it, and no answer failed the mock's strict check against the document.
/// </summary>
/// <remarks>
/// <see cref="RunsLastAttribute"/>: <see cref="ContractTestFramework"/> starts this class only after every other test
/// collection has finished, so the journals are complete when it reads them (see the framework for why).
/// </remarks>
[RunsLast]
public sealed class CoverageGateTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Every_operation_of_the_document_was_called_through_the_SDK()
    {
        var operations = SpecOperation.All(await SpecDocument.JsonAsync());
        var journal = await AllJournalsAsync();
        var called = journal.Where(e => e.OperationId is not null).Select(e => e.OperationId!).ToHashSet(StringComparer.Ordinal);

        var missing = operations.Where(o => !called.Contains(o.OperationId ?? "")).Select(o => o.ToString()).ToList();
        output.WriteLine($"operations called: {operations.Count - missing.Count}/{operations.Count} ({journal.Count} requests journaled)");

        Assert.NotEmpty(operations);
        Assert.True(missing.Count == 0, $"{missing.Count} operation(s) no contract test called:{Environment.NewLine}{string.Join(Environment.NewLine, missing)}");
    }

    [Fact]
    public async Task Every_operation_was_answered_successfully_at_least_once()
    {
        var operations = SpecOperation.All(await SpecDocument.JsonAsync());
        var succeeded = (await AllJournalsAsync()).Where(e => e.OperationId is not null && e.Status is >= 200 and < 300).Select(e => e.OperationId!).ToHashSet(StringComparer.Ordinal);

        var never = operations.Where(o => !succeeded.Contains(o.OperationId ?? "")).Select(o => o.ToString()).ToList();

        Assert.True(never.Count == 0, $"operations never answered 2xx: {string.Join(", ", never)}");
    }

    [Fact]
    public async Task No_answer_failed_the_strict_check_against_the_document()
    {
        // Strict mode turns an answer that does not match the document into a 500; no test provokes a 5xx otherwise.
        var failures = (await AllJournalsAsync()).Where(e => e.Status >= 500).Select(e => $"{e.Method} {e.Path} ({e.OperationId}) → {e.Status}").ToList();

        Assert.True(failures.Count == 0, $"{failures.Count} schema mismatch(es):{Environment.NewLine}{string.Join(Environment.NewLine, failures)}");
    }

    [Fact]
    public async Task The_SDK_never_sent_the_API_token_to_Recurly()
    {
        Assert.Equal(0, await MockAdmin.RecurlyCallsWithAuthorizationAsync());
    }

    private static async Task<List<JournalEntry>> AllJournalsAsync()
    {
        // Requests no sandbox's token authenticated (the Recurly call, sent without the API token) are in the anonymous journal.
        var entries = new List<JournalEntry>(await MockAdmin.AnonymousJournalAsync());
        foreach (var sandbox in await MockAdmin.SandboxesAsync())
        {
            entries.AddRange(await MockAdmin.JournalAsync(sandbox.PartnerId!));
        }

        return entries;
    }
}
