using System.CommandLine;

namespace GraphNews.Cli.Hosting;

/// <summary>
/// Input-list arguments take any token, so a mistyped option (<c>--paralel 2</c>) would otherwise be read as a
/// file name; it is reported as an unknown option instead. A lone <c>-</c> (standard input) stays allowed.
/// </summary>
internal static class InputArguments
{
    public static Argument<string[]> RejectingUnknownOptions(this Argument<string[]> argument)
    {
        argument.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => t.Value.Length > 1 && t.Value.StartsWith('-')))
            {
                result.AddError($"Unrecognized option '{token.Value}'. Run with --help to see the options.");
            }
        });
        return argument;
    }
}
