using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace LiveChat.Partners.Mock.Tests.Infrastructure;

/// <summary>
/// The built mock run as a process, <c>dotnet LiveChat.Partners.Mock.dll ...</c> from its own build output (the
/// configuration these tests were built in), with its output captured.
/// </summary>
public sealed class MockProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly StringBuilder _error = new();
    private readonly TaskCompletionSource _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private MockProcess(Process process)
    {
        _process = process;
    }

    /// <summary>What the process wrote on stdout so far.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>What the process wrote on stderr so far.</summary>
    public string Error
    {
        get
        {
            lock (_error)
            {
                return _error.ToString();
            }
        }
    }

    /// <summary>The mock's dll, next to its runtimeconfig and its documents.</summary>
    public static string MockDll
    {
        get
        {
            var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            var (framework, configuration) = (output.Name, output.Parent!.Name);
            var root = output;
            while (root is not null && !File.Exists(Path.Combine(root.FullName, "LiveChatPartners.sln")))
            {
                root = root.Parent;
            }

            Assert.NotNull(root);
            var dll = Path.Combine(root.FullName, "tools", "LiveChat.Partners.Mock", "bin", configuration, framework, "LiveChat.Partners.Mock.dll");
            Assert.True(File.Exists(dll), $"build the mock first: {dll}");
            return dll;
        }
    }

    /// <summary>Starts the mock with <paramref name="args"/> (and <paramref name="environment"/> on top of this process's).</summary>
    public static MockProcess Start(IEnumerable<string> args, IDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.ArgumentList.Add(MockDll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // The mock's own defaults, not what the machine running the tests happens to set.
        start.Environment.Remove("ASPNETCORE_URLS");
        start.Environment.Remove("ASPNETCORE_HTTP_PORTS");
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var process = new Process { StartInfo = start };
        var mock = new MockProcess(process);
        process.OutputDataReceived += (_, line) => mock.Append(mock._output, line.Data, listening: line.Data?.Contains("Now listening on", StringComparison.Ordinal) == true);
        process.ErrorDataReceived += (_, line) => mock.Append(mock._error, line.Data, listening: false);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return mock;
    }

    /// <summary>Runs the mock to its end (at most <paramref name="timeout"/>) and returns its exit code.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        await using var mock = Start(args);
        var exitCode = await mock.WaitForExitAsync(TimeSpan.FromSeconds(20));
        return (exitCode, mock.Output, mock.Error);
    }

    /// <summary>Waits for the process to end and returns its exit code.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cancel.Token);
        _process.WaitForExit(); // the output is read to its end
        return _process.ExitCode;
    }

    /// <summary>Waits until Kestrel says it listens (fails if the process ends first).</summary>
    public async Task WaitUntilListeningAsync(TimeSpan timeout)
    {
        var exited = _process.WaitForExitAsync();
        var first = await Task.WhenAny(_listening.Task, exited, Task.Delay(timeout));
        Assert.True(first == _listening.Task, $"the mock did not start listening: exit {(_process.HasExited ? _process.ExitCode : "none")}\n{Output}\n{Error}");
    }

    /// <summary>A loopback port free at the time of the call.</summary>
    public static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Append(StringBuilder text, string? line, bool listening)
    {
        if (line is null)
        {
            return;
        }

        lock (text)
        {
            text.AppendLine(line);
        }

        if (listening)
        {
            _listening.TrySetResult();
        }
    }
}
