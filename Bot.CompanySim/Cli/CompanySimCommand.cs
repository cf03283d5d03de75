using System.Diagnostics;
using ExpertBot.CompanySim.Generation;
using ExpertBot.CompanySim.Output;

namespace ExpertBot.CompanySim.Cli;

/// <summary>Parses the options, generates the organisation and writes it; a summary goes to stderr.</summary>
internal static class CompanySimCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter stderr, CancellationToken cancellationToken = default)
    {
        SimOptions options;
        try
        {
            options = SimOptions.Parse(args);
        }
        catch (ArgumentException ex)
        {
            await stderr.WriteLineAsync($"{ex.Message}\n{SimOptions.Usage}");
            return 2;
        }

        var watch = Stopwatch.StartNew();
        var company = CompanyGenerator.Generate(options.People, options.Seed, options.AsOf);
        await CompanyWriter.WriteAsync(company, options.Out, cancellationToken);
        var plan = company.Plan;
        await stderr.WriteLineAsync(
            $"{company.People.Count} people, {company.Items.Count} items ({company.Items.Average(i => i.Text.Length):0} chars on average), " +
            $"{company.Endorsements.Count} endorsements, {company.Queries.Count} queries; " +
            $"{plan.Real.Count} real roles, {plan.Managers.Count} manager roles, {plan.SelfPromoters.Count} self-promoters, " +
            $"{plan.Rings.Count} rings, {plan.Siblings.Count} sibling experts; seed {options.Seed}, as of {options.AsOf:yyyy-MM-dd}; " +
            $"{watch.ElapsedMilliseconds} ms → {options.Out}");
        return 0;
    }
}
