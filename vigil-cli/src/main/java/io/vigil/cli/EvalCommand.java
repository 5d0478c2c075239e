package io.vigil.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code vigil eval ...}: Vigil's published accuracy, re-computed on a benchmark folder. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Measure Vigil on a benchmark folder.",
    subcommands = {EvalBodyCommand.class})
final class EvalCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is needed: body");
  }
}
