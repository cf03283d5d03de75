namespace ExpertBot.Expertise;

/// <summary>
/// Unsigned numbers in 7-bit groups, low group first, the high bit of a byte saying that another follows: what a
/// build holds compactly (postings' gaps, the topic model's word ids) while it collects.
/// </summary>
internal static class VarInt
{
    /// <summary>The most bytes one number takes.</summary>
    public const int MostBytes = 5;

    public static void Write(byte[] bytes, ref int at, uint value)
    {
        for (; value >= 0x80; value >>= 7)
        {
            bytes[at++] = (byte)(value | 0x80);
        }

        bytes[at++] = (byte)value;
    }

    public static int Read(byte[] bytes, ref int at)
    {
        var value = 0;
        for (var shift = 0; ; shift += 7)
        {
            var b = bytes[at++];
            value |= (b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }
    }
}
