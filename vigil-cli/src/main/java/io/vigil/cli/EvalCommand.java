package io.vigil.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code vigil eval ...}: Vigil's accuracy on public benchmarks; one subcommand per benchmark. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Measure Vigil's accuracy on a public benchmark.",
    subcommands = {EvalNerCommand.class, EvalBodyCommand.class, EvalQuotesCommand.class})
final class EvalCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "which benchmark? see 'vigil eval --help'");
  }
}
