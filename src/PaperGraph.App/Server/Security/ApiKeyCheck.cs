using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace PaperGraph.App.Server.Security;

/// <summary>
/// Whether a request may write: it must carry <c>Authorization: Bearer KEY</c> with the key set
/// by <c>PAPERGRAPH_API_KEY</c> or <c>PaperGraph:ApiKey</c> in the config file. With no key
/// configured, nobody may write. Keys are compared in constant time.
/// </summary>
internal sealed class ApiKeyCheck(IOptions<ServerOptions> options)
{
    /// <summary>The environment variable that sets the key.</summary>
    public const string Variable = "PAPERGRAPH_API_KEY";

    private readonly byte[]? expected = Hash(Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } fromEnvironment ? fromEnvironment : options.Value.ApiKey);

    /// <summary>True when a key is configured at all.</summary>
    public bool Configured => expected is not null;

    /// <summary>True when <paramref name="request"/> carries the configured key.</summary>
    public bool Allows(HttpRequest request)
    {
        if (expected is null)
            return false;
        var header = request.Headers[HeaderNames.Authorization].ToString();
        const string Scheme = "Bearer ";
        if (!header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
            return false;
        var given = Hash(header[Scheme.Length..].Trim());
        return given is not null && CryptographicOperations.FixedTimeEquals(given, expected);
    }

    private static byte[]? Hash(string? key) => string.IsNullOrEmpty(key) ? null : SHA256.HashData(Encoding.UTF8.GetBytes(key));
}
