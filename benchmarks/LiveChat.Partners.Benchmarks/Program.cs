using BenchmarkDotNet.Running;

// Every argument is BenchmarkDotNet's own (--filter, --job, --inProcess, --exporters, --artifacts...).
// The mock server's origin comes from LCP_BENCH_MOCK_URL (see MockServer); benchmarks/run.sh sets it.
BenchmarkSwitcher.FromAssembly(typeof(LiveChat.Partners.Benchmarks.MockServer).Assembly).Run(args);
