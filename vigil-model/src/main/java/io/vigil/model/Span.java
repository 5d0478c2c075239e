package io.vigil.model;

/**
 * A half-open range {@code [start, end)} of character offsets (UTF-16 code units, as {@link
 * String#substring(int, int)} counts them) into an article's clean text.
 */
public record Span(int start, int end) implements Comparable<Span> {

  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  public int length() {
    return end - start;
  }

  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  /** The characters this span covers in {@code text}. */
  public String of(CharSequence text) {
    return text.subSequence(start, end).toString();
  }

  public Span shift(int delta) {
    return new Span(start + delta, end + delta);
  }

  @Override
  public int compareTo(Span o) {
    return start != o.start ? Integer.compare(start, o.start) : Integer.compare(o.end, end);
  }
}
