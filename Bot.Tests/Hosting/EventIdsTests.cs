using System.Reflection;
using ExpertBot.Hosting;
using Microsoft.Extensions.Logging;

namespace ExpertBot.Tests.Hosting;

/// <summary>An event id names one event: an alert on 4101 must not fire for both Graph throttling and endorsement notices.</summary>
public sealed class EventIdsTests
{
    private const BindingFlags AnyStatic = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static;

    [Fact]
    public void Every_EventIds_constant_is_unique_and_inside_its_features_range()
    {
        var constants = Constants().ToList();

        Assert.NotEmpty(constants);
        var duplicates = constants.GroupBy(c => c.Id).Where(g => g.Count() > 1).Select(g => $"{g.Key}: {string.Join(", ", g.Select(c => c.Name))}");
        Assert.Empty(duplicates);
        // Each block owns a range of a thousand: the block's ids share their thousands digit.
        Assert.All(constants.GroupBy(c => c.Name.Split('.')[0]), block => Assert.Single(block.Select(c => c.Id / 1000).Distinct()));
    }

    [Fact]
    public void No_two_LoggerMessages_in_the_bot_share_an_event_id()
    {
        var messages = typeof(EventIds).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(AnyStatic | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Select(m => (Method: $"{m.DeclaringType!.Name}.{m.Name}", Attribute: m.GetCustomAttribute<LoggerMessageAttribute>()))
            .Where(m => m.Attribute is not null)
            .ToList();

        Assert.True(messages.Count > 30, $"only {messages.Count} [LoggerMessage] methods found");
        var duplicates = messages.GroupBy(m => m.Attribute!.EventId).Where(g => g.Count() > 1).Select(g => $"{g.Key}: {string.Join(", ", g.Select(m => m.Method))}");
        Assert.Empty(duplicates);
    }

    [Fact]
    public void Every_LoggerMessage_event_id_is_declared_in_EventIds()
    {
        var declared = Constants().Select(c => c.Id).ToHashSet();

        var undeclared = typeof(EventIds).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(AnyStatic | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Select(m => (Method: $"{m.DeclaringType!.Name}.{m.Name}", Attribute: m.GetCustomAttribute<LoggerMessageAttribute>()))
            .Where(m => m.Attribute is not null && !declared.Contains(m.Attribute.EventId))
            .Select(m => $"{m.Method} ({m.Attribute!.EventId})");

        Assert.Empty(undeclared);
    }

    private static IEnumerable<(string Name, int Id)> Constants() =>
        typeof(EventIds).GetNestedTypes(AnyStatic)
            .SelectMany(block => block.GetFields(AnyStatic)
                .Where(f => f.IsLiteral && f.FieldType == typeof(int))
                .Select(f => ($"{block.Name}.{f.Name}", (int)f.GetRawConstantValue()!)));
}
