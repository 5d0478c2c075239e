package io.vigil.cli;

/** Entry point of the {@code vigil} command. */
public final class Main {

  /**
   * Lucene reports at WARNING that it runs without the incubating vector API, which is not for
   * users; held here so the logger (and its level) is not garbage-collected.
   */
  private static final java.util.logging.Logger LUCENE_LOG =
      java.util.logging.Logger.getLogger("org.apache.lucene");

  private Main() {}

  public static void main(String[] args) {
    // Lucene reports at WARNING that it runs without the incubating vector API: not for users.
    java.util.logging.Logger.getLogger("org.apache.lucene")
        .setLevel(java.util.logging.Level.SEVERE);
    System.exit(VigilCommand.commandLine().execute(args));
  }
}
