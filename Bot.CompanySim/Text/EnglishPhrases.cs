namespace ExpertBot.CompanySim.Text;

/// <summary>English templates, written for this generator.</summary>
internal static class EnglishPhrases
{
    public static readonly Phrases Instance = new()
    {
        Sentences =
        [
            "We spent most of the sprint on the {a}, and the {b} is now much more predictable.",
            "The root cause was the {a}; once we fixed it, the {b} behaved as expected.",
            "Before changing the {a}, check the {b} and write down what you see.",
            "I have put together a short checklist covering the {a}, the {b} and the usual pitfalls.",
            "In my experience the {a} matters more than the {b}, especially when deadlines are tight.",
            "The draft now covers the {a} in detail and the {b} at a high level.",
            "If the {a} looks wrong, the {b} is usually the first place to look.",
            "We agreed to standardise the {a} across teams and to document the {b}.",
            "Attached are my notes on the {a}; the section on the {b} still needs a review.",
            "The work on the {a} took longer than planned because of the {b}.",
            "A quick tip: keep the {a} separate from the {b}, it saves a lot of rework.",
            "I compared three approaches to the {a} and the simplest one won.",
            "The {b} depends on the {a}, so we should sequence the two carefully.",
            "Happy to walk anyone through the {a} and how it interacts with the {b}.",
            "We also cleaned up the {a} and removed two obsolete steps around the {b}.",
            "Last week's incident came down to the {a}, which nobody had looked at since the {b} was introduced.",
            "My recommendation is to automate the {a} first and revisit the {b} next quarter.",
            "The numbers look better now: fewer surprises with the {a} and a cleaner {b}.",
            "I paired with the new joiner on the {a} and we wrote down how the {b} fits in.",
            "There are two open questions: who owns the {a}, and whether the {b} needs sign-off.",
            "Please do not change the {a} without telling the team, the {b} relies on it.",
            "The trick with the {a} is to test it on a small scope before rolling out the {b}.",
        ],
        TopicSentences =
        [
            "This is how we now approach {T} for the {a}.",
            "Our {T} work this quarter focused on the {a} and the {b}.",
            "For anyone new to {T}: start with the {a}, then read up on the {b}.",
            "The {T} side is stable; the open item is the {a}.",
            "Most {T} issues I see come down to the {a}.",
            "I updated our {T} guidelines with a section on the {b}.",
            "With {T}, the {a} is where most teams get it wrong.",
            "We reviewed the {T} setup end to end, starting with the {a}.",
        ],
        SiblingSentences =
        [
            "Unlike {S}, {T} handles the {a} differently, so do not copy the old settings.",
            "We migrated the last {S} workload last quarter; the {a} was the hardest part.",
            "Compared with {S}, the {a} here is simpler, but watch the {b}.",
            "Some teams still run {S}, and the {a} behaves differently there.",
            "If you come from {S}, the {a} will feel familiar, the {b} will not.",
        ],
        CompanionSentences =
        [
            "We use it together with {S} for the {a}.",
            "Most of this only works because {S} and {T} are set up consistently.",
            "The {S} side of this is covered in a separate note; here I focus on the {a}.",
            "Combining {T} with {S} made the {b} much easier.",
        ],
        NamedTitles =
        [
            "{T}: notes on the {a}", "{T} runbook: {a}", "How we handle the {a} in {T}", "{T} design review – {a}",
            "{T} lessons learned", "{T} guide: {a} and {b}", "{T} checklist",
        ],
        UnnamedTitles =
        [
            "Notes on the {a}", "Runbook: {a}", "Post-mortem: {a}", "Guide to the {a} and the {b}", "Design review – {a}",
            "Lessons learned on the {a}", "How-to: {a}",
        ],
        DocumentOpeners =
        [
            "Purpose: this document describes the {a} and how it relates to the {b}.",
            "Scope: the {a}, the {b} and the decisions we took along the way.",
            "Context: several teams asked for a single reference on the {a}.",
        ],
        AnswerOpeners =
        [
            "Good question.", "Short answer: it depends on the {a}.", "I ran into the same thing last month.",
            "Yes, this is a known one.", "Two things to check first.",
        ],
        MessageOpeners = ["Quick update:", "FYI,", "Heads up:", "Hi team,", "Morning all,"],
        CommentOpeners = ["Looks good to me.", "One remark:", "Agree with the approach.", "Small nit:", "Nice write-up."],
        PostOpeners = ["Sharing some notes from this week.", "A few lessons from our recent project.", "Something I learned the hard way:"],
        WorkQuestions =
        [
            "Has anyone dealt with the {a} when the {b} changes at the same time?",
            "What is our standard for the {a}? I could not find it in the wiki.",
            "Is there a reason the {a} is configured this way? It makes the {b} harder.",
        ],
        Closers =
        [
            "Let me know if you have questions.", "Thanks to everyone who helped.", "More details in the shared folder.",
            "Feedback welcome.", "I will keep this page up to date.", "",
        ],
        NamedMeetingTitles = ["{T} working session", "{T}: {a} deep dive", "{T} office hours", "Review: {T} {a}"],
        UnnamedMeetingTitles = ["Working session: {a}", "Deep dive on the {a}", "Review of the {b}", "Sync on the {a}"],
        MeetingBodies =
        [
            "Agenda: 1) the {a} 2) the {b} 3) next steps.",
            "Goal: agree on the {a} before we touch the {b}.",
            "We will go through the {a}; please bring your questions on the {b}.",
        ],
        GenericMessages =
        [
            "Can we move our call to the afternoon?", "Thanks for the update, I will review it tomorrow.",
            "I am out of office on Friday, {name} will cover.", "Reminder: timesheets are due today.",
            "Did anyone book a meeting room for Thursday?", "Lunch at the usual place?",
            "The slides from this morning are in the team folder.", "Running five minutes late, sorry.",
            "Congrats to {name} on the promotion!", "Who is joining the town hall tomorrow?",
            "Could you send me the latest version of the {w}?", "I added my comments on the {w}.",
        ],
        GenericMeetingTitles =
        [
            "Team weekly", "1:1 with {name}", "Quarterly planning", "All hands", "Retrospective", "Project kickoff",
            "Coffee chat", "Offsite preparation", "Review of the {w}", "Welcome {name}",
        ],
        GenericWork =
        [
            "The {w} is ready for review and I have flagged the open points.",
            "We discussed the {w} with the wider team and agreed on next steps.",
            "Please add your input to the {w} by the end of the week.",
            "I have updated the {w} after yesterday's discussion.",
            "The {w} slipped by a few days, nothing critical.",
            "Thanks to {name} for the help on the {w}.",
            "The priorities for next month are the {w} and the {w2}.",
            "Nothing blocking on my side, the {w} is on track.",
        ],
        GenericTitles = ["Update on the {w}", "{w}: summary", "Team notes", "Monthly update", "Planning for the {w}"],
        ManagerStatus =
        [
            "Status update from the team: the {T} work is on track and {T2} is slightly behind. Thanks everyone for the effort.",
            "Quick {T} update for leadership: staffing is confirmed, budget is approved, next review in two weeks.",
            "Our {T} roadmap for next quarter is now published. Reach out if your team depends on {T}.",
            "Great progress on {T} this month. {T2} hiring continues and we expect two new starters.",
            "Reminder that all {T} requests go through the team intake form. {T} and {T2} priorities are reviewed every Monday.",
        ],
        ManagerMeetingTitles = ["{T} weekly sync", "{T} roadmap review", "{T} team staffing", "Steering committee: {T} and {T2}", "{T} budget review"],
        ManagerMessages =
        [
            "Who on the team can pick up the {T} request from finance?",
            "Can someone from the {T} team join the call with the customer tomorrow?",
            "Please send me your {T} status by Thursday for the leadership deck.",
        ],
        AskerQuestions =
        [
            "Does anyone know {T}? I need help with the {a}.",
            "Quick question: who is the right person for {T} here?",
            "Is there someone who knows {T} well? We are stuck on the {a}.",
            "Any {T} people around? I have a question about the {a}.",
            "Where can I find documentation on {T}? Looking for something on the {a}.",
        ],
        PromoTitles = ["Why {T} changes everything", "Excited to share my journey with {T}", "{T} is the future", "5 reasons {T} will transform how we work", "My {T} story"],
        PromoSentences =
        [
            "Excited to share my journey with {T}! {tag}",
            "{T} is a game changer and I am all in on {T}. {tag}",
            "Just completed another {T} learning path. So proud! {tag} #growth",
            "Honoured to be a {T} champion in this company. {tag}",
            "If you are not on the {T} train yet, you are missing out. {tag}",
            "Thrilled to be speaking about {T} at the next lunch and learn. {tag}",
            "{T} mindset: learn, share, repeat. {tag} #leadership",
        ],
        RingSentences =
        [
            "Great session with {name} on {T} today! {tag}",
            "Shout-out to {name}, a true {T} expert. {tag}",
            "Proud of our {T} community with {name} and the team. {tag}",
            "Thanks {name} for the amazing {T} insights! {tag}",
        ],
        AboutMe =
        [
            "{title} in the {dept} team, based in {office}.",
            "I work in {dept} from our {office} office. Ask me anything about how the team works.",
            "{title}, {office}. Joined the company a few years ago.",
        ],
        AboutMeTopic = ["Most of my work is on {T}.", "I look after {T} for the team.", "Happy to help with {T} questions."],
        AboutMePromoter = ["Passionate {T} evangelist and thought leader. {tag}", "{T} enthusiast. Always learning, always sharing. {tag}"],
        PastProjects = ["{T} rollout ({year})", "Overhaul of the {a} ({year})", "{a} improvement programme", "{T} migration"],
    };
}
