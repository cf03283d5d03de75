using System.Text.Json.Serialization;
using ExpertBot.Gaming.Output;
using ExpertBot.Gaming.Snapshot;

namespace ExpertBot.Gaming;

/// <summary>Source-generated JSON for every line shape this tool reads or writes.</summary>
[JsonSerializable(typeof(CatalogueTopic))]
[JsonSerializable(typeof(Person))]
[JsonSerializable(typeof(RoleLine))]
[JsonSerializable(typeof(RiserLine))]
[JsonSerializable(typeof(SignalLine))]
[JsonSerializable(typeof(EndorsementLine))]
[JsonSerializable(typeof(GamingLine))]
internal sealed partial class GamingJsonContext : JsonSerializerContext;
