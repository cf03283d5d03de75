namespace ExpertBot.Demo;

/// <summary>English sentences for synthetic evidence; the French ones are in EvidenceTemplates.French.cs.</summary>
internal static partial class EvidenceTemplates
{
    public static LanguageTemplates For(bool french) => french ? French : English;

    public static LanguageTemplates English { get; } = new()
    {
        And = "and",
        DocumentTitles =
        [
            "{t}: {x} – design notes", "How we handle {x} ({t})", "{t} guidelines v{n}", "Lessons learned from {x}",
            "Proposal: {x} for {yr}", "Checklist – {x}", "Q{q} {yr} {t} roadmap", "{t} FAQ for the {d} team",
        ],
        TechDocumentTitles = ["Runbook: {x} on {t}", "Post-mortem: {x} incident", "ADR-{n}: {x}", "Upgrading {t}: {x} step by step"],
        LawDocumentTitles = ["Memo: {x} under {t}", "Template clause – {x}", "Briefing for managers: {x}", "{t} update: what changes for {x}"],
        BusinessDocumentTitles = ["{t} monthly report – {x}", "Process map: {x}", "Dashboard commentary: {x}", "{t} review – {x} in {o}"],
        Openings =
        [
            "This note summarises where we landed on {x}.", "Context: {x} came up again in last week's review.",
            "Following the workshop in {o}, here is the plan for {x}.",
            "Writing this down so the next person does not have to rediscover {x}.", "Short version first, details below.",
        ],
        Bodies =
        [
            "It covers how {t} applies to {y}, with the trade-offs we saw in practice.",
            "The main point: keep {y} consistent with our {t} standards.",
            "We compared two approaches to {x} for {t} and recommend the simpler one.",
            "Most of our {t} issues came from {y}, so that is where the checklist starts.",
            "On the {t} side, {x} no longer needs manual steps; {y} is next.",
        ],
        Closings = ["Comments welcome before Friday.", "Ping me if anything is unclear.", "Next review planned for Q{q}.", "Thanks {p} for the careful review.", ""],
        PostTitles = ["Sharing our notes on {x} ({t})", "What we learned from {x}", "{t} tip of the week: {x}", "Five myths about {t}"],
        PostTexts =
        [
            "Sharing what the {d} team learned about {x}. TL;DR for {t}: sort out {y} first. Feedback welcome!",
            "A few of you asked about {x}. Our {t} write-up is in the team folder; the part on {y} is the one to read.",
            "{t} in practice: we spent {n} weeks on {x} and it paid off. Happy to walk anyone through {y}.",
        ],
        AnswerTitles = ["Re: {x}?", "Re: question about {y}", "Answer: {x} with {t}"],
        AnswerTexts =
        [
            "For {x} with {t}, start with {y}; we did exactly this last quarter and it held up.",
            "Short answer: yes. In {t} the usual trap is {y} – check that first.",
            "I'd avoid changing {x} directly; our {t} guideline covers it, section {n}.",
            "We hit the same thing in {o}. The fix on the {t} side was {y}; happy to pair on it.",
        ],
        MessageTexts =
        [
            "Quick update on {x}: done on the {t} side, rolling out tomorrow morning.",
            "Heads-up: {x} needs a decision this week – I've put the {t} options in the doc.",
            "Done with {x}. Next on my {t} list: {y}.",
            "{p}, I reviewed {x}; two comments on {y}, otherwise good to go from the {t} side.",
        ],
        QuestionTitles = ["Question: {x}", "Help needed with {y}"],
        QuestionTexts =
        [
            "Has anyone dealt with {x} in {t}? We're stuck on {y}.",
            "What's our standard for {y}? Asking for a {t} change we're planning.",
        ],
        MeetingTitles = ["Design review: {x} ({t})", "{t} working group – {x}", "Workshop: {x} for {t}"],
        MeetingTexts = ["Agenda: {x}, open questions on {y}.", "Walkthrough of {x}; decisions needed on {y}."],
        ManagerMeetingTitles = ["Weekly sync: {l} roadmap", "{d} leadership meeting: {l}", "Quarterly planning – {l}", "Steering committee: {l}"],
        ManagerMeetingTexts = ["Status round-table on each stream; decisions and owners in the minutes.", "Priorities for Q{q}, staffing and risks."],
        PrivateTopicTitles = ["Draft (confidential): {x} – options", "Confidential: {t} restructuring scenarios"],
        PrivateTopicTexts = ["Not for circulation. {t} options for {x}, with the people impact of each."],
        PrivateTitles = ["Salary review – confidential", "Performance review notes – {p}", "Personal: medical appointment", "Compensation bands {yr} (confidential)"],
        PrivateTexts = ["Confidential – do not forward.", "Personal note, not for sharing."],
        FillerTitles =
        [
            "Team offsite – practical details", "Notes from the all-hands", "Q{q} objectives check-in", "Expense reports due Friday",
            "Welcome to our new joiners", "Holiday cover rota", "Desk booking in the {o} office", "Feedback on the new intranet",
            "Lunch & learn next Thursday", "Minutes: {d} team meeting", "Parking and access badges", "Quarterly business review prep",
        ],
        FillerTexts =
        [
            "Reminder: please submit your expense reports before Friday.", "Thanks everyone for a great session, slides are in the team folder.",
            "I'll be out of office next week; {p} is covering.", "Agenda and room details for the {o} meetup are attached.",
            "Can someone share the link to the updated org chart?", "Great work this quarter, {d} team!",
            "Please update your availability in the shared calendar.", "The {o} office will be closed on Monday for maintenance.",
        ],
        ViralTitles = ["This changed how I think about {t}", "Unpopular opinion on {t}"],
        ViralTexts = ["Three things I wish I had known about {x}. (Reposted from a conference talk – thanks for all the shares!)"],
        PromotionTitles = ["Excited to share my perspective on {t}!"],
        PromotionTexts = ["Proud to be recognised as a thought leader. Let's connect!"],
        ClaimAboutMe =
        [
            "Passionate {j} and recognised expert in {l}. Certified, hands-on and always happy to help.",
            "Thought leader in {l}. I help teams transform and deliver value at scale.",
        ],
        WorkAboutMe = ["I work on {l} in the {d} team.", "{j} in {o}. Mostly {l} these days."],
        ManagerResponsibility = "Lead the {d} team ({o}): {l}",
        ClaimedPastProject = "Led the company-wide {t} transformation",
        GenericSkills = ["Stakeholder management", "Public speaking", "Excel", "Agile", "Negotiation", "Coaching"],
    };
}
