namespace ExpertBot.About;

/// <summary>The privacy statement and terms the Teams manifest links to, served by the bot itself.</summary>
internal static class AboutPages
{
    private const string Privacy = """
        <!doctype html><html lang="en"><meta charset="utf-8"><title>ExpertBot — privacy</title>
        <body style="font-family:system-ui;max-width:42rem;margin:2rem auto;line-height:1.5">
        <h1>ExpertBot and your data</h1>
        <p>ExpertBot helps colleagues find who knows a topic. It reads, with your organisation's consent, your Microsoft 365
        profile (job title, department, the skills and projects you list) and the documents and channel messages you author in
        the teams and sites your administrator chose. It never reads mail, private chats or meeting transcripts.</p>
        <p>It stores endorsements colleagues give, your subscriptions and preferences, and the conversation it has with you.
        Items that are not visible to the whole organisation are never shown to anyone.</p>
        <p>Say <b>hide me</b> to stop being recommended anywhere, <b>show me</b> to come back, and <b>forget me</b> to have
        everything ExpertBot stored about you deleted. <span lang="fr">En français : « ne m'affichez pas », « affichez-moi »,
        « oubliez-moi ».</span></p>
        </body></html>
        """;

    private const string Terms = """
        <!doctype html><html lang="en"><meta charset="utf-8"><title>ExpertBot — terms</title>
        <body style="font-family:system-ui;max-width:42rem;margin:2rem auto;line-height:1.5">
        <h1>Terms of use</h1>
        <p>ExpertBot is provided by your organisation for finding colleagues who know a topic. Recommendations are based on
        evidence and may be incomplete; use them as a starting point for a conversation. Endorse only colleagues whose work
        you know.</p>
        </body></html>
        """;

    public static IEndpointRouteBuilder MapAboutPages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/privacy", () => Results.Content(Privacy, "text/html; charset=utf-8"));
        app.MapGet("/terms", () => Results.Content(Terms, "text/html; charset=utf-8"));
        return app;
    }
}
