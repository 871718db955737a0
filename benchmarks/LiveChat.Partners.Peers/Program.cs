using LiveChat.Partners.Peers;

// The mock's peers under load, one per process (benchmarks/run.sh starts each on its own loopback port):
//   wiremock --port N --spec openapi/livechat-partners.yaml [--mappings-out file.json]
//   ceiling  --port N
var command = args.Length > 0 ? args[0] : string.Empty;
var port = PeerArguments.Port(args);
using var stop = PeerArguments.StopOnSignal();
return command switch
{
    "wiremock" => await WireMockPeer.RunAsync(port, PeerArguments.Required(args, "--spec"), PeerArguments.Optional(args, "--mappings-out"), stop.Token),
    "ceiling" => await KestrelCeiling.RunAsync(port, stop.Token),
    _ => PeerArguments.Usage(),
};
