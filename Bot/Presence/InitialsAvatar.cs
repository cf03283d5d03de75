using System.Globalization;
using System.Text;
using SkiaSharp;

namespace ExpertBot.Presence;

/// <summary>
/// The avatar Teams draws for someone without a photo: their initials on a coloured circle, the colour fixed by
/// their id. A small PNG (a few hundred bytes) drawn with Skia, which ScottPlot already brings.
/// </summary>
internal static class InitialsAvatar
{
    /// <summary>Pixels a side: Teams shows a "Small" person image at 32 px; 40 keeps it sharp at 125 % zoom.</summary>
    public const int Size = 40;

    // Fluent's avatar colours, the darker shades: white initials keep WCAG contrast on each.
    private static readonly SKColor[] Palette =
    [
        new(0xA4, 0x26, 0x2C), new(0xCA, 0x50, 0x10), new(0x98, 0x6F, 0x0B), new(0x40, 0x78, 0x55),
        new(0x03, 0x83, 0x87), new(0x00, 0x78, 0xD4), new(0x40, 0x58, 0x7C), new(0x4F, 0x6B, 0xED),
        new(0x5C, 0x2E, 0x91), new(0x88, 0x17, 0x98), new(0xC2, 0x39, 0xB3), new(0xE3, 0x00, 0x8C),
        new(0x75, 0x0B, 0x1C), new(0x00, 0x5B, 0x70), new(0x8E, 0x56, 0x2E), new(0x7A, 0x75, 0x74),
    ];

    /// <summary>The PNG bytes of the avatar for a person.</summary>
    public static byte[] Draw(string personId, string displayName)
    {
        var info = new SKImageInfo(Size, Size, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(info);
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.Transparent);
        using (var circle = new SKPaint { Color = ColorOf(personId), IsAntialias = true, Style = SKPaintStyle.Fill })
        {
            canvas.DrawCircle(Size / 2f, Size / 2f, Size / 2f, circle);
        }

        var initials = Initials(displayName);
        // No font with these letters on the server (a bare container): the coloured circle alone, as Teams does for
        // names it cannot abbreviate.
        if (initials.Length > 0 && TypefaceFor(initials) is { } typeface)
        {
            using (var font = new SKFont(typeface, Size * 0.4f) { Edging = SKFontEdging.Antialias, Subpixel = true })
            using (var ink = new SKPaint { Color = SKColors.White, IsAntialias = true })
            {
                font.MeasureText(initials, out var bounds, ink);
                canvas.DrawText(initials, (Size / 2f) - bounds.MidX, (Size / 2f) - bounds.MidY, SKTextAlign.Left, font, ink);
            }
        }

        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }

    /// <summary>
    /// As Teams abbreviates: the first letter of the first and of the last word, upper case; bracketed parts
    /// ("Alice Martin (Contractor)") and words without letters are skipped.
    /// </summary>
    public static string Initials(string displayName)
    {
        var words = WithoutBrackets(displayName ?? string.Empty)
            .Split((char[])[' ', '\t', '\u00A0'], StringSplitOptions.RemoveEmptyEntries)
            .Select(FirstLetter)
            .Where(l => l.Length > 0)
            .ToArray();
        return words.Length switch
        {
            0 => string.Empty,
            1 => words[0],
            _ => words[0] + words[^1],
        };
    }

    /// <summary>Stable across processes and machines (string.GetHashCode is not): FNV-1a over the id's UTF-8 bytes.</summary>
    public static SKColor ColorOf(string personId)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(personId ?? string.Empty))
        {
            hash = unchecked((hash ^ b) * 16777619u);
        }

        return Palette[hash % (uint)Palette.Length];
    }

    private static string FirstLetter(string word)
    {
        var elements = StringInfo.GetTextElementEnumerator(word);
        while (elements.MoveNext())
        {
            var element = (string)elements.Current;
            if (char.IsLetterOrDigit(element, 0))
            {
                return element.ToUpper(CultureInfo.InvariantCulture);
            }
        }

        return string.Empty;
    }

    private static string WithoutBrackets(string name)
    {
        var builder = new StringBuilder(name.Length);
        var depth = 0;
        foreach (var c in name)
        {
            if (c is '(' or '[' or '{' or '<')
            {
                depth++;
            }
            else if (c is ')' or ']' or '}' or '>')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (depth == 0)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// A sans-serif face that has the letters. Skia's Linux build without fontconfig (the one ScottPlot brings) cannot
    /// match by character, so faces are tried by name, the usual ones of Windows and Linux first, then Skia's default.
    /// </summary>
    internal static SKTypeface? TypefaceFor(string initials) => Faces.Value.FirstOrDefault(face => face.ContainsGlyphs(initials));

    // Loaded once for the life of the process: a handful of faces, shared by every drawing.
    private static readonly Lazy<SKTypeface[]> Faces = new(() =>
    {
        var style = new SKFontStyle(SKFontStyleWeight.SemiBold, SKFontStyleWidth.Normal, SKFontStyleSlant.Upright);
        // A family that is not installed comes back as Skia's default face (a serif here): kept only under its own name.
        var named = new[] { "Segoe UI", "Liberation Sans", "DejaVu Sans", "Arial", "Noto Sans", "Helvetica" }
            .Select(family => (Family: family, Face: SKTypeface.FromFamilyName(family, style)))
            .Where(f => f.Face is not null && f.Face.GlyphCount > 0 && string.Equals(f.Face.FamilyName, f.Family, StringComparison.OrdinalIgnoreCase))
            .Select(f => f.Face);
        return [.. named, SKTypeface.Default];
    });
}
