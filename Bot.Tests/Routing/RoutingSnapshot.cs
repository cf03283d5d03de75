namespace ExpertBot.Tests.Routing;

/// <summary>
/// Five colleagues whose work shows Kubernetes (Léa, French-speaking, most recently; Inès least), the asker, and
/// someone who knows nothing of it. Everyone has a user principal name, for the chat links.
/// </summary>
internal static class RoutingSnapshot
{
    public static string Write()
    {
        var directory = Path.Combine(Path.GetTempPath(), "expertbot-tests", "routing-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        File.WriteAllLines(Path.Combine(directory, "people.jsonl"),
        [
            """{"id":"p-lea","displayName":"Léa Martin","userPrincipalName":"lea.martin@contoso.com","jobTitle":"Ingénieure plateforme","department":"Infrastructure","preferredLanguage":"fr-FR"}""",
            """{"id":"p-omar","displayName":"Omar Haddad","userPrincipalName":"omar.haddad@contoso.com","jobTitle":"SRE","department":"Infrastructure"}""",
            """{"id":"p-priya","displayName":"Priya Nair","userPrincipalName":"priya.nair@contoso.com","jobTitle":"DevOps engineer","department":"Platform"}""",
            """{"id":"p-tom","displayName":"Tom Becker","userPrincipalName":"tom.becker@contoso.com","jobTitle":"Developer","department":"Payments"}""",
            """{"id":"p-ines","displayName":"Inès Costa","userPrincipalName":"ines.costa@contoso.com","jobTitle":"Developer","department":"Data"}""",
            """{"id":"p-dana","displayName":"Dana Scully","userPrincipalName":"dana.scully@contoso.com","jobTitle":"Analyst","department":"Finance"}""",
            """{"id":"p-zed","displayName":"Zed Quinn","userPrincipalName":"zed.quinn@contoso.com","jobTitle":"Office manager","department":"Facilities"}""",
        ]);
        File.WriteAllLines(Path.Combine(directory, "signals.jsonl"),
        [
            Signal("l1", "p-lea", "2026-11-10", "Kubernetes node drain and upgrade runbook", "Drain Kubernetes nodes one by one before a cluster upgrade; cordon, drain, upgrade the node pool."),
            Signal("l2", "p-lea", "2026-11-05", "Kubernetes pod disruption budgets", "Pod disruption budgets keep Kubernetes workloads available during node drains."),
            Signal("l3", "p-lea", "2026-10-20", "Kubernetes cluster autoscaler notes", "How the Kubernetes cluster autoscaler adds and removes nodes."),
            Signal("o1", "p-omar", "2026-10-25", "Kubernetes upgrade checklist", "Checklist for upgrading Kubernetes clusters and draining nodes."),
            Signal("o2", "p-omar", "2026-10-01", "Kubernetes ingress troubleshooting", "Debugging Kubernetes ingress controllers."),
            Signal("p1", "p-priya", "2026-09-15", "Helm charts on Kubernetes", "Packaging services as Helm charts for our Kubernetes clusters."),
            Signal("p2", "p-priya", "2026-08-20", "Kubernetes secrets rotation", "Rotating Kubernetes secrets safely."),
            Signal("t1", "p-tom", "2026-07-10", "Running the payments service on Kubernetes", "Deploying the payments service to Kubernetes."),
            Signal("i1", "p-ines", "2026-05-10", "Spark jobs on Kubernetes", "Running Spark batch jobs on Kubernetes."),
            Signal("z1", "p-zed", "2026-11-01", "Office move checklist", "Boxes, desks and badges for the office move."),
            Signal("d1", "p-dana", "2026-11-02", "Quarterly budget review", "Budget review for the quarter."),
        ]);
        return directory;
    }

    private static string Signal(string id, string person, string date, string title, string text) =>
        $$"""{"id":"{{id}}","personId":"{{person}}","timestamp":"{{date}}T09:00:00Z","kind":"document","title":"{{title}}","text":"{{text}}"}""";
}
