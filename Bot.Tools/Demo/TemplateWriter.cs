using System.Text;

namespace ExpertBot.Demo;

/// <summary>Fills templates into one reused buffer: two million items must not mean two million builders.</summary>
internal sealed class TemplateWriter
{
    private readonly StringBuilder builder = new(512);

    public string Fill(string template, in TemplateSlots slots)
    {
        builder.Clear();
        Append(template, slots);
        return Finish();
    }

    /// <summary>Joins non-empty sentences with a space.</summary>
    public string Sentences(string first, string second, string third, in TemplateSlots slots)
    {
        builder.Clear();
        Append(first, slots);
        if (second.Length > 0)
        {
            builder.Append(' ');
            Append(second, slots);
        }

        if (third.Length > 0)
        {
            builder.Append(' ');
            Append(third, slots);
        }

        return Finish();
    }

    private string Finish()
    {
        if (builder.Length > 0 && char.IsLower(builder[0]))
        {
            builder[0] = char.ToUpperInvariant(builder[0]);
        }

        return builder.ToString();
    }

    private void Append(string template, in TemplateSlots s)
    {
        var span = template.AsSpan();
        while (span.Length > 0)
        {
            var open = span.IndexOf('{');
            if (open < 0)
            {
                builder.Append(span);
                return;
            }

            builder.Append(span[..open]);
            var close = span[open..].IndexOf('}') + open;
            var key = span[(open + 1)..close];
            switch (key)
            {
                case "t": builder.Append(s.Topic); break;
                case "x": builder.Append(s.Term); break;
                case "y": builder.Append(s.OtherTerm); break;
                case "d": builder.Append(s.Department); break;
                case "o": builder.Append(s.Office); break;
                case "p": builder.Append(s.Colleague); break;
                case "l": builder.Append(s.List); break;
                case "j": builder.Append(s.JobTitle); break;
                case "yr": builder.Append(s.Year); break;
                case "q": builder.Append(s.Quarter); break;
                case "n": builder.Append(s.Number); break;
                default: throw new InvalidOperationException($"Unknown placeholder {{{key}}} in template \"{template}\".");
            }

            span = span[(close + 1)..];
        }
    }
}
