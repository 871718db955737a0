using System.Collections.Concurrent;
using System.Security.Cryptography;
using LiveChat.Partners.Mock.Domain.Account;
using LiveChat.Partners.Mock.Errors;
using LiveChat.Partners.Mock.Hosting;
using Microsoft.Extensions.Options;

namespace LiveChat.Partners.Mock.Sandboxes;

/// <summary>All sandboxes of the server and the index from bearer tokens to sandboxes.</summary>
public sealed class SandboxRegistry(IOptions<MockServerLimits> limits, TimeProvider time) : ITokenIndex
{
    private readonly ConcurrentDictionary<string, Sandbox> _sandboxes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _tokens = new(StringComparer.Ordinal);
    private readonly Lock _creating = new();

    /// <summary>The caps every sandbox and the registry enforce.</summary>
    public MockServerLimits Limits => limits.Value;

    /// <summary>How many sandboxes exist.</summary>
    public int Count => _sandboxes.Count;

    /// <summary>Every sandbox.</summary>
    public IReadOnlyCollection<Sandbox> All => _sandboxes.Values.ToList();

    /// <summary>
    /// Creates a seeded sandbox. <paramref name="partnerId"/> and <paramref name="token"/> are random unless given.
    /// At <see cref="MockServerLimits.MaxSandboxes"/> it throws a <c>429</c> <see cref="ApiErrorException"/>.
    /// </summary>
    public Sandbox Create(string? partnerId = null, string? token = null)
    {
        // One creation at a time, so concurrent creates cannot overshoot the cap (creation is rare and quick).
        lock (_creating)
        {
            var cap = Limits.MaxSandboxes;
            if (_sandboxes.Count >= cap)
            {
                throw ApiErrorException.TooManyObjects($"the server already holds the most sandboxes it keeps ({cap}, Mock:Limits:MaxSandboxes): delete one first");
            }

            return CreateUnderLock(partnerId, token);
        }
    }

    private Sandbox CreateUnderLock(string? partnerId, string? token)
    {
        partnerId ??= "p" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        token ??= ApiTokenBook.NewSecret();
        if (_tokens.ContainsKey(token))
        {
            throw new InvalidOperationException("This token already authenticates for another sandbox.");
        }

        var credentials = new SandboxCredentials(partnerId, $"joe+{partnerId}@email.com", "secret-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4)), token);
        var sandbox = new Sandbox(credentials, SandboxSeed.Create(credentials, this).WithCap(Limits.MaxObjectsPerKind), time);
        if (!_sandboxes.TryAdd(partnerId, sandbox))
        {
            sandbox.Write(s => { s.Tokens.RevokeAll(); return 0; });
            throw new InvalidOperationException($"A sandbox '{partnerId}' already exists.");
        }

        return sandbox;
    }

    /// <summary>The sandbox <paramref name="partnerId"/>, or null.</summary>
    public Sandbox? Find(string partnerId) => _sandboxes.GetValueOrDefault(partnerId);

    /// <summary>The sandbox a bearer token authenticates for, or null when the token is unknown or revoked.</summary>
    public Sandbox? FindByToken(string token) =>
        _tokens.TryGetValue(token, out var partnerId) ? Find(partnerId) : null;

    /// <summary>Restores the seed state (same credentials); tokens created since stop working.</summary>
    public void Reset(Sandbox sandbox)
    {
        sandbox.Replace(old =>
        {
            old.Tokens.RevokeAll();
            return SandboxSeed.Create(sandbox.Credentials, this).WithCap(Limits.MaxObjectsPerKind);
        });
        sandbox.Clock.Restart();
        sandbox.Journal.Clear();
        sandbox.Coverage.Clear();
        sandbox.Faults.Clear();
    }

    /// <summary>
    /// Replaces the sandbox's state with <paramref name="state"/> (its journal, coverage and faults are kept): its
    /// credentials become the state's login, password and first token, its clock the state's. <c>400</c> with the
    /// offending field when the state is inconsistent, <c>409</c> when one of its tokens authenticates for another
    /// sandbox; either way nothing changes.
    /// </summary>
    public void Import(Sandbox sandbox, State.SandboxState state)
    {
        lock (_creating)
        {
            for (var i = 0; i < state.Tokens.Count; i++)
            {
                if (_tokens.TryGetValue(state.Tokens[i].Token, out var owner) && owner != sandbox.Id)
                {
                    throw ApiErrorException.Conflict("this token already authenticates for another sandbox", $"tokens[{i}].token");
                }
            }

            var credentials = new SandboxCredentials(sandbox.Id, state.Account.Login, state.Account.Password, state.Tokens[0].Token);
            sandbox.Replace(old =>
            {
                var (imported, clock) = State.SandboxStateImport.Build(state, credentials, NoIndex.Instance);
                old.Tokens.RevokeAll();
                foreach (var token in imported.Tokens.Active)
                {
                    ((ITokenIndex)this).Add(token.Token, sandbox.Id);
                }

                imported.Tokens.Index = this;
                sandbox.Clock.Set(clock);
                sandbox.Credentials = credentials;
                return imported.WithCap(Limits.MaxObjectsPerKind);
            });
        }
    }

    /// <summary>Creates sandbox <paramref name="partnerId"/> holding <paramref name="state"/> (<c>--fixtures</c>).</summary>
    public Sandbox CreateFrom(string partnerId, State.SandboxState state)
    {
        var sandbox = Create(partnerId, "fixture-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12)));
        try
        {
            Import(sandbox, state);
            return sandbox;
        }
        catch
        {
            Delete(partnerId);
            throw;
        }
    }

    /// <summary>Deletes a sandbox; its tokens stop working.</summary>
    public bool Delete(string partnerId)
    {
        if (!_sandboxes.TryRemove(partnerId, out var sandbox))
        {
            return false;
        }

        sandbox.Write(s => { s.Tokens.RevokeAll(); return 0; });
        return true;
    }

    /// <summary>An index that records nothing: a state is built against it, and indexed once it is complete.</summary>
    private sealed class NoIndex : ITokenIndex
    {
        public static readonly NoIndex Instance = new();

        public void Add(string token, string partnerId)
        {
        }

        public void Remove(string token)
        {
        }
    }

    /// <inheritdoc />
    void ITokenIndex.Add(string token, string partnerId) => _tokens[token] = partnerId;

    /// <inheritdoc />
    void ITokenIndex.Remove(string token) => _tokens.TryRemove(token, out _);
}
