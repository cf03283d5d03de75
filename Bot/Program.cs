using ExpertBot.About;
using ExpertBot.Cli;
using ExpertBot.Conversation;
using ExpertBot.Digest;
using ExpertBot.Endorsements;
using ExpertBot.Expertise;
using ExpertBot.Graph;
using ExpertBot.Hosting;
using ExpertBot.Presence;
using ExpertBot.Privacy;
using ExpertBot.Routing;
using ExpertBot.Snapshots;
using ExpertBot.Storage;
using ExpertBot.Teams;

if (CommandLine.IsCommand(args))
{
    return await CommandLine.RunAsync(args, Console.Out, Console.Error);
}

var builder = WebApplication.CreateBuilder(BotHostOptions.For(args));

builder.AddObservability();
builder.Services.AddTeamsProtocol(builder.Configuration);
builder.Services.AddStorage();
builder.Services.AddExpertise();
builder.Services.AddSnapshotSource();
builder.Services.AddGraphSync();
builder.Services.AddPrivacy();
builder.Services.AddEndorsements();
builder.Services.AddPresence();
builder.Services.AddQuestionRouting();
builder.Services.AddConversation();
builder.Services.AddDigest();
builder.Services.AddHealth();

var app = builder.Build();

app.MapBotEndpoint();
app.MapHealth();
app.MapAboutPages();
app.MapDigest(app.Environment);

await app.RunAsync();
return 0;

/// <summary>The web host's entry point, visible to the functional tests' WebApplicationFactory.</summary>
public partial class Program;
