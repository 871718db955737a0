using System.Reflection;
using LiveChat.Partners.ContractTests.Infrastructure;
using Xunit.Abstractions;
using Xunit.Sdk;

[assembly: TestFramework("LiveChat.Partners.ContractTests.Infrastructure.ContractTestFramework", "ContractTests")]

namespace LiveChat.Partners.ContractTests.Infrastructure;

/// <summary>Marks the test collection that must run alone, after every other collection has finished.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RunsLastAttribute : Attribute;

/// <summary>
/// xUnit's own framework with two additions at the assembly level: collections marked <see cref="RunsLastAttribute"/>
/// (the coverage gate) start only after all other collections have finished, and the shared mock server is disposed
/// at the very end.
/// </summary>
/// <remarks>
/// Why a framework and not a collection that waits on a counter, or a collection orderer: with parallel collections an
/// orderer only decides the order in which collections <em>start</em>, so the gate could read the journals while
/// other classes are still calling the API; a waiting gate holds one of the two worker slots for the whole run and
/// must guess how many classes will signal (skipped classes never build their fixture, so it could wait forever).
/// Running the other collections to completion (in parallel, as configured), then the gate, is exact, costs nothing
/// and cannot hang. The same place is xUnit 2's only assembly-level "after all" hook, so it also disposes the
/// shared <see cref="ContractServer"/>.
/// </remarks>
public sealed class ContractTestFramework(IMessageSink messageSink) : XunitTestFramework(messageSink)
{
    /// <inheritdoc />
    protected override ITestFrameworkExecutor CreateExecutor(AssemblyName assemblyName) =>
        new Executor(assemblyName, SourceInformationProvider, DiagnosticMessageSink);

    private sealed class Executor(AssemblyName assemblyName, ISourceInformationProvider sourceInformationProvider, IMessageSink diagnosticMessageSink)
        : XunitTestFrameworkExecutor(assemblyName, sourceInformationProvider, diagnosticMessageSink)
    {
        protected override async void RunTestCases(IEnumerable<IXunitTestCase> testCases, IMessageSink executionMessageSink, ITestFrameworkExecutionOptions executionOptions)
        {
            using var runner = new AssemblyRunner(TestAssembly, testCases, DiagnosticMessageSink, executionMessageSink, executionOptions);
            await runner.RunAsync();
        }
    }

    private sealed class AssemblyRunner(
        ITestAssembly testAssembly,
        IEnumerable<IXunitTestCase> testCases,
        IMessageSink diagnosticMessageSink,
        IMessageSink executionMessageSink,
        ITestFrameworkExecutionOptions executionOptions)
        : XunitTestAssemblyRunner(testAssembly, testCases, diagnosticMessageSink, executionMessageSink, executionOptions)
    {
        protected override async Task<RunSummary> RunTestCollectionsAsync(IMessageBus messageBus, CancellationTokenSource cancellationTokenSource)
        {
            var all = TestCases.ToList();
            var last = all.Where(RunsLast).ToList();
            TestCases = all.Except(last).ToList();

            var summary = await base.RunTestCollectionsAsync(messageBus, cancellationTokenSource);
            foreach (var collection in last.GroupBy(c => c.TestMethod.TestClass.TestCollection, TestCollectionComparer.Instance))
            {
                if (cancellationTokenSource.IsCancellationRequested)
                {
                    break;
                }

                summary.Aggregate(await RunTestCollectionAsync(messageBus, collection.Key, collection.ToList(), cancellationTokenSource));
            }

            return summary;
        }

        protected override async Task BeforeTestAssemblyFinishedAsync()
        {
            if (ContractServer.IsCreated)
            {
                await ContractServer.Shared.DisposeAsync();
            }

            await base.BeforeTestAssemblyFinishedAsync();
        }

        private static bool RunsLast(IXunitTestCase testCase) =>
            testCase.TestMethod.TestClass.Class.GetCustomAttributes(typeof(RunsLastAttribute)).Any();
    }
}
