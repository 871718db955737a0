using BenchmarkDotNet.Running;
using LiveChat.Partners.Benchmarks;

// Every argument is BenchmarkDotNet's own (--filter, --job, --inProcess, --exporters, --artifacts...), except
// `--interleaved profile|list [rounds]`: the clients called in rotating rounds (InterleavedComparison).
// The mock server's origin comes from LCP_BENCH_MOCK_URL (see MockServer); benchmarks/run.sh sets it.
if (args is ["--interleaved", var operation, ..])
{
    await InterleavedComparison.RunAsync(operation, args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 1000);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(MockServer).Assembly).Run(args);
