package io.vigil.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.model.RawDocument;
import io.vigil.model.Rejection;
import io.vigil.model.Result;
import io.vigil.model.SourceKind;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileDocumentsTest {

  @TempDir Path dir;

  private final FileDocuments files = new FileDocuments(FileDocuments.DEFAULT_MAX_BYTES);

  @Test
  void readsATextFileWithAnIdFromItsName() throws IOException {
    Path p = Files.writeString(dir.resolve("017_story.txt"), "Talks resumed in Geneva.");
    RawDocument doc = ((Result.Ok<RawDocument>) files.read(p)).value();
    assertThat(doc.id()).isEqualTo("017_story");
    assertThat(doc.kind()).isEqualTo(SourceKind.TEXT_FILE);
  }

  @Test
  void sniffsHtmlWhateverTheExtension() throws IOException {
    Path p = Files.writeString(dir.resolve("page.dat"), "  <!DOCTYPE html><html><p>x</p></html>");
    RawDocument doc = ((Result.Ok<RawDocument>) files.read(p)).value();
    assertThat(doc.kind()).isEqualTo(SourceKind.HTML_FILE);
  }

  @Test
  void rejectsAMissingPath() {
    assertThat(reason(files.read(dir.resolve("nope.txt")))).isEqualTo(Rejection.Reason.NOT_FOUND);
  }

  @Test
  void rejectsAnEmptyFile() throws IOException {
    Path p = Files.createFile(dir.resolve("empty.txt"));
    assertThat(reason(files.read(p))).isEqualTo(Rejection.Reason.EMPTY);
  }

  @Test
  void rejectsAFileOverTheLimitWithoutReadingIt() throws IOException {
    Path p = dir.resolve("huge.txt");
    try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
      f.setLength(50L * 1024 * 1024);
    }
    Result<RawDocument> r = files.read(p);
    assertThat(reason(r)).isEqualTo(Rejection.Reason.TOO_LARGE);
    assertThat(((Result.Failed<RawDocument>) r).rejection().message())
        .isEqualTo("too large: 50.0 MB is over the limit of 10.0 MB (--max-bytes)");
  }

  @Test
  void rejectsADirectory() {
    assertThat(reason(files.read(dir))).isEqualTo(Rejection.Reason.UNREADABLE);
  }

  private static Rejection.Reason reason(Result<RawDocument> r) {
    return ((Result.Failed<RawDocument>) r).rejection().reason();
  }
}
