package io.vigil.nlp.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerFileTest {

  @TempDir Path root;

  @Test
  void prefersTheSystemPropertyThenTheEnvironment() {
    assertThat(GazetteerFile.find("/a.json", "/b.json", root)).contains(Path.of("/a.json"));
    assertThat(GazetteerFile.find(" ", "/b.json", root)).contains(Path.of("/b.json"));
  }

  @Test
  void findsTheInstalledFileInAParentOfTheWorkingDirectory() throws IOException {
    Path installed = root.resolve(GazetteerFile.INSTALLED);
    Files.createDirectories(installed.getParent());
    Files.writeString(installed, "[]");
    Path module = Files.createDirectories(root.resolve("vigil-nlp"));
    assertThat(GazetteerFile.find(null, null, module)).contains(installed);
  }

  @Test
  void findsNothingWhenNothingIsConfiguredOrInstalled() {
    assertThat(GazetteerFile.find(null, "", root)).isEmpty();
  }
}
