using ExpertBot.Cards;
using ExpertBot.Conversation;
using ExpertBot.Expertise;
using ExpertBot.Localization;
using ExpertBot.Snapshots;

namespace ExpertBot.Cli;

/// <summary>ask --snapshot DIR "who knows X?": the bot's answer, in the terminal.</summary>
internal static class AskCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var a = Arguments.Parse(args, ["--snapshot", "--top", "--as-of"]);
        var snapshot = a.Required("--snapshot");
        var top = a.Int("--top", 5, 1, 50);
        var question = string.Join(' ', a.Positional);
        if (question.Length == 0)
        {
            throw new CommandLineException("ask needs a question, e.g. ask --snapshot demo/org \"who knows Kubernetes?\"");
        }

        var intent = QuestionParser.Parse(question);
        if (intent is not Intent.FindExperts find)
        {
            throw new CommandLineException("that is not a question about a topic; try \"who knows <topic>?\"");
        }

        var language = find.Language ?? Language.English;
        var texts = Texts.For(language);
        var index = ExpertIndex.Build(await SnapshotReader.ReadAsync(snapshot, cancellationToken));
        var query = new ExpertQuery(find.Topic, a.Date("--as-of") ?? index.LatestTimestamp, top);
        var matches = index.Search(query);
        if (matches.Count == 0)
        {
            await stdout.WriteLineAsync(texts.Format("NoMatchTitle", find.Topic));
            await stdout.WriteLineAsync(texts["NoMatchBody"]);
            if (index.BroaderTopic(query, language) is { } broader)
            {
                await stdout.WriteLineAsync(texts.Format("NoMatchBroader", broader));
            }

            return 0;
        }

        var corrected = index.CorrectSpelling(find.Topic);
        await stdout.WriteLineAsync(texts.Format("ResultsTitle", corrected ?? find.Topic));
        if (corrected is not null)
        {
            await stdout.WriteLineAsync(texts.Format("SpellingCorrected", corrected, find.Topic));
        }

        var model = ExpertsAnswer.ToCardModel(find.Topic, matches, language, index);
        foreach (var note in ExpertsAnswer.ReadAs(index.ReadingsOf(query, language)))
        {
            await stdout.WriteLineAsync(note.Sentence(language, t => t));
        }

        if (CoverageNote.For(model, t => t) is { } coverage)
        {
            await stdout.WriteLineAsync(coverage);
        }

        var rank = 0;
        foreach (var person in model.People)
        {
            var role = string.Join(" · ", new[] { person.JobTitle, person.Department }.Where(s => !string.IsNullOrWhiteSpace(s)));
            await stdout.WriteLineAsync($"{++rank}. {person.Name}{(role.Length > 0 ? " — " + role : string.Empty)}  (score {matches[rank - 1].Score:0.00})");
            if (CoverageNote.Of(person, model, t => t) is { } shown)
            {
                await stdout.WriteLineAsync($"     {shown}");
            }

            foreach (var line in person.Shows)
            {
                await stdout.WriteLineAsync($"     {texts["Shows"]}: {line.Title} ({line.Kind}, {line.Date:yyyy-MM-dd}){(line.Url is null ? string.Empty : " " + line.Url)}");
            }

            if (person.Says.Count > 0)
            {
                await stdout.WriteLineAsync($"     {texts["Says"]}: {string.Join(" · ", person.Says)}");
            }

            if (person.VouchCount > 0)
            {
                await stdout.WriteLineAsync($"     {texts["VouchedBy"]}: {person.VouchCount} — {string.Join(", ", person.VouchedBy)}");
            }
        }

        return 0;
    }
}
