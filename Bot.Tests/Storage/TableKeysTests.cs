using System.Text;
using ExpertBot.Storage;

namespace ExpertBot.Tests.Storage;

/// <summary>Any id becomes a valid Table key part, the same one every time, and different ids never share one.</summary>
public sealed class TableKeysTests
{
    [Theory]
    [InlineData("a:conv-1", "a:conv-1")]
    [InlineData("19:abc@thread.tacv2;messageid=1", "19:abc@thread.tacv2;messageid=1")]
    [InlineData("a/b\\c#d?e%f~g|h", "a~2Fb~5Cc~23d~3Fe~25f~7Eg~7Ch")]
    [InlineData("tab\there", "tab~09here")]
    public void Short_ids_are_escaped_as_before(string id, string key) => Assert.Equal(key, TableKeys.Encode(id));

    [Theory]
    [InlineData(300, 'c')]
    [InlineData(2000, 'c')]
    [InlineData(200, 'é')]
    [InlineData(150, '字')]
    [InlineData(400, '/')]
    public void Long_ids_become_a_bounded_key_with_no_forbidden_characters(int length, char c)
    {
        var id = new string(c, length);

        var key = TableKeys.Encode(id);

        Assert.True(Encoding.UTF8.GetByteCount(key) <= TableKeys.MaxPartBytes, key);
        Assert.DoesNotContain(key, ch => ch is '/' or '\\' or '#' or '?' or '|' || char.IsControl(ch) || char.IsSurrogate(ch));
        Assert.Contains("~~", key, StringComparison.Ordinal);
        Assert.Equal(key, TableKeys.Encode(new string(c, length)));
    }

    [Fact]
    public void Long_ids_that_differ_only_at_the_end_get_different_keys()
    {
        var a = new string('x', 1000) + "a";
        var b = new string('x', 1000) + "b";

        Assert.NotEqual(TableKeys.Encode(a), TableKeys.Encode(b));
    }

    [Fact]
    public void Lone_surrogates_are_escaped_and_distinct()
    {
        var high = TableKeys.Encode("x\ud800");
        var low = TableKeys.Encode("x\udc00");

        Assert.Equal("x~uD800", high);
        Assert.Equal("x~uDC00", low);
        Assert.Equal("😀", TableKeys.Encode("😀"));
    }

    [Fact]
    public void Long_ids_with_lone_surrogates_hash_apart()
    {
        var a = new string('x', 300) + "\ud800";
        var b = new string('x', 300) + "\ud801";

        Assert.NotEqual(TableKeys.Encode(a), TableKeys.Encode(b));
    }

    [Fact]
    public void A_composite_of_two_long_parts_fits_a_table_key()
    {
        var key = TableKeys.Partition(new string('t', 3000), new string('字', 3000));

        Assert.True(key.Length <= 512, $"{key.Length} characters");
        Assert.True(Encoding.UTF8.GetByteCount(key) <= 1024, $"{Encoding.UTF8.GetByteCount(key)} bytes");
    }
}
