package io.vigil.cli;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Parses sizes such as {@code 10M}, {@code 500K}, {@code 1G} or a plain number of bytes. */
final class SizeConverter implements ITypeConverter<Long> {

  @Override
  public Long convert(String value) {
    String v = value.strip().toUpperCase(Locale.ROOT).replaceAll("I?B$", "");
    long unit = 1;
    if (v.endsWith("K") || v.endsWith("M") || v.endsWith("G")) {
      unit =
          switch (v.charAt(v.length() - 1)) {
            case 'K' -> 1024L;
            case 'M' -> 1024L * 1024;
            default -> 1024L * 1024 * 1024;
          };
      v = v.substring(0, v.length() - 1);
    }
    try {
      long n = Long.parseLong(v.strip());
      if (n <= 0) {
        throw new TypeConversionException("size must be positive: '" + value + "'");
      }
      return n * unit;
    } catch (NumberFormatException e) {
      throw new TypeConversionException("not a size: '" + value + "' (use e.g. 10M, 500K)");
    }
  }
}
