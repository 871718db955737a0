using System.Buffers;
using System.Globalization;
using Microsoft.Kiota.Abstractions;

namespace LiveChat.Partners;

/// <summary>
/// A generated request builder's URL template, parsed once: the RFC 6570 subset Kiota writes (<c>{+baseurl}</c>,
/// <c>{licenseId}</c>, <c>{?date_from*,date_to*}</c>, <c>{&amp;vat_number*}</c>, and literal queries such as
/// <c>?city={city}</c>), expanded per request into one string.
/// </summary>
/// <remarks>
/// Kiota's own expansion (<c>RequestInformation.URI</c>) re-reads the template on every request and escapes values one
/// character at a time (a string per character); the result here is the same URL, checked against Kiota's for every
/// template of the document by the SDK's tests. Values of other types than the ones the document uses (strings,
/// integers, <see cref="Date"/>, booleans) and templates outside the subset return <see langword="null"/> from
/// <see cref="Expand"/>, and Kiota expands them as before.
/// </remarks>
internal sealed class RequestUriTemplate
{
    private const string Unreserved = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";

    /// <summary>Characters a <c>{+...}</c> value may carry as they are (unreserved and reserved, RFC 3986); others go to Kiota.</summary>
    private const string AllowedInReserved = Unreserved + ":/?#[]@!$&'()*+,;=";

    private readonly Part[] _parts;

    private RequestUriTemplate(Part[] parts, string[] pathParameterNames, string pathText)
    {
        _parts = parts;
        PathParameterNames = pathParameterNames;
        PathText = pathText;
    }

    /// <summary>The template up to its query (<c>{?...}</c>, <c>{&amp;...}</c> or a literal <c>?</c>), without <c>{+baseurl}</c>: how errors name the operation.</summary>
    public string PathText { get; }

    /// <summary>The names of the path's simple expressions (<c>{licenseId}</c>), before its query.</summary>
    public string[] PathParameterNames { get; }

    /// <summary>True when every expression is of the subset <see cref="Expand"/> knows.</summary>
    public bool CanExpand { get; private set; } = true;

    /// <summary>Parses <paramref name="template"/>.</summary>
    public static RequestUriTemplate Parse(string template)
    {
        if (template is null) throw new ArgumentNullException(nameof(template));
        var parts = new List<Part>();
        var pathNames = new List<string>();
        var canExpand = true;
        var inQuery = false;
        var queryStart = -1;
        var position = 0;
        while (position < template.Length)
        {
            var open = template.IndexOf('{', position);
            var literalEnd = open < 0 ? template.Length : open;
            if (literalEnd > position)
            {
                var literal = template.Substring(position, literalEnd - position);
                if (literal.AsSpan().IndexOf('}') >= 0) canExpand = false;
                var question = literal.IndexOf('?');
                if (question >= 0 && !inQuery)
                {
                    inQuery = true;
                    queryStart = position + question;
                }

                parts.Add(new Part(literal));
            }

            if (open < 0) break;
            var close = template.IndexOf('}', open);
            if (close < 0)
            {
                canExpand = false;
                break;
            }

            var expression = template.Substring(open + 1, close - open - 1);
            var op = expression.Length > 0 && "+#./;?&".AsSpan().IndexOf(expression[0]) >= 0 ? expression[0] : '\0';
            if ((op is '?' or '&') && !inQuery)
            {
                inQuery = true;
                queryStart = open;
            }

            var names = (op == '\0' ? expression : expression.Substring(1)).Split(',');
            for (var i = 0; i < names.Length; i++)
            {
                var name = names[i].Length > 0 && names[i][names[i].Length - 1] == '*' ? names[i].Substring(0, names[i].Length - 1) : names[i];
                if (name.Length == 0 || name.AsSpan().IndexOf(':') >= 0) canExpand = false;
                names[i] = name;
            }

            if (op is not ('\0' or '+' or '?' or '&')) canExpand = false;
            if (op == '\0' && !inQuery && names.Length > 0 && names[0].Length > 0 && (char.IsLetterOrDigit(names[0][0]) || names[0][0] == '_'))
                pathNames.AddRange(names);
            parts.Add(new Part(op, names));
            position = close + 1;
        }

        var pathText = (queryStart < 0 ? template : template.Substring(0, queryStart)).Replace("{+baseurl}", string.Empty);
        return new RequestUriTemplate(parts.ToArray(), pathNames.ToArray(), pathText) { CanExpand = canExpand };
    }

    /// <summary>
    /// The request's URL, or <see langword="null"/> when a value or the template is outside what this class expands
    /// (then Kiota's <c>RequestInformation.URI</c> builds it).
    /// </summary>
    /// <param name="request">The path and query parameters.</param>
    /// <param name="baseUrl">The adapter's base URL, which replaces the request's <c>baseurl</c> (as Kiota's adapter does).</param>
    public string? Expand(RequestInformation request, string? baseUrl)
    {
        if (!CanExpand) return null;
        var buffer = new CharBuffer(ArrayPool<char>.Shared.Rent(256));
        try
        {
            foreach (var part in _parts)
            {
                if (part.Literal is { } literal)
                {
                    buffer.Append(literal);
                    continue;
                }

                var first = true;
                foreach (var name in part.Names!)
                {
                    object? value;
                    if (baseUrl is not null && string.Equals(name, "baseurl", StringComparison.Ordinal)) value = baseUrl;
                    else if (!request.PathParameters.TryGetValue(name, out value) && !request.QueryParameters.TryGetValue(name, out value)) value = null;
                    if (value is null) continue;
                    if (Text(value) is not { } text) return null;

                    if (part.Operator is '?' or '&') buffer.Append(first ? part.Operator : '&');
                    else if (!first) buffer.Append(',');
                    first = false;

                    if (part.Operator == '+')
                    {
                        if (!IsReservedSafe(text)) return null;
                        buffer.Append(text);
                        continue;
                    }

                    if (part.Operator is '?' or '&')
                    {
                        buffer.Append(name);
                        buffer.Append('=');
                    }

                    AppendEscaped(ref buffer, text, name);
                }
            }

            return buffer.ToString();
        }
        finally
        {
            buffer.Return();
        }
    }

    /// <summary>The text of a value as Kiota sends it (<c>RequestInformation.GetSanitizedValue</c>, then the template's rules), for the types the document uses.</summary>
    private static string? Text(object value) => value switch
    {
        string s => s,
        long l => l.ToString(CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        Date date => date.ToString(),
        _ => null,
    };

    private static bool IsReservedSafe(string text)
    {
        foreach (var c in text)
        {
            if (AllowedInReserved.AsSpan().IndexOf(c) < 0) return false;
        }

        return true;
    }

    /// <summary>Percent-encodes everything but the unreserved characters, as UTF-8 (RFC 3986, section 2.1; RFC 6570, simple expansion).</summary>
    /// <exception cref="ArgumentException">The text has a lone UTF-16 surrogate (not text: Kiota refuses it too).</exception>
    private static void AppendEscaped(ref CharBuffer buffer, string text, string name)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < 0x80)
            {
                if (Unreserved.AsSpan().IndexOf(c) >= 0) buffer.Append(c);
                else buffer.AppendEscapedByte((byte)c);
                continue;
            }

            int codePoint = c;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                codePoint = char.ConvertToUtf32(c, text[++i]);
            else if (char.IsSurrogate(c))
                throw new ArgumentException($"The value of '{name}' is not valid text: a lone UTF-16 surrogate (U+{(int)c:X4}) at index {i}.", name);

            if (codePoint < 0x800)
            {
                buffer.AppendEscapedByte((byte)(0xC0 | (codePoint >> 6)));
            }
            else if (codePoint < 0x10000)
            {
                buffer.AppendEscapedByte((byte)(0xE0 | (codePoint >> 12)));
                buffer.AppendEscapedByte((byte)(0x80 | ((codePoint >> 6) & 0x3F)));
            }
            else
            {
                buffer.AppendEscapedByte((byte)(0xF0 | (codePoint >> 18)));
                buffer.AppendEscapedByte((byte)(0x80 | ((codePoint >> 12) & 0x3F)));
                buffer.AppendEscapedByte((byte)(0x80 | ((codePoint >> 6) & 0x3F)));
            }

            buffer.AppendEscapedByte((byte)(0x80 | (codePoint & 0x3F)));
        }
    }

    /// <summary>A literal, or an expression: its operator (<c>'\0'</c> for simple expansion) and variable names.</summary>
    private sealed class Part
    {
        public Part(string literal) => Literal = literal;

        public Part(char op, string[] names)
        {
            Operator = op;
            Names = names;
        }

        public string? Literal { get; }

        public char Operator { get; }

        public string[]? Names { get; }
    }

    /// <summary>Characters appended to a pooled array that grows as needed.</summary>
    private struct CharBuffer(char[] array)
    {
        private const string Hex = "0123456789ABCDEF";
        private char[] _array = array;
        private int _length;

        public void Append(char c)
        {
            if (_length == _array.Length) Grow(1);
            _array[_length++] = c;
        }

        public void Append(string text)
        {
            if (_length + text.Length > _array.Length) Grow(text.Length);
            text.CopyTo(0, _array, _length, text.Length);
            _length += text.Length;
        }

        public void AppendEscapedByte(byte b)
        {
            if (_length + 3 > _array.Length) Grow(3);
            _array[_length++] = '%';
            _array[_length++] = Hex[b >> 4];
            _array[_length++] = Hex[b & 0xF];
        }

        public override readonly string ToString() => new(_array, 0, _length);

        public readonly void Return() => ArrayPool<char>.Shared.Return(_array);

        private void Grow(int needed)
        {
            var larger = ArrayPool<char>.Shared.Rent(Math.Max(_array.Length * 2, _length + needed));
            Array.Copy(_array, larger, _length);
            ArrayPool<char>.Shared.Return(_array);
            _array = larger;
        }
    }
}
