namespace ExpertBot.Hosting;

/// <summary>
/// Every [LoggerMessage] event id of the bot, in one place, so that an alert or a query on an id finds one
/// event only. Each feature owns a range of a thousand; a new event takes the next free number of its block.
/// EventIdsTests prove that no number is used twice, here or in a [LoggerMessage].
/// </summary>
internal static class EventIds
{
    /// <summary>1000–1999: the Bot Framework protocol (10xx inbound, 11xx connector).</summary>
    public static class Teams
    {
        public const int DevelopmentMode = 1000;
        public const int ActivityRefused = 1001;
        public const int ActivityMalformed = 1002;
        public const int Authenticated = 1003;
        public const int KeyFetchFailed = 1011;
        public const int ConnectorUnreachable = 1102;
        public const int ConnectorFailure = 1103;
        public const int TurnRedelivered = 1201;
        public const int TurnQueueFull = 1202;
        public const int TurnFailed = 1203;
        public const int TurnsAbandoned = 1204;
    }

    /// <summary>2000–2999: the organisation snapshot.</summary>
    public static class Snapshots
    {
        public const int Loaded = 2001;
        public const int LoadFailed = 2002;
        public const int NotConfigured = 2003;
        public const int CacheIgnored = 2004;
    }

    /// <summary>3000–3999: turns (30xx) and their flows (31xx endorsements, 32xx the results card's photos and presence).</summary>
    public static class Conversation
    {
        public const int UnknownInvoke = 3002;
        public const int SharedCardIgnored = 3003;
        public const int FeatureFailed = 3004;
        public const int InvokeTooSlow = 3005;
        public const int ReplyRefused = 3006;
        public const int EndorsementOutcome = 3101;
        public const int PhotoUnavailable = 3201;
        public const int PresenceUnavailable = 3202;
    }

    /// <summary>4000–4999: the Microsoft Graph sync (410x transport, 411x $batch, 412x–414x sources, 415x–416x runs).</summary>
    public static class Graph
    {
        public const int Retrying = 4101;
        public const int BatchRetrying = 4111;
        public const int BatchUnreadable = 4112;
        public const int BatchFailed = 4113;
        public const int PeopleResync = 4121;
        public const int PeopleMalformed = 4122;
        public const int PeopleInactive = 4123;
        public const int PeopleErased = 4124;
        public const int DocumentsResync = 4131;
        public const int DocumentsMalformed = 4132;
        public const int DocumentPrivate = 4133;
        public const int ChannelResync = 4141;
        public const int ChannelMalformed = 4142;
        public const int SyncCompleted = 4151;
        public const int SourceFailed = 4152;
        public const int SourceWaiting = 4153;
        public const int ContentPostponed = 4154;
        public const int TeamSkipped = 4155;
        public const int NotConfigured = 4161;
        public const int SyncFailed = 4162;
        public const int LeaseHeld = 4163;
        public const int LeaseLost = 4164;
        public const int IndexPublished = 4165;
        public const int NoSources = 4166;
        public const int PhotosSynced = 4171;
        public const int PhotoSkipped = 4172;
    }

    /// <summary>5000–5999: endorsements.</summary>
    public static class Endorsements
    {
        public const int NoticeFailed = 5101;
    }

    /// <summary>6000–6999: the weekly digest (60xx sending, 61xx schedule, 63xx retention).</summary>
    public static class Digest
    {
        public const int Run = 6001;
        public const int NoEvidence = 6002;
        public const int SubscriberRemoved = 6003;
        public const int SendFailed = 6004;
        public const int ClaimLost = 6005;
        public const int ExpiredClaimResent = 6006;
        public const int SentButNotRecorded = 6007;
        public const int NextRun = 6101;
        public const int ScheduleFailed = 6102;
        public const int LeaseHeldElsewhere = 6103;
        public const int LeaseLost = 6104;
        public const int WeekIncomplete = 6105;
        public const int WeekComplete = 6106;
        public const int DevDigestRefused = 6201;
        public const int RetentionPurged = 6301;
        public const int RetentionFailed = 6302;
    }

    /// <summary>9000–9999: routing questions to experts ("Ask them") and thanks.</summary>
    public static class Routing
    {
        public const int Asked = 9001;
        public const int CandidateSkipped = 9002;
        public const int Accepted = 9003;
        public const int Exhausted = 9004;
        public const int SendFailed = 9005;
        public const int Thanked = 9006;
        public const int DueFailed = 9101;
        public const int ScanFailed = 9102;
        public const int Erased = 9201;
    }

    /// <summary>7000–7999: hosting and operations (health, telemetry).</summary>
    public static class Hosting
    {
        public const int StorageNotReady = 7001;
    }

    /// <summary>8000–8999: availability (presence, out of office) read for cards and routed questions.</summary>
    public static class Presence
    {
        public const int Forbidden = 8001;
        public const int Failed = 8002;
        public const int OutOfOfficeForbidden = 8003;
        public const int OutOfOfficeFailed = 8004;
        public const int DemoLoaded = 8011;
        public const int DemoUnreadable = 8012;
    }
}
