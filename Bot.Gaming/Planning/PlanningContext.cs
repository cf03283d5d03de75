using ExpertBot.Gaming.Snapshot;
using ExpertBot.Gaming.Text;

namespace ExpertBot.Gaming.Planning;

/// <summary>What every campaign of a run shares: the organisation, who is already used, the clock and the writers.</summary>
internal sealed class PlanningContext(Organisation organisation, PhraseBank bank)
{
    public Organisation Organisation { get; } = organisation;

    public PhraseBank Bank { get; } = bank;

    public PersonPicker Picker { get; } = new(organisation);

    public Timeline Timeline { get; } = new(organisation.NewestSignal);

    public TextComposer Composer { get; } = new(bank);

    public SignalFactory Signals { get; } = new(organisation.Tenant);

    /// <summary>The language a person writes an item in: French speakers mostly French, others mostly English.</summary>
    public Language LanguageOf(Person person, Random random)
    {
        var frenchShare = person.PrefersFrench ? 0.8 : Organisation.IsFrancophoneOffice(person.OfficeLocation) ? 0.15 : 0.02;
        return random.NextDouble() < frenchShare ? Language.French : Language.English;
    }
}
