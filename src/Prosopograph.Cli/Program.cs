using System.CommandLine;
using Prosopograph.Cli;

var root = new RootCommand("Prosopograph's curator tools: check a corpus folder, make a write key, draft an annotation.");
root.Subcommands.Add(ValidateCommand.Create());
root.Subcommands.Add(KeyCommand.Create());
root.Subcommands.Add(SuggestCommand.Create());
return root.Parse(args).Invoke();
