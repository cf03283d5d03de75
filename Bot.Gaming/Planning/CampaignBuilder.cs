using ExpertBot.Gaming.Output;
using ExpertBot.Gaming.Snapshot;
using ExpertBot.Gaming.Text;

namespace ExpertBot.Gaming.Planning;

/// <summary>Collects what a style planner plants on one topic, and keeps the bookkeeping consistent.</summary>
internal sealed class CampaignBuilder(CatalogueTopic topic, GamingStyle style, Random random, PlanningContext context)
{
    private readonly List<GamingLine> people = [];
    private readonly List<RoleLine> roles = [];
    private readonly List<SignalLine> signals = [];
    private readonly List<EndorsementLine> endorsements = [];
    private readonly List<ProfileEdit> profileEdits = [];

    public CatalogueTopic Topic { get; } = topic;

    public GamingStyle Style { get; } = style;

    public Random Random { get; } = random;

    public TopicNaming Naming { get; } = new(topic);

    public PersonPicker Picker => context.Picker;

    public Timeline Timeline => context.Timeline;

    public PhraseBank Bank => context.Bank;

    /// <summary>Marks a person as gaming this topic: a gaming.jsonl line and a roles.jsonl line.</summary>
    public void AddGamer(Person person)
    {
        var role = GamingStyleNames.GamerRole(Style);
        people.Add(new GamingLine(person.Id, Topic.Id, Topic.English, GamingStyleNames.Name(Style), role));
        roles.Add(new RoleLine(person.Id, role, Topic.English));
    }

    /// <summary>Records someone who only endorses gamers; they get no role.</summary>
    public void AddHelper(Person person, string role) =>
        people.Add(new GamingLine(person.Id, Topic.Id, Topic.English, GamingStyleNames.Name(Style), role));

    public void Publish(Person author, ItemType type, DateTimeOffset timestamp, IReadOnlyList<Person> mentionPool)
    {
        var text = new TextContext(Naming, context.LanguageOf(author, Random), author, mentionPool, timestamp, Random);
        var item = context.Composer.Compose(type, text);
        signals.Add(context.Signals.Create(author, item, timestamp, Random));
    }

    public void Endorse(Person endorser, Person endorsee, string phrasing, DateTimeOffset timestamp)
    {
        if (endorser.Id != endorsee.Id)
        {
            endorsements.Add(new EndorsementLine(endorser.Id, endorsee.Id, phrasing, Timeline.Format(timestamp)));
        }
    }

    /// <summary>Adds the topic to the person's skills, and with <paramref name="withAboutMe"/> a sentence about it.</summary>
    public void DeclareOnProfile(Person person, bool withAboutMe)
    {
        string? aboutMe = null;
        if (withAboutMe)
        {
            var language = person.PrefersFrench ? Language.French : Language.English;
            aboutMe = context.Composer.AboutMe(new TextContext(Naming, language, person, [], Timeline.Newest, Random));
        }

        profileEdits.Add(new ProfileEdit(person.Id, Naming.Skill(Random, person.PrefersFrench), aboutMe));
    }

    public EndorsementHabit SteadyHabit(Person endorser) => EndorsementHabit.Steady(Naming, Random, endorser.PrefersFrench);

    public EndorsementHabit LooseHabit(Person endorser, int phrasings) =>
        EndorsementHabit.Loose(Naming, Bank, Random, endorser.PrefersFrench, phrasings);

    /// <summary>Draws an item type from weights, e.g. (ShortPromo, 3), (LongPost, 2).</summary>
    public ItemType Draw(params ReadOnlySpan<(ItemType Type, int Weight)> weights)
    {
        var total = 0;
        foreach (var (_, weight) in weights)
        {
            total += weight;
        }

        var roll = Random.Next(total);
        foreach (var (type, weight) in weights)
        {
            if (roll < weight)
            {
                return type;
            }

            roll -= weight;
        }

        return weights[^1].Type;
    }

    public Campaign Build()
    {
        // Each person's items in time order, as a person's history reads in the input.
        var ordered = signals
            .OrderBy(signal => signal.PersonId, StringComparer.Ordinal)
            .ThenBy(signal => signal.Timestamp, StringComparer.Ordinal)
            .ToList();
        var endorsementsInTime = endorsements.OrderBy(line => line.Timestamp, StringComparer.Ordinal).ToList();
        return new Campaign(Topic, Style, people, roles, ordered, endorsementsInTime, profileEdits);
    }
}
