package io.vigil.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level {@code vigil} command; every subcommand is registered here. */
@Command(
    name = "vigil",
    mixinStandardHelpOptions = true,
    version = "Vigil 0.1.0",
    description = "News intelligence: who said what, did what, where and when, with evidence.",
    subcommands = {
      DemoCommand.class,
      ExtractCommand.class,
      BenchCommand.class,
      EvalCommand.class,
      EntityCommand.class,
      IngestCommand.class,
      WatchCommand.class,
      CommandLine.HelpCommand.class
    })
public final class VigilCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is needed");
  }

  /** The command line with Vigil's error handling: one line on stderr, exit 1. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new VigilCommand());
    cl.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          PrintWriter err = commandLine.getErr();
          err.println("vigil: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
          if (parseResult.hasMatchedOption("--verbose")) {
            e.printStackTrace(err);
          }
          err.flush();
          return 1;
        });
    return cl;
  }
}
