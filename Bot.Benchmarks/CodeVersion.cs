using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace ExpertBot.Benchmarks;

/// <summary>
/// A hash of the IL of the namespaces that make an index (Expertise, Snapshots in ExpertBot; Demo in ExpertBot.Tools).
/// The assemblies' own version ids will not do: the SDK stamps the commit into them, so every commit would rebuild the cache.
/// </summary>
internal static class CodeVersion
{
    private static readonly string[] Namespaces = ["ExpertBot.Expertise", "ExpertBot.Snapshots", "ExpertBot.Demo"];

    public static string Of(params Assembly[] assemblies)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        const BindingFlags All = BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
        var types = assemblies.SelectMany(a => a.GetTypes())
            .Where(t => t.Namespace is { } ns && Namespaces.Any(n => ns.StartsWith(n, StringComparison.Ordinal)))
            .OrderBy(t => t.FullName, StringComparer.Ordinal);
        foreach (var type in types)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(type.FullName ?? type.Name));
            foreach (var method in type.GetMethods(All).Cast<MethodBase>().Concat(type.GetConstructors(All)).OrderBy(m => m.ToString(), StringComparer.Ordinal))
            {
                hash.AppendData(Encoding.UTF8.GetBytes(method.ToString() ?? method.Name));
                if (method.GetMethodBody()?.GetILAsByteArray() is { } il)
                {
                    hash.AppendData(il);
                }
            }
        }

        return Convert.ToHexString(hash.GetHashAndReset())[..12].ToLowerInvariant();
    }
}
