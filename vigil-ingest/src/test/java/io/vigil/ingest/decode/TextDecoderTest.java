package io.vigil.ingest.decode;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

  @Test
  void decodesValidUtf8WithoutWarning() {
    Decoded d = TextDecoder.decode("Türkiye’s envoy".getBytes(StandardCharsets.UTF_8), null);
    assertThat(d.text()).isEqualTo("Türkiye’s envoy");
    assertThat(d.warning()).isNull();
  }

  @Test
  void stripsUtf8ByteOrderMark() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'H', 'i'};
    assertThat(TextDecoder.decode(bom, null).text()).isEqualTo("Hi");
  }

  @Test
  void fallsBackToWindows1252ForInvalidUtf8AndSaysSo() {
    byte[] latin1 = "Caf\u00e9 in Beyrouth".getBytes(StandardCharsets.ISO_8859_1);
    Decoded d = TextDecoder.decode(latin1, null);
    assertThat(d.text()).isEqualTo("Café in Beyrouth");
    assertThat(d.warning()).contains("invalid UTF-8").contains("windows-1252");
  }

  @Test
  void prefersUtf8WhenTheDeclaredCharsetIsWrong() {
    byte[] utf8 = "Ankara – Beirut".getBytes(StandardCharsets.UTF_8);
    Decoded d = TextDecoder.decode(utf8, "US-ASCII");
    assertThat(d.text()).isEqualTo("Ankara – Beirut");
    assertThat(d.warning()).contains("declared US-ASCII");
  }

  @Test
  void reportsAnUnknownDeclaredCharset() {
    Decoded d = TextDecoder.decode(new byte[] {'o', 'k', (byte) 0xFF}, "no-such-charset");
    assertThat(d.warning()).contains("unknown charset 'no-such-charset'");
  }

  @Test
  void recognisesBinaryContent() {
    assertThat(TextDecoder.looksBinary(new byte[] {0x50, 0x4B, 0x03, 0x04, 0, 0, 1})).isTrue();
    assertThat(TextDecoder.looksBinary("plain words\n".getBytes(StandardCharsets.UTF_8))).isFalse();
  }

  @Test
  void doesNotMistakeUtf16ForBinary() {
    byte[] utf16 = "\uFEFFSyria".getBytes(StandardCharsets.UTF_16BE);
    assertThat(TextDecoder.looksBinary(utf16)).isFalse();
    assertThat(TextDecoder.decode(utf16, null).text()).isEqualTo("Syria");
  }
}
