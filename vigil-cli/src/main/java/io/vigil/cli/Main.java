package io.vigil.cli;

/** Entry point of the {@code vigil} command. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    System.exit(VigilCommand.commandLine().execute(args));
  }
}
