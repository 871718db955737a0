namespace LiveChat.Partners.Mock.Domain.SolutionPartner;

/// <summary>Where a client's data is stored (<c>data_center</c> on the wire).</summary>
public enum DataCenter
{
    /// <summary><c>dal</c>: Dallas (US), the default.</summary>
    Dal,

    /// <summary><c>fra</c>: Frankfurt (EU).</summary>
    Fra,
}
