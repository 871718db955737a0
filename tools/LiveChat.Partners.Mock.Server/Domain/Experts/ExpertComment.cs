namespace LiveChat.Partners.Mock.Domain.Experts;

/// <summary>A comment on the Expert's profile.</summary>
public sealed record ExpertComment(string Comment, string Author, DateTimeOffset CreatedAt, string Website);
