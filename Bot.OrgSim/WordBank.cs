namespace ExpertBot.OrgSim;

/// <summary>Names, interests, hashtags and weekdays from Data/names.txt and Data/words.txt.</summary>
internal sealed class WordBank
{
    private readonly Dictionary<string, List<string>> lists;

    private WordBank(Dictionary<string, List<string>> lists) => this.lists = lists;

    public static WordBank Load()
    {
        var lists = SectionFile.LoadSections("names.");
        foreach (var (key, value) in SectionFile.LoadSections("words."))
        {
            lists[key] = value;
        }

        return new WordBank(lists);
    }

    public IReadOnlyList<string> this[string list] => lists.TryGetValue(list, out var values)
        ? values
        : throw new KeyNotFoundException($"Word list '{list}' is missing.");

    public IReadOnlyList<string> FirstNames(bool french) => this[french ? "first.fr" : "first.en"];

    public IReadOnlyList<string> Days(bool french) => this[french ? "day.fr" : "day.en"];
}
