package io.vigil.model;

import java.util.function.Function;

/**
 * The result of a step that may reject its input: either a value or a {@link Rejection}. Bad input
 * is data, not an exception, so a run can count it and go on.
 */
public sealed interface Result<T> {

  /** A value. */
  record Ok<T>(T value) implements Result<T> {}

  /** A rejection, with the reason. */
  record Failed<T>(Rejection rejection) implements Result<T> {}

  static <T> Result<T> ok(T value) {
    return new Ok<>(value);
  }

  static <T> Result<T> failed(String location, Rejection.Reason reason, String message) {
    return new Failed<>(new Rejection(location, reason, message));
  }

  /** Applies {@code next} to a value; passes a rejection on unchanged. */
  default <R> Result<R> then(Function<? super T, Result<R>> next) {
    return switch (this) {
      case Ok<T> ok -> next.apply(ok.value());
      case Failed<T> failed -> new Failed<>(failed.rejection());
    };
  }
}
