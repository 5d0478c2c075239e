package io.vigil.cli;

import io.vigil.model.RawDocument;
import io.vigil.pipeline.Pipeline;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vigil demo}: the bundled sample articles through the whole pipeline. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = "Run the pipeline on Vigil's bundled sample articles and show what it found.")
final class DemoCommand implements Callable<Integer> {

  /** The bundled samples: articles written for Vigil, in the CLI's resources. */
  static final List<String> SAMPLES =
      List.of("01-jeddah-talks.txt", "02-baghdad-coalition.txt", "03-ankara-evacuation.txt");

  @Option(names = "--json", description = "One JSON object per article and line.")
  boolean json;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Output out = new Output(spec.commandLine().getOut(), spec.commandLine().getErr(), json);
    Pipeline pipeline = Pipeline.standard();
    int failed = 0;
    for (String name : SAMPLES) {
      failed += out.print(pipeline.process(sample(name))) ? 0 : 1;
    }
    if (!json) {
      spec.commandLine()
          .getOut()
          .println("Next: ./vigil extract FILE... [--json]   (text or HTML articles)");
    }
    return failed == 0 ? 0 : 1;
  }

  static RawDocument sample(String name) {
    try (InputStream in = DemoCommand.class.getResourceAsStream("samples/" + name)) {
      if (in == null) {
        throw new IllegalStateException("sample " + name + " is missing from the vigil-cli jar");
      }
      String id = name.substring(0, name.lastIndexOf('.'));
      return RawDocument.ofText(
          id, "sample:" + name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
