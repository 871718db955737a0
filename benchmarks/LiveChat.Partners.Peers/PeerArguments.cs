using System.Globalization;
using System.Runtime.InteropServices;

namespace LiveChat.Partners.Peers;

/// <summary>The command line of the peers' host, and stopping on SIGTERM / Ctrl+C.</summary>
internal static class PeerArguments
{
    /// <summary>The value after <paramref name="name"/>, or null.</summary>
    public static string? Optional(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    /// <summary>The value after <paramref name="name"/>; exits with code 2 when it is missing.</summary>
    public static string Required(string[] args, string name) =>
        Optional(args, name) ?? throw new ArgumentException($"{name} is required");

    /// <summary>The loopback port to listen on (<c>--port</c>).</summary>
    public static int Port(string[] args) =>
        int.TryParse(Optional(args, "--port"), NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is > 0 and < 65536
            ? port
            : throw new ArgumentException("--port N (1..65535) is required");

    /// <summary>Prints the usage; exit code 2.</summary>
    public static int Usage()
    {
        Console.Error.WriteLine("usage: LiveChat.Partners.Peers wiremock --port N --spec <openapi.yaml> [--mappings-out <file.json>]");
        Console.Error.WriteLine("       LiveChat.Partners.Peers ceiling --port N");
        return 2;
    }

    /// <summary>A token cancelled on SIGTERM or Ctrl+C (the harness stops its servers with SIGTERM).</summary>
    public static Stop StopOnSignal() => new();

    /// <summary>Cancels <see cref="Token"/> on SIGTERM / SIGINT.</summary>
    internal sealed class Stop : IDisposable
    {
        private readonly CancellationTokenSource _source = new();
        private readonly PosixSignalRegistration _term;
        private readonly PosixSignalRegistration _int;

        public Stop()
        {
            _term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
            _int = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
        }

        public CancellationToken Token => _source.Token;

        private void OnSignal(PosixSignalContext context)
        {
            context.Cancel = true;
            _source.Cancel();
        }

        public void Dispose()
        {
            _term.Dispose();
            _int.Dispose();
            _source.Dispose();
        }
    }
}
