using PaperGraph.App.Cli;

return await PaperGraphCli.RunAsync(args, CliConsole.System);
