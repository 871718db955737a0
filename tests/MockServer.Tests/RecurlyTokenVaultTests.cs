using LiveChat.Partners.Mock.Domain.Recurly;
using LiveChat.Partners.Mock.Errors;

namespace LiveChat.Partners.Mock.Tests;

/// <summary>Recurly tokens: single use, and a bounded number kept unused (an anonymous flood cannot grow memory).</summary>
public sealed class RecurlyTokenVaultTests
{
    [Fact]
    public void A_token_is_redeemed_once()
    {
        var vault = new RecurlyTokenVault();
        var token = vault.Issue();

        vault.Redeem(token);

        Assert.False(vault.IsUnused(token));
        Assert.Throws<ApiErrorException>(() => vault.Redeem(token));
    }

    [Fact]
    public void Past_the_capacity_the_oldest_unused_token_is_forgotten()
    {
        var vault = new RecurlyTokenVault(capacity: 3);
        var tokens = Enumerable.Range(0, 4).Select(_ => vault.Issue()).ToList();

        Assert.False(vault.IsUnused(tokens[0]));
        Assert.All(tokens.Skip(1), t => Assert.True(vault.IsUnused(t)));
        Assert.Throws<ApiErrorException>(() => vault.Redeem(tokens[0]));
    }

    [Fact]
    public void Redeemed_tokens_do_not_count_against_the_capacity()
    {
        var vault = new RecurlyTokenVault(capacity: 2);
        for (var i = 0; i < 50; i++)
        {
            vault.Redeem(vault.Issue());
        }

        var first = vault.Issue();
        var second = vault.Issue();

        Assert.True(vault.IsUnused(first));
        Assert.True(vault.IsUnused(second));
    }
}
